/** The events of one obligation, copied by role in the one pass over the events, and its parts. */
import type { CompiledObligation } from "../compile.js";
import type { EventRole } from "../types.js";

/** Occurrences per part when an obligation's events are split by subject (see {@link partsOf}). */
export const PART_SIZE = 4096;

/** A part of an obligation's bucket: its triggers `[t0, t1)` and control events `[c0, c1)`. */
export interface Part {
  readonly t0: number;
  readonly t1: number;
  readonly c0: number;
  readonly c1: number;
}

/** Hash groups counted while reading the events: the most parts an obligation is split into. */
export const HASH_GROUPS = 64;

/**
 * How many parts an obligation is evaluated in: one, or, for an obligation whose triggers open
 * occurrences by subject and whose control events are matched by subject, parts of about {@link PART_SIZE} subjects chosen by the hash of the subject
 * (a power of two, at most {@link HASH_GROUPS}). Every event of a subject is in that subject's
 * part, so the result is the same; the occurrences of a part are made into findings before the
 * next part is opened, so that they die young instead of living through the whole obligation.
 * The events are dispatched straight into their part's place in the bucket, so that each part
 * reads its events' data in order.
 */
export function partCount(cob: CompiledObligation, triggers: number): number {
  if (cob.trigger === undefined || cob.match !== "subject" || cob.perOwner || triggers <= 2 * PART_SIZE) return 1;
  let count = 1;
  while (count * PART_SIZE < triggers && count < HASH_GROUPS) count *= 2;
  return count;
}

/** The parts of a bucket, in order. */
export function partsOf(b: Bucket): readonly Part[] {
  const parts: Part[] = [];
  for (let p = 0; p <= b.partMask; p++) parts.push({ t0: b.trigStart[p] as number, t1: b.trigFill[p] as number, c0: b.ctlStart[p] as number, c1: b.ctlFill[p] as number });
  return parts;
}

/**
 * The events of one obligation, by role, with what the evaluation reads of every one of them (by
 * place in `triggers` and in `ctlRecs`), copied in the one in-order pass over the events; what is
 * read only of the events that open or complete an occurrence is read from the event then.
 */
export class Bucket {
  /** How many triggers, quota events and control events the bucket has (its lists are sized for upper bounds). */
  nTrig = 0;
  nQuota = 0;
  nCtl = 0;
  /** Every trigger in the bucket has passed the obligation's trigger filter in the routing (see `Routes.prefiltered`). */
  prefiltered = false;
  /**
   * Parts (see {@link partsOf}): `partMask + 1` of them; part `p` holds the events of hash group
   * `hash & partMask`, its triggers at `[trigStart[p], trigFill[p])`, its control events at
   * `[ctlStart[p], ctlFill[p])` (the starts from the counts by hash group, upper bounds).
   */
  partMask = 0;
  trigStart: Int32Array = new Int32Array(1);
  trigFill: Int32Array = new Int32Array(1);
  ctlStart: Int32Array = new Int32Array(1);
  ctlFill: Int32Array = new Int32Array(1);
  triggers: Int32Array;
  trigMs: Float64Array;
  /** `fnv1a(subject ?? id)`. */
  trigHash: Int32Array;
  trigId: string[];
  trigSubject: (string | undefined)[];
  quota: Int32Array;
  ctlRecs: Int32Array;
  ctlRoles: EventRole[];
  ctlMs: Float64Array;
  ctlHash: Int32Array;
  ctlId: string[];
  ctlSubject: (string | undefined)[];

  constructor(triggers: number, quota: number, controls: number) {
    this.triggers = new Int32Array(triggers);
    this.trigMs = new Float64Array(triggers);
    this.trigHash = new Int32Array(triggers);
    this.trigId = new Array<string>(triggers);
    this.trigSubject = new Array<string | undefined>(triggers);
    this.quota = new Int32Array(quota);
    this.ctlRecs = new Int32Array(controls);
    this.ctlRoles = new Array<EventRole>(controls);
    this.ctlMs = new Float64Array(controls);
    this.ctlHash = new Int32Array(controls);
    this.ctlId = new Array<string>(controls);
    this.ctlSubject = new Array<string | undefined>(controls);
  }

  /** Lays out `parts` parts (a power of two, at most {@link HASH_GROUPS}) from the counts by hash group. */
  split(parts: number, trigHist: Int32Array, ctlHist: Int32Array): void {
    const mask = parts - 1;
    this.partMask = mask;
    const lay = (hist: Int32Array): Int32Array => {
      const start = new Int32Array(parts + 1);
      for (let g = 0; g < HASH_GROUPS; g++) start[(g & mask) + 1] = (start[(g & mask) + 1] as number) + (hist[g] as number);
      for (let p = 0; p < parts; p++) start[p + 1] = (start[p + 1] as number) + (start[p] as number);
      return start;
    };
    this.trigStart = lay(trigHist);
    this.trigFill = this.trigStart.slice(0, parts);
    this.ctlStart = lay(ctlHist);
    this.ctlFill = this.ctlStart.slice(0, parts);
  }

  /** Lets the lists go once the obligation is evaluated. */
  clear(): void {
    this.nTrig = this.nQuota = this.nCtl = 0;
    this.triggers = this.trigHash = this.quota = this.ctlRecs = this.ctlHash = new Int32Array(0);
    this.trigMs = this.ctlMs = new Float64Array(0);
    this.trigId = this.trigSubject = this.ctlId = this.ctlSubject = [];
    this.ctlRoles = [];
  }
}
