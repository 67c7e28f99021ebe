/** Reading the events: instants, ids, routes and hashes into columns; invalid events listed. */
import { MAX_DAY, MIN_DAY } from "../../day/dayNumber.js";
import { issue } from "../../errors.js";
import { fnv1a } from "../../internal/fnv1a.js";
import { fastEventMs, readEvent, type Event } from "../../schema/event.js";
import { civilDay } from "../compile.js";
import type { IgnoredEvent } from "../types.js";
import { HASH_GROUPS } from "./bucket.js";
import { markDuplicates } from "./duplicates.js";
import type { EventColumns } from "./eventColumns.js";
import type { Routes } from "./routes.js";

/**
 * Reads the events: instants into a column, no object per event; for each routed event, its route
 * and the hash of its subject (or id), counted per route and hash group for the dispatch. Duplicate
 * ids are found after the pass ({@link markDuplicates}). Returns the invalid events.
 */
export function readEvents(run: EventColumns, events: readonly unknown[], routes: Routes): IgnoredEvent[] {
  const count = events.length;
  run.size(count);
  const routeOf = run.routeOf;
  const routeCount = (run.routeCount = new Int32Array(routes.lists.length));
  const routeHist = (run.routeHist = new Int32Array(routes.lists.length * HASH_GROUPS));
  const tailHash = run.tailHash;
  const asOfMs = run.opts.asOfMs;
  const msCol = run.ms;
  const atText = run.atText;
  const ignoredEarly: IgnoredEvent[] = [];
  let evs = events as readonly Event[];
  run.evs = evs;
  const ids = new Array<string>(count);
  run.ids = ids;
  // accepted events' positions and id hashes, for finding duplicate ids after the pass
  const accepted = new Int32Array(count);
  const idHash = new Int32Array(count);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const raw: unknown = events[i];
    ids[i] = "";
    let ms = fastEventMs(raw);
    if (ms !== ms) {
      const reading = readEvent(raw, [i]);
      if (!reading.ok) {
        const id = raw !== null && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : undefined;
        ignoredEarly.push(id === undefined ? { index: i, reason: "invalid", issues: reading.issues } : { eventId: id, index: i, reason: "invalid", issues: reading.issues });
        continue;
      }
      ms = reading.ms;
      if (evs === events) run.evs = evs = Array.from(events) as Event[];
      (evs as Event[])[i] = reading.event;
    }
    const event = evs[i] as Event;
    const day = civilDay(ms);
    if (day < MIN_DAY || day > MAX_DAY) {
      ignoredEarly.push({ eventId: event.id, index: i, reason: "invalid", issues: [issue("date_out_of_range", { value: event.at, min: "1900-01-01", max: "2199-12-31" }, [i, "at"])] });
      continue;
    }
    msCol[i] = ms;
    const text = event.at;
    if (text.length === 25 && text.charCodeAt(10) === 84 && text.endsWith("+07:00")) atText[i] = text;
    const id = event.id;
    ids[i] = id;
    accepted[n] = i;
    idHash[n++] = fnv1a(id);
    // (counted before duplicates are known: the buckets' sizes are upper bounds)
    const r = ms > asOfMs ? -1 : routes.routeOf(event);
    if (r >= 0) {
      routeOf[i] = r;
      (routeCount[r] as number)++;
      const hash = fnv1a(event.subject ?? id);
      tailHash[i] = hash;
      (routeHist[r * HASH_GROUPS + (hash & (HASH_GROUPS - 1))] as number)++;
    }
  }
  markDuplicates(run, accepted, idHash, n);
  return ignoredEarly;
}
