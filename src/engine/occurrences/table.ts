/** The occurrence table: growable columns of the occurrences' numeric state, one row per occurrence. */
import { floatColumn, grownColumn, grownUint8, intColumn, type Column } from "../../internal/columns.js";

/** Growable columns of the occurrences' numeric state (NaN for null), indexed by `Occ.i` (on the JS heap: see {@link Column}). */
export class OccColumns {
  size = 0;
  anchorMs: Column;
  /** The anchor the occurrence's deadline (`Occ.dl`) was asked for: a recipe explains it from there. */
  dlAnchorMs: Column;
  lastDay: Column;
  endsMs: Column;
  originalLastDay: Column;
  extLastDay: Column;
  extEndsMs: Column;
  pausedAt: Column;
  doneMs: Column;
  cancelledMs: Column;
  openedMs: Column;
  sortKey: Column;
  /** The obligation's rank among the plan's ids. */
  rank: Column;
  extensions: Column;
  restarts: Column;
  /** Event indices (−1: none): the trigger, the event that started the clock, the completion. */
  trigger: Column;
  anchorRec: Column;
  doneEvent: Column;
  /** Scratch: the occurrence's place among those touched by one obligation's control events. */
  local: Column;
  /** Set by `finish`: the status (index in `STATUSES`) and flags (`EARLY`, `PAUSED`) of the finding. */
  status: Uint8Array;
  flags: Uint8Array;
  /**
   * Texts by row (arrays made for the capacity, growing past it as arrays do): the key
   * `${obligation}:${tail}` (two occurrences of one obligation compare by key as by tail, so the
   * keys need not be flattened to be compared), the tail and the owner.
   */
  readonly keys: string[];
  readonly tails: string[];
  readonly owners: (string | null)[];

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.anchorMs = floatColumn(c, Number.NaN);
    this.dlAnchorMs = floatColumn(c, Number.NaN);
    this.lastDay = floatColumn(c, Number.NaN);
    this.endsMs = floatColumn(c, 0);
    this.originalLastDay = floatColumn(c, Number.NaN);
    this.extLastDay = floatColumn(c, Number.NaN);
    this.extEndsMs = floatColumn(c, 0);
    this.pausedAt = floatColumn(c, Number.NaN);
    this.doneMs = floatColumn(c, Number.NaN);
    this.cancelledMs = floatColumn(c, Number.NaN);
    this.openedMs = floatColumn(c, Number.NaN);
    this.sortKey = floatColumn(c, 0);
    this.rank = intColumn(c, 0);
    this.extensions = intColumn(c, 0);
    this.restarts = intColumn(c, 0);
    this.trigger = intColumn(c, -1);
    this.anchorRec = intColumn(c, -1);
    this.doneEvent = intColumn(c, -1);
    this.local = intColumn(c, -1);
    this.status = new Uint8Array(c);
    this.flags = new Uint8Array(c);
    this.keys = new Array<string>(c);
    this.tails = new Array<string>(c);
    this.owners = new Array<string | null>(c);
  }

  /** A new row's index (growing the columns when full). */
  add(): number {
    if (this.size === this.endsMs.length) this.grow();
    return this.size++;
  }

  private grow(): void {
    const c = this.endsMs.length * 2;
    this.anchorMs = grownColumn(this.anchorMs, c, Number.NaN);
    this.dlAnchorMs = grownColumn(this.dlAnchorMs, c, Number.NaN);
    this.lastDay = grownColumn(this.lastDay, c, Number.NaN);
    this.endsMs = grownColumn(this.endsMs, c, 0);
    this.originalLastDay = grownColumn(this.originalLastDay, c, Number.NaN);
    this.extLastDay = grownColumn(this.extLastDay, c, Number.NaN);
    this.extEndsMs = grownColumn(this.extEndsMs, c, 0);
    this.pausedAt = grownColumn(this.pausedAt, c, Number.NaN);
    this.doneMs = grownColumn(this.doneMs, c, Number.NaN);
    this.cancelledMs = grownColumn(this.cancelledMs, c, Number.NaN);
    this.openedMs = grownColumn(this.openedMs, c, Number.NaN);
    this.sortKey = grownColumn(this.sortKey, c, 0);
    this.rank = grownColumn(this.rank, c, 0);
    this.extensions = grownColumn(this.extensions, c, 0);
    this.restarts = grownColumn(this.restarts, c, 0);
    this.trigger = grownColumn(this.trigger, c, -1);
    this.anchorRec = grownColumn(this.anchorRec, c, -1);
    this.doneEvent = grownColumn(this.doneEvent, c, -1);
    this.local = grownColumn(this.local, c, -1);
    this.status = grownUint8(this.status, c);
    this.flags = grownUint8(this.flags, c);
  }
}
