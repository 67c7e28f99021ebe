/** The occurrence table: growable typed columns of the occurrences' numeric state, one row per occurrence. */
import { grownFloat64, grownInt32, grownUint8 } from "../../internal/columns.js";

/** Growable typed columns of the occurrences' numeric state (NaN for null), indexed by `Occ.i`. */
export class OccColumns {
  size = 0;
  anchorMs: Float64Array;
  /** The anchor the occurrence's deadline (`Occ.dl`) was asked for: a recipe explains it from there. */
  dlAnchorMs: Float64Array;
  lastDay: Float64Array;
  endsMs: Float64Array;
  originalLastDay: Float64Array;
  extLastDay: Float64Array;
  extEndsMs: Float64Array;
  pausedAt: Float64Array;
  doneMs: Float64Array;
  cancelledMs: Float64Array;
  openedMs: Float64Array;
  sortKey: Float64Array;
  /** The obligation's rank among the plan's ids. */
  rank: Int32Array;
  extensions: Int32Array;
  restarts: Int32Array;
  /** Event indices (−1: none): the trigger, the event that started the clock, the completion. */
  trigger: Int32Array;
  anchorRec: Int32Array;
  doneEvent: Int32Array;
  /** Scratch: the occurrence's place among those touched by one obligation's control events. */
  local: Int32Array;
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
    // (zeroed columns: a row's empty values are written when the row is added, so that the rows
    // reserved and never used cost no pass over them and no memory touched)
    const c = Math.max(16, capacity);
    this.anchorMs = new Float64Array(c);
    this.dlAnchorMs = new Float64Array(c);
    this.lastDay = new Float64Array(c);
    this.endsMs = new Float64Array(c);
    this.originalLastDay = new Float64Array(c);
    this.extLastDay = new Float64Array(c);
    this.extEndsMs = new Float64Array(c);
    this.pausedAt = new Float64Array(c);
    this.doneMs = new Float64Array(c);
    this.cancelledMs = new Float64Array(c);
    this.openedMs = new Float64Array(c);
    this.sortKey = new Float64Array(c);
    this.rank = new Int32Array(c);
    this.extensions = new Int32Array(c);
    this.restarts = new Int32Array(c);
    this.trigger = new Int32Array(c);
    this.anchorRec = new Int32Array(c);
    this.doneEvent = new Int32Array(c);
    this.local = new Int32Array(c);
    this.status = new Uint8Array(c);
    this.flags = new Uint8Array(c);
    this.keys = new Array<string>(c);
    this.tails = new Array<string>(c);
    this.owners = new Array<string | null>(c);
  }

  /** A new row's index (growing the columns when full), its values empty: NaN, −1 for events and the scratch place, 0 for counts. */
  add(): number {
    if (this.size === this.endsMs.length) this.grow();
    const i = this.size++;
    const none = Number.NaN;
    this.anchorMs[i] = none;
    this.dlAnchorMs[i] = none;
    this.lastDay[i] = none;
    this.originalLastDay[i] = none;
    this.extLastDay[i] = none;
    this.pausedAt[i] = none;
    this.doneMs[i] = none;
    this.cancelledMs[i] = none;
    this.openedMs[i] = none;
    this.trigger[i] = -1;
    this.anchorRec[i] = -1;
    this.doneEvent[i] = -1;
    this.local[i] = -1;
    return i;
  }

  private grow(): void {
    const c = this.endsMs.length * 2;
    this.anchorMs = grownFloat64(this.anchorMs, c);
    this.dlAnchorMs = grownFloat64(this.dlAnchorMs, c);
    this.lastDay = grownFloat64(this.lastDay, c);
    this.endsMs = grownFloat64(this.endsMs, c);
    this.originalLastDay = grownFloat64(this.originalLastDay, c);
    this.extLastDay = grownFloat64(this.extLastDay, c);
    this.extEndsMs = grownFloat64(this.extEndsMs, c);
    this.pausedAt = grownFloat64(this.pausedAt, c);
    this.doneMs = grownFloat64(this.doneMs, c);
    this.cancelledMs = grownFloat64(this.cancelledMs, c);
    this.openedMs = grownFloat64(this.openedMs, c);
    this.sortKey = grownFloat64(this.sortKey, c);
    this.rank = grownInt32(this.rank, c);
    this.extensions = grownInt32(this.extensions, c);
    this.restarts = grownInt32(this.restarts, c);
    this.trigger = grownInt32(this.trigger, c);
    this.anchorRec = grownInt32(this.anchorRec, c);
    this.doneEvent = grownInt32(this.doneEvent, c);
    this.local = grownInt32(this.local, c);
    this.status = grownUint8(this.status, c);
    this.flags = grownUint8(this.flags, c);
  }
}
