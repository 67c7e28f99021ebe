/** The columns the events step fills: one cell per input event, no object per event. */
import type { Event } from "../../schema/event.js";

/**
 * An accepted event, by its position in the input (instants in `EventColumns.ms`, events in `EventColumns.evs`):
 * no object per event.
 */
export type Rec = number;

/**
 * The per-event state the events step reads and writes, by input position: the events, their ids
 * and instants, their routes and hashes, and the reason each is ignored (a code of
 * `REASON_CODE`; 0: none yet).
 */
export interface EventColumns {
  /** The events by input position (a normalised copy where an event needed the schema to be read). */
  evs: readonly Event[];
  /** The events' ids by input position (read once, so that accounting does not go back to the events). */
  ids: string[];
  /** Instants by input position (NaN: not accepted). */
  ms: Float64Array;
  /** The routed list of each event's type (index in `Routes.lists`; −1: none), and how many events each list has. */
  routeOf: Int32Array;
  routeCount: Int32Array;
  /** `fnv1a(subject ?? id)` of each routed event, and how many events of each routed list fall in each of `HASH_GROUPS` groups by that hash. */
  tailHash: Int32Array;
  routeHist: Int32Array;
  /** The event's `at` where it is already in the canonical form (`YYYY-MM-DDTHH:mm:ss+07:00`), noted once when read. */
  atText: (string | undefined)[];
  /** The ignore reason code of each event (0: none). */
  reason: Uint8Array;
  readonly opts: { readonly asOfMs: number };
  /** Allocates the per-event columns for `count` input events. */
  size(count: number): void;
  ev(rec: Rec): Event;
  at(rec: Rec): number;
}
