/**
 * The finding table: the one pass over an evaluation's findings that copies out what scoring reads
 * of each counted finding (state, last day, missed target) into typed columns, and gives each
 * obligation its run of positions and its counts by state. The per-finding work lives in this one
 * module, next to the state codes it uses.
 * @internal
 * @module
 */
import type { Finding } from "../../engine/types.js";
import type { ScoredPeriod } from "../types.js";

/** The state of a counted finding as of `asOf`, as a small code (a column of bytes). @internal */
export type State = typeof EARLY | typeof ON_TIME | typeof LATE | typeof OVERDUE | typeof OPEN;
/** Done before its last day. @internal */
export const EARLY = 0;
/** Done on time. @internal */
export const ON_TIME = 1;
/** Done late. @internal */
export const LATE = 2;
/** Not done, past its deadline. @internal */
export const OVERDUE = 3;
/** Not done, not yet due. @internal */
export const OPEN = 4;
/** Every state, in code order. @internal */
export const STATES: readonly State[] = [EARLY, ON_TIME, LATE, OVERDUE, OPEN];

/** A set of states as a bit mask (bit `1 << state`). @internal */
export type StateMask = number;

/**
 * The counted findings of a scoring pass, as columns by position in the evaluation's findings:
 * what scoring reads of each finding is copied out once into typed columns (no object and no
 * string per finding); keys are read from the findings only to break ties of days. @internal
 */
export interface FindingTable {
  readonly findings: readonly Finding[];
  /** The state of each counted finding (0 for those never counted). */
  readonly state: Uint8Array;
  /** The last day of each counted finding as YYYYMMDD (compared as a number). */
  readonly day: Int32Array;
  /** 1 when done on time but after its internal target. */
  readonly missed: Uint8Array;
}

/** An empty table for `findings`. @internal */
export function tableOf(findings: readonly Finding[]): FindingTable {
  const n = findings.length;
  return { findings, state: new Uint8Array(n), day: new Int32Array(n), missed: new Uint8Array(n) };
}

/** The counted findings of one obligation: their positions, and how many are in each state. @internal */
export interface Run {
  /** Positions in the evaluation's findings, in (lastDay, key) order (a slice of one shared column). */
  readonly positions: Int32Array;
  /** Counts by state code, then (at index 5) those that missed their internal target. */
  readonly counts: Int32Array;
}

/** Orders positions by (lastDay, key). @internal */
export function comparator(table: FindingTable): (a: number, b: number) => number {
  const days = table.day;
  const findings = table.findings;
  return (a, b) => {
    const x = days[a] as number;
    const y = days[b] as number;
    if (x !== y) return x - y;
    const p = (findings[a] as Finding).key;
    const q = (findings[b] as Finding).key;
    return p < q ? -1 : p > q ? 1 : 0;
  };
}

/** YYYYMMDD of an ISO date, as a number. */
function dayKey(iso: string): number {
  return (
    (iso.charCodeAt(0) - 48) * 10000000 + (iso.charCodeAt(1) - 48) * 1000000 + (iso.charCodeAt(2) - 48) * 100000 + (iso.charCodeAt(3) - 48) * 10000 +
    (iso.charCodeAt(5) - 48) * 1000 + (iso.charCodeAt(6) - 48) * 100 + (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48)
  );
}

/**
 * One pass over the findings: each counted finding's state, day and target into the table, its
 * run (by obligation) into a column, and the run's counts by state (every rule decides its points
 * from the counts; positions are walked only to charge findings). Then the positions of every run
 * are laid out in one column by a counting pass (no list per run, nothing per finding on the
 * heap). The engine gives findings in (lastDay, obligation, key) order, so each run is in (lastDay,
 * key) order; `ordered: false` (findings handed in by a host) checks each run and sorts it if not.
 * @param obligations - The obligations scored, each with the index of its run.
 * @returns One run per index of `obligations`' values (`runCount` of them).
 * @internal
 */
export function collect(table: FindingTable, obligations: ReadonlyMap<string, number>, runCount: number, period: ScoredPeriod, ordered: boolean): Run[] {
  const from = dayKey(period.from);
  const to = dayKey(period.to);
  const findings = table.findings;
  const states = table.state;
  const days = table.day;
  const missed = table.missed;
  const n = findings.length;
  // counts of run r at [r * 6, r * 6 + 6)
  const counts = new Int32Array(runCount * 6);
  // 1 + the run of each counted finding (0: not counted)
  const runOf = new Int32Array(n);
  // consecutive findings mostly share their obligation: the last lookup is kept
  let lastObligation: string | undefined;
  let run: number | undefined;
  let lastText: string | undefined;
  let day = 0;
  let counted = 0;
  for (let i = 0; i < n; i++) {
    const f = findings[i] as Finding;
    const obligation = f.obligation;
    if (obligation !== lastObligation) {
      lastObligation = obligation;
      run = obligations.get(obligation);
    }
    if (run === undefined) continue;
    const last = f.lastDay;
    if (last === null) continue;
    // findings come by day, and the engine writes each day as one shared string: read it once
    if (last !== lastText) {
      lastText = last;
      day = dayKey(last);
    }
    if (day < from || day > to) continue;
    // the state of a finding (cancelled and undated ones never count)
    let state: State;
    switch (f.status) {
      case "on_time":
        state = f.early ? EARLY : ON_TIME;
        break;
      case "late":
        state = LATE;
        break;
      case "overdue":
        state = OVERDUE;
        break;
      case "open":
        state = OPEN;
        break;
      case "cancelled":
      case "undated":
        continue;
    }
    states[i] = state;
    days[i] = day;
    const base = run * 6;
    counts[base + state] = (counts[base + state] as number) + 1;
    if (state === EARLY || state === ON_TIME) {
      const target = f.target;
      if (target !== null && target.status === "missed") {
        missed[i] = 1;
        counts[base + MISSED] = (counts[base + MISSED] as number) + 1;
      }
    }
    runOf[i] = run + 1;
    counted++;
  }
  // where each run's positions start in the shared column
  const start = new Int32Array(runCount + 1);
  for (let r = 0; r < runCount; r++) {
    const b = r * 6;
    start[r + 1] = (start[r] as number) + (counts[b] as number) + (counts[b + 1] as number) + (counts[b + 2] as number) + (counts[b + 3] as number) + (counts[b + 4] as number);
  }
  const column = new Int32Array(counted);
  const next = start.slice(0, runCount);
  for (let i = 0; i < n; i++) {
    const r = (runOf[i] as number) - 1;
    if (r < 0) continue;
    const at = next[r] as number;
    column[at] = i;
    next[r] = at + 1;
  }
  const runs: Run[] = [];
  const compare = comparator(table);
  for (let r = 0; r < runCount; r++) {
    const positions = column.subarray(start[r] as number, start[r + 1] as number);
    if (!ordered) {
      let sorted = true;
      for (let i = 1; i < positions.length && sorted; i++) sorted = compare(positions[i - 1] as number, positions[i] as number) <= 0;
      if (!sorted) positions.sort(compare);
    }
    runs.push({ positions, counts: counts.subarray(r * 6, r * 6 + 6) });
  }
  return runs;
}

/** Index of the missed-target count in a run's counts. @internal */
export const MISSED = 5;

