/** Opening the occurrences of a triggered or dated obligation: one per subject (or per event without one), the earliest trigger winning. */
import { epochMsOfCivil } from "../../day/instant.js";
import { StringMap } from "../../internal/stringMap.js";
import type { CompiledObligation } from "../compile.js";
import type { Bucket, Part, Rec } from "../events/index.js";
import { ownerFor, startClock, type ClockStart, type Occ, type Run } from "../occurrences/index.js";

/** Opens the occurrences of a triggered or dated obligation: one per subject (or per event without one). */
export function openTriggered(run: Run, cob: CompiledObligation, b: Bucket, part: Part, kind: ClockStart): StringMap<Occ> {
  const fromMs = epochMsOfCivil(cob.fromDay, 0);
  const untilMs = Number.isFinite(cob.untilDay) ? epochMsOfCivil(cob.untilDay + 1, 0) : Number.POSITIVE_INFINITY;
  // the winning trigger of each tail, by place in `b.triggers`
  const triggers = b.triggers;
  const first = part.t0;
  const count = part.t1 - part.t0;
  const winners = new StringMap<number>(count);
  let duplicates = false;
  const filter = b.prefiltered ? undefined : cob.filter;
  const subjects = b.trigSubject;
  const ids = b.trigId;
  const hashes = b.trigHash;
  const times = b.trigMs;
  for (let n = 0; n < count; n++) {
    const k = first + n;
    const ms = times[k] as number;
    if ((filter !== undefined && !filter(run.ev(triggers[k] as Rec))) || ms < fromMs || ms >= untilMs) {
      run.ignored(triggers[k] as Rec, "filtered_out");
      continue;
    }
    const tail = subjects[k] ?? (ids[k] as string);
    const hash = hashes[k] as number;
    const slot = winners.slotOf(tail, hash);
    const prior = winners.at(slot);
    if (prior === undefined) winners.insertAt(slot, tail, hash, k);
    else {
      const rec = triggers[k] as Rec;
      duplicates = true;
      if (run.compareRecs(rec, triggers[prior] as Rec) < 0) winners.replaceAt(slot, k);
    }
  }
  if (duplicates) {
    for (let n = 0; n < count; n++) {
      const k = first + n;
      const rec = triggers[k] as Rec;
      const tail = subjects[k] ?? (ids[k] as string);
      const w = winners.at(winners.slotOf(tail, hashes[k] as number));
      if (w !== undefined && w !== k && !(filter !== undefined && !filter(run.ev(rec)))) run.ignored(rec, "duplicate_trigger", `${cob.id}:${tail}`);
    }
  }
  const prefix = `${cob.id}:`;
  const vals = new Array<Occ>(winners.size);
  for (let w = 0; w < winners.size; w++) {
    const tail = winners.keys[w] as string;
    const k = winners.vals[w] as number;
    const rec = triggers[k] as Rec;
    const ms = times[k] as number;
    const ev = run.ev(rec);
    const occ = run.newOcc(cob, prefix + tail, tail, subjects[k] ?? null, ev.period ?? null, ms, ownerFor(cob, ev.unit));
    occ.trigger = rec;
    occ.urgency = ev.urgency;
    occ.triggerId = ids[k] as string;
    occ.openedText = run.atText[rec];
    occ.stated = ev.deadline;
    run.used(rec, "trigger", occ);
    if (cob.anchorTypes.length === 0) startClock(run, kind, occ, ms, rec);
    vals[w] = occ;
  }
  // the same tails in the same order: the winners' table, with the occurrences as values
  return winners.withValues(vals);
}
