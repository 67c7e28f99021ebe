/** The state of one evaluation: the events' columns, the occurrence table, and the ledger of which event each occurrence used or why it was ignored. */
import type { WorkCalendar } from "../../calendar/types.js";
import type { Issue } from "../../errors.js";
import { compareText } from "../../internal/compareText.js";
import { Int32Pairs } from "../../internal/int32Pairs.js";
import type { Deadline } from "../../deadline/types.js";
import type { Event } from "../../schema/event.js";
import { flat, instant, type CompiledObligation } from "../compile.js";
import { RANK_OF_CODE, REASON_CODE, REASON_RANK, type EventColumns, type Rec } from "../events/index.js";
import type { ReadOptions } from "../options.js";
import type { EventRole, IgnoreReason } from "../types.js";
import { Occ } from "./occurrence.js";
import { OccColumns } from "./table.js";

/** The roles an event may play, in the order of their codes in `Run.useRole` (code k + 1 is `ROLES[k]`). */
export const ROLES: readonly EventRole[] = ["trigger", "anchor", "completion", "extension", "pause", "resume", "restart", "cancel", "quota"];
const ROLE_CODE: Readonly<Record<EventRole, number>> = { trigger: 1, anchor: 2, completion: 3, extension: 4, pause: 5, resume: 6, restart: 7, cancel: 8, quota: 9 };

/** In `Run.useRole`: the role code of an event's first use, and a flag for events also used elsewhere. */
export const ROLE_MASK = 0x7f;
export const HAS_ALSO = 0x80;

/** Per-evaluation state. */
export class Run implements EventColumns {
  /** The events by input position (a normalised copy where an event needed the schema to be read). */
  evs: readonly Event[] = [];
  /** The events' ids by input position (read once, so that accounting does not go back to the events). */
  ids: string[] = [];
  /** Instants by input position (NaN: not accepted). */
  ms: Float64Array = new Float64Array(0);
  /** The routed list of each event's type (index in `Routes.lists`; −1: none), and how many events each list has. */
  routeOf: Int32Array = new Int32Array(0);
  routeCount: Int32Array = new Int32Array(0);
  /** `fnv1a(subject ?? id)` of each routed event, and how many events of each routed list fall in each of {@link HASH_GROUPS} groups by that hash. */
  tailHash: Int32Array = new Int32Array(0);
  routeHist: Int32Array = new Int32Array(0);
  /** The event's `at` where it is already in the canonical form (`YYYY-MM-DDTHH:mm:ss+07:00`), noted once when read. */
  atText: (string | undefined)[] = [];
  occs: OccColumns;
  // Per event, by input position: first use (role code, occurrence index), ignore reason code.
  useRole: Uint8Array = new Uint8Array(0);
  useOcc: Int32Array = new Int32Array(0);
  /** (occurrence index, event) of each first use, in order. */
  readonly usedLog = new Int32Pairs();
  readonly also = new Map<number, { role: EventRole; occurrence: string }[]>();
  reason: Uint8Array = new Uint8Array(0);
  readonly reasonOcc = new Map<number, string>();
  readonly reasonIssues = new Map<number, readonly Issue[]>();
  /** Scratch of `routeBySubject`, reused from part to part. */
  readonly touched: Occ[] = [];
  readonly counts: number[] = [];
  private readonly scratch: Int32Array[] = [];
  private readonly instantCache = new Map<number, string>();
  /** Explanations of findings without engine steps, by the shared deadline they show (see `explanation`). */
  readonly explanations = new Map<Deadline, { readonly vi: readonly string[]; readonly en: readonly string[] }>();

  constructor(
    readonly calendar: WorkCalendar,
    readonly opts: ReadOptions,
    capacity: number,
  ) {
    this.occs = new OccColumns(capacity);
  }

  /** The `k`-th scratch list of ints, of at least `size` (contents left from earlier use). */
  ints(k: number, size: number): Int32Array {
    let list = this.scratch[k];
    if (list === undefined || list.length < size) this.scratch[k] = list = new Int32Array(Math.max(size, 2 * (list?.length ?? 0), 1024));
    return list;
  }

  ev(rec: Rec): Event {
    return this.evs[rec] as Event;
  }

  id(rec: Rec): string {
    return this.ids[rec] as string;
  }

  at(rec: Rec): number {
    return this.ms[rec] as number;
  }

  /** ISO instant of epoch ms, one flat string per instant. */
  instant(ms: number): string {
    let s = this.instantCache.get(ms);
    if (s === undefined) this.instantCache.set(ms, (s = flat(instant(ms))));
    return s;
  }

  newOcc(cob: CompiledObligation, key: string, tail: string, subject: string | null, period: string | null, openedMs: number | null, owner: string | null): Occ {
    return new Occ(this.occs, cob, key, tail, subject, period, openedMs, owner);
  }


  used(rec: Rec, role: EventRole, occ: Occ): void {
    const first = (this.useRole[rec] as number) & ROLE_MASK;
    if (first === 0) {
      this.useRole[rec] = ROLE_CODE[role];
      this.useOcc[rec] = occ.i;
      this.usedLog.push(occ.i, rec);
      return;
    }
    if (ROLES[first - 1] === role && this.useOcc[rec] === occ.i) return;
    let list = this.also.get(rec);
    if (list === undefined) {
      this.also.set(rec, (list = []));
      this.useRole[rec] = first | HAS_ALSO;
    }
    if (!list.some((x) => x.role === role && x.occurrence === occ.key)) list.push({ role, occurrence: occ.key });
  }

  /** Allocates the per-event arrays for `count` input events. */
  size(count: number): void {
    this.ms = new Float64Array(count).fill(Number.NaN);
    this.routeOf = new Int32Array(count).fill(-1);
    this.tailHash = new Int32Array(count);
    this.atText = new Array<string | undefined>(count);
    this.useRole = new Uint8Array(count);
    this.useOcc = new Int32Array(count);
    this.reason = new Uint8Array(count);
  }

  ignored(rec: Rec, reason: IgnoreReason, occ?: string, issues?: readonly Issue[]): void {
    const current = this.reason[rec] as number;
    if (current !== 0 && (RANK_OF_CODE[current] as number) >= REASON_RANK[reason]) return;
    this.reason[rec] = REASON_CODE[reason];
    if (occ === undefined) this.reasonOcc.delete(rec);
    else this.reasonOcc.set(rec, occ);
    if (issues !== undefined) this.reasonIssues.set(rec, issues);
  }

  compareRecs(a: Rec, b: Rec): number {
    return (this.ms[a] as number) - (this.ms[b] as number) || compareText(this.id(a), this.id(b));
  }
}

/** The event's instant as written when it is already in the canonical form, else normalised. */
export function atOf(run: Run, rec: Rec): string {
  return run.atText[rec] ?? instant(run.at(rec));
}
