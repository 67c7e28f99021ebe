/** Dispatching the events to their obligations' buckets. */
import type { Event } from "../../schema/event.js";
import type { CompiledObligation } from "../compile.js";
import { Bucket, HASH_GROUPS, partCount } from "./bucket.js";
import type { EventColumns } from "./eventColumns.js";
import { REASON_CODE } from "./ignoreReasons.js";
import type { Routed, Routes } from "./routes.js";

/**
 * Dispatches the events by type to their obligations' buckets, once, copying what the evaluation
 * reads of them into the buckets (so that each obligation reads its own events' data in order, not
 * the events, scattered over the input), each event in its part's place (see {@link partCount}).
 */
export function dispatch(run: EventColumns, cobs: readonly CompiledObligation[], routes: Routes): Bucket[] {
  // room for each bucket's events (upper bounds: duplicates are not routed)
  const nTrig = new Int32Array(cobs.length);
  const nQuota = new Int32Array(cobs.length);
  const nCtl = new Int32Array(cobs.length);
  // and, per obligation, its triggers' and control events' counts by hash group
  const trigHist = new Int32Array(cobs.length * HASH_GROUPS);
  const ctlHist = new Int32Array(cobs.length * HASH_GROUPS);
  routes.lists.forEach((list, r) => {
    const n = run.routeCount[r] as number;
    for (const { index, role } of list) {
      const sizes = role === "trigger" ? nTrig : role === "quota" ? nQuota : nCtl;
      sizes[index] = (sizes[index] as number) + n;
      if (role === "quota") continue;
      const hist = role === "trigger" ? trigHist : ctlHist;
      for (let g = 0; g < HASH_GROUPS; g++) hist[index * HASH_GROUPS + g] = (hist[index * HASH_GROUPS + g] as number) + (run.routeHist[r * HASH_GROUPS + g] as number);
    }
  });
  const buckets = cobs.map((cob, c) => {
    const b = new Bucket(nTrig[c] as number, nQuota[c] as number, nCtl[c] as number);
    b.prefiltered = routes.prefiltered[c] === 1;
    b.split(partCount(cob, nTrig[c] as number), trigHist.subarray(c * HASH_GROUPS, (c + 1) * HASH_GROUPS), ctlHist.subarray(c * HASH_GROUPS, (c + 1) * HASH_GROUPS));
    return b;
  });
  const tailHash = run.tailHash;
  const count = run.ms.length;
  const msCol = run.ms;
  const evs = run.evs;
  const ids = run.ids;
  const routeOf = run.routeOf;
  const asOfMs = run.opts.asOfMs;
  const filtersOut = routes.filtersOut;
  for (let i = 0; i < count; i++) {
    const ms = msCol[i] as number;
    if (ms !== ms || run.reason[i] !== 0) continue;
    if (ms > asOfMs) {
      run.reason[i] = REASON_CODE.after_as_of;
      continue;
    }
    const r = routeOf[i] as number;
    if (r < 0) {
      run.reason[i] = REASON_CODE.unknown_type;
      continue;
    }
    // (rejected by the trigger filter of some obligation of its type: ignored unless used)
    if (filtersOut[r] === 1) run.reason[i] = REASON_CODE.filtered_out;
    const routed = routes.lists[r] as readonly Routed[];
    const ev = evs[i] as Event;
    const sub = ev.subject;
    const id = ids[i] as string;
    const hash = tailHash[i] as number;
    for (let k = 0; k < routed.length; k++) {
      const { index, role } = routed[k] as Routed;
      const b = buckets[index] as Bucket;
      if (role === "trigger") {
        const n = (b.trigFill[hash & b.partMask] as number)++;
        b.nTrig++;
        b.triggers[n] = i;
        b.trigMs[n] = ms;
        b.trigId[n] = id;
        b.trigSubject[n] = sub;
        b.trigHash[n] = hash;
      } else if (role === "quota") b.quota[b.nQuota++] = i;
      else {
        const n = (b.ctlFill[hash & b.partMask] as number)++;
        b.nCtl++;
        b.ctlRecs[n] = i;
        b.ctlRoles[n] = role;
        b.ctlMs[n] = ms;
        b.ctlId[n] = id;
        b.ctlSubject[n] = sub;
        b.ctlHash[n] = hash;
      }
    }
  }
  return buckets;
}
