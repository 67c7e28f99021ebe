/** The interface every obligation kind implements: what its obligations compile to, how their occurrences open and how their clock starts. */
import type { StringMap } from "../../internal/stringMap.js";
import type { Obligation, Plan } from "../../schema/plan.js";
import type { CompiledObligation, KindShape } from "../compile.js";
import type { Bucket, Part } from "../events/index.js";
import type { ClockStart, Occ, Run } from "../occurrences/index.js";

/** The kinds of obligation a plan may hold (the schema's). */
export type KindName = Obligation["kind"];

/** The obligations of one kind. */
export type ObligationOf<K extends KindName> = Extract<Obligation, { kind: K }>;

/** What opening may read beyond the obligation's own events: the plan's obligations, and the occurrences kept of those that others derive from. */
export interface OpenContext {
  readonly cobs: readonly CompiledObligation[];
  readonly occsOf: ReadonlyMap<CompiledObligation, readonly Occ[]>;
}

/** What the pipeline calls on a kind, whichever it is: how its occurrences open and how their clock starts. */
export interface KindSteps extends ClockStart {
  /** Opens the occurrences of an obligation of this kind, for one part of its events (keyed by tail). */
  open(run: Run, cob: CompiledObligation, b: Bucket, part: Part, context: OpenContext): StringMap<Occ>;
}

/** One obligation kind, in the table of `kinds/index.ts`. */
export interface KindHandler<K extends KindName> extends KindSteps {
  readonly kind: K;
  /**
   * Its occurrences are opened only by its own triggers, one per tail (`subject ?? id`) of a
   * trigger: with subject matching, a control event whose subject is no trigger's tail matches nothing.
   */
  readonly opensByTrigger: boolean;
  /** Every kind-specific field of a compiled obligation of this kind: its rules, its events by role, its defaults. */
  shape(ob: ObligationOf<K>, plan: Plan): KindShape;
}
