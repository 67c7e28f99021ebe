/**
 * What every rule reads: the counted findings of a leaf, each with its state, and the helpers
 * rates and conditions share (rate counts, condition tests, sharing lost points).
 * @internal
 * @module
 */
import { DEFAULT_RATE } from "../../engine/summary.js";
import type { DeductionReason, Finding, RateCategory, RateDefinition } from "../../engine/types.js";
import type { Condition, CriterionRate } from "../../schema/criteria.js";
import type { ScoreBasis } from "../types.js";

/** The state of a counted finding as of `asOf`. @internal */
export type State = "early" | "on_time" | "late" | "overdue" | "open";

/**
 * The counted findings of a scoring pass, as columns by position in the evaluation's findings:
 * what scoring reads of each finding is copied out once (no object per finding; the engine's
 * findings come in several shapes, so reading them once keeps the passes fast). @internal
 */
export interface FindingTable {
  readonly findings: readonly Finding[];
  /** The state of each counted finding (holes for those never counted). */
  readonly state: (State | undefined)[];
  /** The last day of each counted finding as YYYYMMDD (compared as a number). */
  readonly day: Int32Array;
  readonly key: (string | undefined)[];
  /** 1 when done on time but after its internal target. */
  readonly missed: Uint8Array;
}

/** An empty table for `findings`. @internal */
export function tableOf(findings: readonly Finding[]): FindingTable {
  const n = findings.length;
  return { findings, state: new Array<State | undefined>(n), day: new Int32Array(n), key: new Array<string | undefined>(n), missed: new Uint8Array(n) };
}

/** The state of a finding, or null for those never counted (cancelled, undated). @internal */
export function stateOf(f: Finding): State | null {
  switch (f.status) {
    case "on_time":
      return f.early ? "early" : "on_time";
    case "late":
      return "late";
    case "overdue":
      return "overdue";
    case "open":
      return "open";
    case "cancelled":
    case "undated":
      return null;
  }
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
  /** Positions of the counted findings, in (lastDay, key) order. */
  readonly counted: readonly number[];
  readonly table: FindingTable;
  readonly counts: ScoreBasis["counts"];
  /** An external value from `evaluate`'s / `score`'s options, in hundredths. */
  readonly externalH: number | undefined;
}

/** The counts by state (for the basis of every leaf). @internal */
export function countStates(counted: readonly number[], table: FindingTable): ScoreBasis["counts"] {
  let early = 0, onTime = 0, late = 0, overdue = 0, open = 0, missedTarget = 0;
  const states = table.state;
  const missed = table.missed;
  for (let i = 0; i < counted.length; i++) {
    const k = counted[i] as number;
    switch (states[k] as State) {
      case "early":
        early++;
        break;
      case "on_time":
        onTime++;
        break;
      case "late":
        late++;
        break;
      case "overdue":
        overdue++;
        break;
      case "open":
        open++;
        break;
    }
    if (missed[k] === 1) missedTarget++;
  }
  return { early, onTime, late, overdue, open, missedTarget };
}

/** The reason a finding is charged for, by its state (done on time: it can only have missed its target). @internal */
const REASON: { readonly [S in State]: DeductionReason } = { late: "late", overdue: "overdue", open: "open", early: "missed_target", on_time: "missed_target" };

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

/** A rate over counted findings: numerator, denominator, and those in the denominator but not the numerator. @internal */
export interface RateCount {
  readonly numerator: number;
  readonly denominator: number;
  readonly against: readonly number[];
}

function category(state: State): RateCategory | null {
  switch (state) {
    case "early":
      return "early";
    case "on_time":
      return "on_time";
    case "open":
      return "open_not_due";
    case "late":
    case "overdue":
      return null;
  }
}

/**
 * Counts a rate over a leaf's findings. The window is the scored period and every counted finding
 * has its `lastDay` in it, so `received` and `due` count them all (open ones too), `resolved` the
 * done ones; open-overdue ones join the denominator when `countOpenOverdue`. @internal
 */
export function countRate(counted: readonly number[], table: FindingTable, def: RateDefinition): RateCount {
  let numerator = 0;
  let denominator = 0;
  const against: number[] = [];
  const states = table.state;
  for (const c of counted) {
    const s = states[c] as State;
    const inDen = s === "overdue" ? def.countOpenOverdue : def.denominator === "resolved" ? s !== "open" : true;
    if (!inDen) continue;
    denominator++;
    const cat = category(s);
    if (cat !== null && def.numerator.includes(cat)) numerator++;
    else against.push(c);
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

/** A condition's result and the findings that made it fail. @internal */
export interface ConditionResult {
  readonly result: "pass" | "fail" | "undecided";
  readonly against: readonly number[];
}

/**
 * Tests a condition; open findings not yet due neither pass nor fail it:
 * - `all_on_time`: fails on a late or overdue finding (those are against it);
 * - `all_done`: fails on an overdue one (late passes);
 * - `any_done`: passes when one is done; fails when none is and one is overdue (all are against it).
 * @internal
 */
export function testCondition(condition: Condition, counted: readonly number[], table: FindingTable): ConditionResult {
  let decided = 0;
  let done = 0;
  const lateOrOverdue: number[] = [];
  const overdue: number[] = [];
  const states = table.state;
  for (const c of counted) {
    const s = states[c] as State;
    if (s !== "open") decided++;
    if (s === "early" || s === "on_time" || s === "late") done++;
    if (s === "late" || s === "overdue") lateOrOverdue.push(c);
    if (s === "overdue") overdue.push(c);
  }
  switch (condition) {
    case "all_on_time":
      return lateOrOverdue.length > 0 ? { result: "fail", against: lateOrOverdue } : { result: decided > 0 ? "pass" : "undecided", against: [] };
    case "all_done":
      return overdue.length > 0 ? { result: "fail", against: overdue } : { result: decided > 0 ? "pass" : "undecided", against: [] };
    case "any_done":
      return done > 0 ? { result: "pass", against: [] } : overdue.length > 0 ? { result: "fail", against: counted } : { result: "undecided", against: [] };
  }
}

/**
 * Shares `lostH` hundredths equally among `against` (in their order, which is (lastDay, key)):
 * the hundredths left over go one each to the earliest. Nobody is charged when `against` is empty.
 * @internal
 */
export function share(lostH: number, against: readonly number[], table: FindingTable): Charge[] {
  const n = against.length;
  if (n === 0 || lostH <= 0) return [];
  const base = Math.floor(lostH / n);
  let rest = lostH - base * n;
  const out: Charge[] = [];
  for (const c of against) {
    const h = base + (rest > 0 ? 1 : 0);
    if (rest > 0) rest--;
    if (h > 0) out.push({ index: c, reason: reasonOf(table.state[c] as State), h });
  }
  return out;
}
