/**
 * A finding's explanation: the steps that opened the occurrence, the deadline's trace, then the
 * other steps, in Vietnamese and English.
 *
 * The texts are made when they are read, not when the finding is made: most findings of a large
 * evaluation are never explained, and their texts were most of what an evaluation kept alive. An
 * `Explanation` keeps only the occurrence's steps and the computed deadline, or the recipe and anchor to
 * compute it again (not the occurrence);
 * `vi` and `en` are own enumerable accessor properties, so `JSON.stringify`, `Object.keys`, spreading,
 * `structuredClone` and deep equality see `{ vi, en }` as before. Each read makes the lines anew.
 */
import { explainDeadline } from "../../deadline/explain.js";
import type { Deadline } from "../../deadline/types.js";
import { DeadlineRecipe, deadlineOf, type DeadlineSource } from "../deadlineSource.js";
import { engineStepText, type EngineStepCode } from "../../messages/engine.js";
import type { Locale } from "../../messages/index.js";
import { flat } from "../compile.js";
import type { Occ, Step } from "../occurrences/index.js";

/** What a finding's explanation reads: its lines in Vietnamese and English. */
export type FindingExplanation = { readonly vi: readonly string[]; readonly en: readonly string[] };

/**
 * The explanation of an occurrence's finding: a shared empty one when there is nothing to explain;
 * for an occurrence without engine steps whose deadline is shared (computed once for many), the one
 * of that deadline in `shared` (its lines depend on nothing else).
 */
export function explanation(occ: Occ, shared: Map<Deadline, FindingExplanation>): FindingExplanation {
  const dl = occ.dl;
  const steps = occ.steps;
  if (steps === null && dl === null) return EMPTY_EXPLANATION;
  if (dl === null) return new Explanation(steps, null);
  // a recipe computes the deadline from the anchor it was asked for: only those explanations keep one
  const source = dl.deadline;
  if (source instanceof DeadlineRecipe) return new AnchoredExplanation(steps, source, occ.s.dlAnchorMs[occ.i] as number);
  if (source === null) return new Explanation(steps, dl.endsAt);
  if (steps !== null) return new Explanation(steps, source);
  let e = shared.get(source);
  if (e === undefined) shared.set(source, (e = new Explanation(null, source)));
  return e;
}

/** Where the deadline's lines come from: its computation's trace, or the instant an event states. */
type Source = DeadlineSource | string | null;

class Explanation {
  declare readonly vi: readonly string[];
  declare readonly en: readonly string[];
  readonly #steps: readonly Step[] | null;
  readonly #source: Source;

  constructor(steps: readonly Step[] | null, source: Source) {
    this.#steps = steps;
    this.#source = source;
    // the same two accessor descriptors on every instance: every explanation has one hidden class
    Object.defineProperty(this, "vi", VI);
    Object.defineProperty(this, "en", EN);
  }

  static lines(e: Explanation, locale: Locale): string[] {
    return lines(e.#steps, e.#source, e.anchorMs(), locale);
  }

  /** The anchor a recipe computes the deadline from (none here). */
  protected anchorMs(): number {
    return Number.NaN;
  }
}

/** The explanation of a deadline its recipe computes again from the occurrence's anchor. */
class AnchoredExplanation extends Explanation {
  readonly #anchorMs: number;

  constructor(steps: readonly Step[] | null, source: Source, anchorMs: number) {
    super(steps, source);
    this.#anchorMs = anchorMs;
  }

  protected override anchorMs(): number {
    return this.#anchorMs;
  }
}

const VI: PropertyDescriptor = {
  get(this: Explanation) {
    return Explanation.lines(this, "vi");
  },
  enumerable: true,
};
const EN: PropertyDescriptor = {
  get(this: Explanation) {
    return Explanation.lines(this, "en");
  },
  enumerable: true,
};

/** The lines in one language: the opening steps, the deadline's lines, then the other steps. */
function lines(steps: readonly Step[] | null, source: Source, anchorMs: number, locale: Locale): string[] {
  const base = source === null ? NO_TEXTS : typeof source === "string" ? [stated(source, locale)] : explainDeadline(deadlineOf(source, anchorMs), { locale });
  if (steps === null) return base.map(flat);
  const out: string[] = [];
  for (let k = 0; k < steps.length; k++) {
    const s = steps[k] as Step;
    if (OPENING_STEPS.has(s.code)) out.push(flat(engineStepText(s.code, s.params, locale)));
  }
  for (let k = 0; k < base.length; k++) out.push(flat(base[k] as string));
  for (let k = 0; k < steps.length; k++) {
    const s = steps[k] as Step;
    if (!OPENING_STEPS.has(s.code)) out.push(flat(engineStepText(s.code, s.params, locale)));
  }
  return out;
}

/** The line of a deadline an event states. */
function stated(endsAt: string, locale: Locale): string {
  return locale === "vi" ? `Thời hạn ghi trong sự kiện: hết hạn lúc ${endsAt}.` : `Deadline stated by the event: late from ${endsAt}.`;
}

const NO_TEXTS: readonly string[] = Object.freeze([]);

/** Steps that say how the occurrence arose; shown before the deadline's trace. */
const OPENING_STEPS: ReadonlySet<EngineStepCode> = new Set<EngineStepCode>(["derived_from", "clock_started", "capped", "otherwise", "quota_period"]);

const EMPTY_EXPLANATION = Object.freeze({ vi: Object.freeze([]) as readonly string[], en: Object.freeze([]) as readonly string[] });
