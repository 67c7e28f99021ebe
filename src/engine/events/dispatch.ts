/** Dispatching the events to their obligations' buckets. */
import type { Event } from "../../schema/event.js";
import type { CompiledObligation } from "../compile.js";
import type { EventRole } from "../types.js";
import { Bucket, HASH_GROUPS, partCount } from "./bucket.js";
import type { EventColumns } from "./eventColumns.js";
import { RANK_OF_CODE, REASON_CODE, REASON_RANK } from "./ignoreReasons.js";
import type { Routed, Routes } from "./routes.js";
import { MANY_OWNERS, TailOwners } from "./tailOwners.js";

/**
 * Dispatches the events by type to their obligations' buckets, once, copying what the evaluation
 * reads of them into the buckets (so that each obligation reads its own events' data in order, not
 * the events, scattered over the input), each event in its part's place (see {@link partCount}).
 *
 * `bySubject[c]` is 1 where obligation `c` matches its control events by subject against
 * occurrences opened only by its own triggers, one per tail (`subject ?? id`). Such an obligation
 * receives only the control events whose subject may be the tail of one of its triggers (see
 * {@link TailOwners}) when one of its control types is shared with another such obligation: the
 * others would match none of its occurrences, and are accounted here as its bucket would have
 * accounted them (`no_matching_occurrence`). A control type shared by many such obligations (a
 * completion of every procedure) is then copied and matched only where its subject was opened: the
 * obligation is found by one lookup of the event's tail hash in a table of the triggers' tails
 * ({@link TailOwners}), not by a test per obligation of the type.
 */
export function dispatch(run: EventColumns, cobs: readonly CompiledObligation[], routes: Routes, bySubject: Uint8Array): Bucket[] {
  // room for each bucket's events (upper bounds: duplicates are not routed)
  const nTrig = new Int32Array(cobs.length);
  const nQuota = new Int32Array(cobs.length);
  const nCtl = new Int32Array(cobs.length);
  // and, per obligation, its triggers' and control events' counts by hash group
  const trigHist = new Int32Array(cobs.length * HASH_GROUPS);
  const ctlHist = new Int32Array(cobs.length * HASH_GROUPS);
  routes.lists.forEach((list, r) => {
    for (const { index, role } of list) {
      const sizes = role === "trigger" ? nTrig : role === "quota" ? nQuota : nCtl;
      sizes[index] = (sizes[index] as number) + (run.routeCount[r] as number);
    }
  });
  // the tails of the triggers of each obligation whose control events are routed by tail: where
  // they share a type with another such obligation (a type of one obligation alone reaches no
  // bucket in vain that its own would not)
  const shares = new Uint8Array(cobs.length);
  for (const list of routes.lists) {
    const sharing = [...new Set(list.filter(({ index, role }) => role !== "trigger" && role !== "quota" && bySubject[index] === 1).map(({ index }) => index))];
    if (sharing.length > 1) for (const c of sharing) shares[c] = 1;
  }
  const byTail = (index: number, role: EventRole): boolean => role !== "trigger" && role !== "quota" && shares[index] === 1;
  // the control events routed by tail are counted one by one below, the others by list
  nCtl.fill(0);
  routes.lists.forEach((list, r) => {
    for (const { index, role } of list) {
      if (role === "quota" || byTail(index, role)) continue;
      if (role !== "trigger") nCtl[index] = (nCtl[index] as number) + (run.routeCount[r] as number);
      const hist = role === "trigger" ? trigHist : ctlHist;
      for (let g = 0; g < HASH_GROUPS; g++) hist[index * HASH_GROUPS + g] = (hist[index * HASH_GROUPS + g] as number) + (run.routeHist[r * HASH_GROUPS + g] as number);
    }
  });
  // per event routed by tail, the obligation its tail belongs to (see `TailOwners.ownerOf`)
  let tailOwner = new Int32Array(0);
  if (shares.includes(1)) {
    const trigOf = routes.lists.map((list) => Int32Array.from(list.filter(({ index, role }) => role === "trigger" && shares[index] === 1), ({ index }) => index));
    let expected = 0;
    for (let c = 0; c < cobs.length; c++) if (shares[c] === 1) expected += nTrig[c] as number;
    const owners = new TailOwners(expected);
    addTails(run, trigOf, owners);
    tailOwner = new Int32Array(run.ms.length);
    countByTail(run, routes, shares, routes.lists.map((list) => list.some(({ index, role }) => byTail(index, role))), owners, tailOwner, nCtl, ctlHist);
  }
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
  const noMatch = REASON_CODE.no_matching_occurrence;
  const noMatchRank = REASON_RANK.no_matching_occurrence;
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
        if (shares[index] === 1 && (sub === undefined || (tailOwner[i] !== index && tailOwner[i] !== MANY_OWNERS))) {
          // (what its bucket would have found: no occurrence of this subject)
          if ((RANK_OF_CODE[run.reason[i] as number] as number) < noMatchRank) run.reason[i] = noMatch;
          continue;
        }
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

/** Whether an accepted event is dispatched (as in {@link dispatch}): its list, or −1. */
function listOf(run: EventColumns, i: number): number {
  const ms = run.ms[i] as number;
  if (ms !== ms || run.reason[i] !== 0 || ms > run.opts.asOfMs) return -1;
  return run.routeOf[i] as number;
}

/** Adds the tails of the triggers of the obligations that route their control events by tail. */
function addTails(run: EventColumns, trigOf: readonly Int32Array[], owners: TailOwners): void {
  const count = run.ms.length;
  const hashes = run.tailHash;
  for (let i = 0; i < count; i++) {
    const r = listOf(run, i);
    if (r < 0) continue;
    const obligations = trigOf[r] as Int32Array;
    for (let k = 0; k < obligations.length; k++) owners.add(hashes[i] as number, obligations[k] as number);
  }
}

/**
 * Finds the obligation of each control event dispatched by tail (`tailOwner`), and counts, by
 * obligation and hash group, those that go to it (an upper bound: an event without a subject is
 * counted when its id's hash is a tail, so that the events themselves are not read here).
 */
function countByTail(run: EventColumns, routes: Routes, shares: Uint8Array, ctlByTail: readonly boolean[], owners: TailOwners, tailOwner: Int32Array, nCtl: Int32Array, ctlHist: Int32Array): void {
  const count = run.ms.length;
  const hashes = run.tailHash;
  for (let i = 0; i < count; i++) {
    const r = listOf(run, i);
    if (r < 0 || !(ctlByTail[r] as boolean)) continue;
    const hash = hashes[i] as number;
    const owner = owners.ownerOf(hash);
    tailOwner[i] = owner;
    if (owner < 0) continue;
    const list = routes.lists[r] as readonly Routed[];
    for (let k = 0; k < list.length; k++) {
      const { index, role } = list[k] as Routed;
      if (shares[index] !== 1 || role === "trigger" || role === "quota" || (owner !== index && owner !== MANY_OWNERS)) continue;
      nCtl[index] = (nCtl[index] as number) + 1;
      ctlHist[index * HASH_GROUPS + (hash & (HASH_GROUPS - 1))] = (ctlHist[index * HASH_GROUPS + (hash & (HASH_GROUPS - 1))] as number) + 1;
    }
  }
}
