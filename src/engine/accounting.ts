/**
 * The last pass of `evaluate`: the findings in order, the account of every event (each used event
 * with its role and occurrence, each ignored one with its reason), and the summary's counts read
 * from the occurrence table.
 */
import type { Issue } from "../errors.js";
import { compareText } from "../internal/compareText.js";
import type { CompiledObligation } from "./compile.js";
import { canonicalCompare, REASON_CODE, REASONS, type Rec } from "./events/index.js";
import { EARLY, PAUSED, STATUSES } from "./findings/index.js";
import { HAS_ALSO, ROLE_MASK, ROLES, type OccColumns, type Run } from "./occurrences/index.js";
import type { SummaryBuilder } from "./summary.js";
import type { Accounting, EventRole, Finding, FindingStatus, IgnoredEvent, IgnoreReason, UsedEvent } from "./types.js";

/** The earliest opening or completion of any occurrence (where the summary's periods start). */
export function firstInstant(oc: OccColumns): number {
  let firstMs = Number.POSITIVE_INFINITY;
  for (let o = 0; o < oc.size; o++) {
    const opened = oc.openedMs[o] as number;
    const done = oc.doneMs[o] as number;
    if (opened < firstMs) firstMs = opened;
    if (done < firstMs) firstMs = done;
  }
  return firstMs;
}

/**
 * The findings in order and the events each used (grouped by finding, in the order they were
 * used); the summary's counts, from the occurrences' columns in the order they were made (the
 * findings are not read back).
 */
export function collect(run: Run, cobs: readonly CompiledObligation[], all: Int32Array, findingOf: Finding[], builder: SummaryBuilder): { findings: Finding[]; used: UsedLedger } {
  const oc = run.occs;
  const occCount = oc.size;
  const byRank: CompiledObligation[] = [];
  for (const cob of cobs) byRank[cob.rank] = cob;
  const INF = Number.POSITIVE_INFINITY;
  const times = new Float64Array(4);
  const owners = oc.owners;
  for (let o = 0; o < occCount; o++) {
    const opened = oc.openedMs[o] as number;
    const done = oc.doneMs[o] as number;
    const cancelled = oc.cancelledMs[o] as number;
    times[0] = opened === opened ? opened : -INF;
    times[1] = (oc.lastDay[o] as number) === (oc.lastDay[o] as number) ? (oc.endsMs[o] as number) : INF;
    times[2] = done === done ? done : INF;
    times[3] = cancelled === cancelled ? cancelled : INF;
    const cob = byRank[oc.rank[o] as number] as CompiledObligation;
    const flags = oc.flags[o] as number;
    builder.addParts(owners[o] ?? "", cob.id, cob.title, STATUSES[oc.status[o] as number] as FindingStatus, (flags & EARLY) !== 0, (flags & PAUSED) !== 0, times);
  }
  const log = run.usedLog;
  const usedStart = new Int32Array(occCount + 1);
  for (let k = 0; k < log.size; k++) (usedStart[(log.a[k] as number) + 1] as number)++;
  for (let o = 0; o < occCount; o++) usedStart[o + 1] = (usedStart[o + 1] as number) + (usedStart[o] as number);
  const usedRecs = new Int32Array(log.size);
  {
    const fill = usedStart.slice(0, occCount);
    for (let k = 0; k < log.size; k++) usedRecs[(fill[log.a[k] as number] as number)++] = log.b[k] as number;
  }
  log.a = log.b = new Int32Array(0);
  const findings: Finding[] = new Array<Finding>(all.length);
  const recs = new Int32Array(usedRecs.length);
  const occs = new Int32Array(usedRecs.length);
  let u = 0;
  for (let i = 0; i < all.length; i++) {
    const o = all[i] as number;
    findings[i] = findingOf[o] as Finding;
    for (let k = usedStart[o] as number, end = usedStart[o + 1] as number; k < end; k++) {
      recs[u] = usedRecs[k] as number;
      occs[u++] = o;
    }
  }
  findingOf.length = 0;
  return { findings, used: new UsedLedger(run.ids, run.useRole, run.also, oc.keys, recs, occs) };
}

/**
 * The used events in the order of the accounting (grouped by finding, in the order each was used),
 * kept as columns: the `UsedEvent` entries are made when `accounting.used` is first read (see
 * {@link accountingOf}), as a finding's explanation is. An evaluation of a million events uses most
 * of them, and few hosts read the entries (their count, or the ignored ones, is what is checked).
 */
export class UsedLedger {
  constructor(
    private readonly ids: readonly string[],
    private readonly useRole: Uint8Array,
    private readonly also: ReadonlyMap<number, { role: EventRole; occurrence: string }[]>,
    private readonly keys: readonly (string | undefined)[],
    /** Per entry: the event's input position, and the occurrence it was first used by. */
    private readonly recs: Int32Array,
    private readonly occs: Int32Array,
  ) {}

  /** The entries, in order. */
  entries(): UsedEvent[] {
    const used = new Array<UsedEvent>(this.recs.length);
    for (let u = 0; u < used.length; u++) used[u] = this.entry(this.recs[u] as number, this.keys[this.occs[u] as number] as string);
    return used;
  }

  private entry(rec: Rec, occurrence: string): UsedEvent {
    const code = this.useRole[rec] as number;
    const role = ROLES[(code & ROLE_MASK) - 1] as EventRole;
    const eventId = this.ids[rec] as string;
    const also = (code & HAS_ALSO) === 0 ? undefined : this.also.get(rec);
    return also === undefined ? { eventId, role, occurrence } : { eventId, role, occurrence, also: sortAlso(also) };
  }
}

/**
 * The account of the events: `{ input, used, ignored }`, with `used` an own enumerable accessor
 * that makes the ledger's entries on its first read and returns that same list on every later read
 * (so `JSON.stringify`, `Object.keys`, spreading, `structuredClone` and deep equality see the same
 * object as if the entries had been made at once, and freezing it changes nothing).
 */
export function accountingOf(input: number, ledger: UsedLedger, ignored: readonly IgnoredEvent[]): Accounting {
  const accounting = { input } as { input: number; used: readonly UsedEvent[]; ignored: readonly IgnoredEvent[] };
  let pending: UsedLedger | null = ledger;
  let used: readonly UsedEvent[] = [];
  Object.defineProperty(accounting, "used", {
    enumerable: true,
    get(): readonly UsedEvent[] {
      if (pending !== null) {
        used = pending.entries();
        pending = null;
      }
      return used;
    },
  });
  accounting.ignored = ignored;
  return accounting;
}

/** The ignored events: the invalid ones first (in input order), then the others by instant and id. */
export function listIgnored(run: Run, ignoredEarly: IgnoredEvent[]): IgnoredEvent[] {
  const msCol = run.ms;
  const ignoredLater: Rec[] = [];
  for (let i = 0; i < msCol.length; i++) if ((msCol[i] as number) === (msCol[i] as number) && run.useRole[i] === 0) ignoredLater.push(i);
  // (events sharing an id, instant and content: the kept one first)
  const dup = REASON_CODE.duplicate_id;
  ignoredLater.sort((a, b) => run.compareRecs(a, b) || canonicalCompare(run, a, b) || (run.reason[a] === dup ? 1 : 0) - (run.reason[b] === dup ? 1 : 0));
  const ignored: IgnoredEvent[] = ignoredEarly;
  for (const rec of ignoredLater) {
    const code = run.reason[rec] as number;
    const reason = code === 0 ? "no_matching_occurrence" : (REASONS[code - 1] as IgnoreReason);
    const occ = run.reasonOcc.get(rec);
    const issues = run.reasonIssues.get(rec);
    const entry: { eventId: string; reason: IgnoreReason; occurrence?: string; issues?: readonly Issue[] } = { eventId: run.id(rec), reason };
    if (occ !== undefined) entry.occurrence = occ;
    if (issues !== undefined) entry.issues = issues;
    ignored.push(entry);
  }
  return ignored;
}

function sortAlso(list: { role: EventRole; occurrence: string }[]): { role: EventRole; occurrence: string }[] {
  return list.slice().sort((a, b) => compareText(a.occurrence, b.occurrence) || compareText(a.role, b.role));
}
