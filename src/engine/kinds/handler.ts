/** The interface every obligation kind implements: how its occurrences open and how their clock starts. */
import type { StringMap } from "../../internal/stringMap.js";
import type { Obligation } from "../../schema/plan.js";
import type { CompiledObligation } from "../compile.js";
import type { Bucket, Part } from "../events/index.js";
import type { ClockStart, Occ, Run } from "../occurrences/index.js";

/** The kinds of obligation a plan may hold (the schema's). */
export type KindName = Obligation["kind"];

/** What opening may read beyond the obligation's own events: the plan's obligations, and the occurrences kept of those that others derive from. */
export interface OpenContext {
  readonly cobs: readonly CompiledObligation[];
  readonly occsOf: ReadonlyMap<CompiledObligation, readonly Occ[]>;
}

/** One obligation kind, in the table of `kinds/index.ts`. */
export interface KindHandler<K extends KindName = KindName> extends ClockStart {
  readonly kind: K;
  /** Opens the occurrences of an obligation of this kind, for one part of its events (keyed by tail). */
  open(run: Run, cob: CompiledObligation, b: Bucket, part: Part, context: OpenContext): StringMap<Occ>;
}
