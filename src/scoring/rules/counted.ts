/**
 * What every rule reads: the counted findings of a leaf, each with its state, and the helpers
 * rates and conditions share (rate counts, condition tests, sharing lost points).
 * @internal
 * @module
 */
import { DEFAULT_RATE } from "../../engine/summary.js";
import type { DeductionReason, RateCategory, RateDefinition } from "../../engine/types.js";
import type { Condition, CriterionRate } from "../../schema/criteria.js";
import type { ScoreBasis } from "../types.js";
import { EARLY, LATE, ON_TIME, OPEN, OVERDUE, STATES, type FindingTable, type State, type StateMask } from "./table.js";

/**
 * A leaf's counted findings: how many, and a walk over their positions in (lastDay, key) order
 * that stops as soon as the visitor returns `false` (rules that charge a few findings read no
 * further; nothing is materialised). @internal
 */
export interface Counted {
  readonly size: number;
  readonly each: (visit: (position: number) => boolean) => void;
}

/** The number of counted findings whose state is in `mask`. @internal */
export function countIn(mask: StateMask, counts: ScoreBasis["counts"]): number {
  return (
    (mask & (1 << EARLY) ? counts.early : 0) +
    (mask & (1 << ON_TIME) ? counts.onTime : 0) +
    (mask & (1 << LATE) ? counts.late : 0) +
    (mask & (1 << OVERDUE) ? counts.overdue : 0) +
    (mask & (1 << OPEN) ? counts.open : 0)
  );
}

/** A share of points lost, charged to a finding (by position). @internal */
export interface Charge {
  readonly index: number;
  readonly reason: DeductionReason;
  /** Hundredths. */
  readonly h: number;
}

/** What a rule gives for a leaf. @internal */
export type Outcome =
  | { readonly kind: "points"; readonly pointsH: number; readonly charges: readonly Charge[]; readonly basis: ScoreBasis }
  | { readonly kind: "empty"; readonly basis: ScoreBasis }
  | { readonly kind: "not_applicable"; readonly reason: "no_external_value"; readonly basis?: ScoreBasis };

/** What a rule reads. @internal */
export interface LeafInput<R> {
  readonly id: string;
  readonly rule: R;
  readonly maxH: number;
  /** The counted findings, in (lastDay, key) order. */
  readonly counted: Counted;
  readonly table: FindingTable;
  readonly counts: ScoreBasis["counts"];
  /** An external value from `evaluate`'s / `score`'s options, in hundredths. */
  readonly externalH: number | undefined;
}

/** The reason a finding is charged for, by its state (done on time: it can only have missed its target). @internal */
const REASON: { readonly [S in State]: DeductionReason } = { [LATE]: "late", [OVERDUE]: "overdue", [OPEN]: "open", [EARLY]: "missed_target", [ON_TIME]: "missed_target" };

/** The reason a finding is charged for, from its state. @internal */
export function reasonOf(state: State): DeductionReason {
  return REASON[state];
}

/** A rate definition completed with the defaults of `summarize`. @internal */
export function rateDefinition(rate: CriterionRate | undefined): RateDefinition {
  if (rate === undefined) return DEFAULT_RATE;
  return {
    numerator: rate.numerator ?? DEFAULT_RATE.numerator,
    denominator: rate.denominator ?? DEFAULT_RATE.denominator,
    countOpenOverdue: rate.countOpenOverdue ?? DEFAULT_RATE.countOpenOverdue,
    emptyValue: rate.emptyValue === undefined ? DEFAULT_RATE.emptyValue : rate.emptyValue,
  };
}

/** A rate over counted findings: numerator, denominator, and the states in the denominator but not the numerator. @internal */
export interface RateCount {
  readonly numerator: number;
  readonly denominator: number;
  readonly against: StateMask;
}

function category(state: State): RateCategory | null {
  switch (state) {
    case EARLY:
      return "early";
    case ON_TIME:
      return "on_time";
    case OPEN:
      return "open_not_due";
    case LATE:
    case OVERDUE:
      return null;
  }
}

const COUNT_OF: { readonly [S in State]: (c: ScoreBasis["counts"]) => number } = {
  [EARLY]: (c) => c.early,
  [ON_TIME]: (c) => c.onTime,
  [LATE]: (c) => c.late,
  [OVERDUE]: (c) => c.overdue,
  [OPEN]: (c) => c.open,
};

/**
 * Counts a rate over a leaf's findings, from their counts by state (a finding's place in a rate
 * depends on its state alone). The window is the scored period and every counted finding has its
 * `lastDay` in it, so `received` and `due` count them all (open ones too), `resolved` the done
 * ones; open-overdue ones join the denominator when `countOpenOverdue`. @internal
 */
export function countRate(counts: ScoreBasis["counts"], def: RateDefinition): RateCount {
  let numerator = 0;
  let denominator = 0;
  let against = 0;
  for (const s of STATES) {
    const inDen = s === OVERDUE ? def.countOpenOverdue : def.denominator === "resolved" ? s !== OPEN : true;
    if (!inDen) continue;
    const n = COUNT_OF[s](counts);
    denominator += n;
    const cat = category(s);
    if (cat !== null && def.numerator.includes(cat)) numerator += n;
    else against |= 1 << s;
  }
  return { numerator, denominator, against };
}

/** `rate ≥ percent` exactly, for a percent with at most 2 decimals. @internal */
export function rateAtLeast(r: RateCount, percent: number): boolean {
  return r.numerator * 10000 >= Math.round(percent * 100) * r.denominator;
}

/** The rate in percent, half up to 2 decimals (null when the denominator is 0). @internal */
export function ratePercent(r: RateCount): number | null {
  return r.denominator === 0 ? null : Math.floor((r.numerator * 20000 + r.denominator) / (2 * r.denominator)) / 100;
}

/** A condition's result and the states of the findings that made it fail. @internal */
export interface ConditionResult {
  readonly result: "pass" | "fail" | "undecided";
  readonly against: StateMask;
}

const ALL: StateMask = (1 << EARLY) | (1 << ON_TIME) | (1 << LATE) | (1 << OVERDUE) | (1 << OPEN);

/**
 * Tests a condition on the counts by state; open findings not yet due neither pass nor fail it:
 * - `all_on_time`: fails on a late or overdue finding (those are against it);
 * - `all_done`: fails on an overdue one (late passes);
 * - `any_done`: passes when one is done; fails when none is and one is overdue (all are against it).
 * @internal
 */
export function testCondition(condition: Condition, counts: ScoreBasis["counts"]): ConditionResult {
  const decided = counts.early + counts.onTime + counts.late + counts.overdue;
  const done = counts.early + counts.onTime + counts.late;
  switch (condition) {
    case "all_on_time":
      return counts.late + counts.overdue > 0 ? { result: "fail", against: (1 << LATE) | (1 << OVERDUE) } : { result: decided > 0 ? "pass" : "undecided", against: 0 };
    case "all_done":
      return counts.overdue > 0 ? { result: "fail", against: 1 << OVERDUE } : { result: decided > 0 ? "pass" : "undecided", against: 0 };
    case "any_done":
      return done > 0 ? { result: "pass", against: 0 } : counts.overdue > 0 ? { result: "fail", against: ALL } : { result: "undecided", against: 0 };
  }
}

/**
 * Shares `lostH` hundredths equally among the counted findings whose state is in `against` (in
 * their order, which is (lastDay, key)): the hundredths left over go one each to the earliest.
 * Nobody is charged when none is against. The walk stops at the last finding charged.
 * @internal
 */
export function share(lostH: number, against: StateMask, input: LeafInput<unknown>): Charge[] {
  const n = countIn(against, input.counts);
  if (n === 0 || lostH <= 0) return [];
  const base = Math.floor(lostH / n);
  let rest = lostH - base * n;
  // with nothing each, only the first `rest` get a hundredth
  let left = base > 0 ? n : rest;
  const out: Charge[] = [];
  const states = input.table.state;
  input.counted.each((c) => {
    const s = states[c] as State;
    if ((against & (1 << s)) === 0) return true;
    const h = base + (rest > 0 ? 1 : 0);
    if (rest > 0) rest--;
    if (h > 0) out.push({ index: c, reason: REASON[s], h });
    return --left > 0;
  });
  return out;
}
