/** Quota obligations: one occurrence per period from the first day to `asOf`, met when `min` matching events fall in it. */
import type { DayNumber } from "../../day/dayNumber.js";
import { epochMsOfCivil } from "../../day/instant.js";
import { StringMap } from "../../internal/stringMap.js";
import { civilDay, iso, type CompiledObligation } from "../compile.js";
import type { Rec } from "../events/index.js";
import { occurrenceOwners, periodAround, type Occ, type Run } from "../occurrences/index.js";
import type { KindHandler } from "./handler.js";

/** Quota periods from the first day to `asOf`: each met when `min` matching events fall in it. */
function quotaOccurrences(run: Run, cob: CompiledObligation, recs: Int32Array, occs: StringMap<Occ>): void {
  const ob = cob.ob;
  if (ob.kind !== "quota") return;
  const { min, per } = ob.quota;
  const days = run.calendar.days;
  const lastDay = Math.min(run.opts.asOfDay, cob.untilDay);
  const owners = occurrenceOwners(cob);
  // per owner (by the event's unit) when there are several, then by period label
  const buckets = new Map<string, Rec[]>();
  for (const rec of recs) {
    const e = run.ev(rec);
    if (cob.filter !== undefined && !cob.filter(e)) {
      run.ignored(rec, "filtered_out");
      continue;
    }
    const day = civilDay(run.at(rec));
    const unit = e.unit;
    if (day < cob.fromDay || day > lastDay || (per === "working_day" && !days.isWorking(day as DayNumber)) || (cob.perOwner && (unit === undefined || !cob.ownerSet.has(unit)))) {
      run.ignored(rec, "no_matching_occurrence");
      continue;
    }
    const label = periodAround(per, day)[2];
    push(buckets, cob.perOwner ? `${unit as string}:${label}` : label, rec);
  }
  let day = cob.fromDay;
  while (day <= lastDay) {
    const [first, last, label] = periodAround(per, day);
    day = last + 1;
    if (per === "working_day" && !days.isWorking(first as DayNumber)) continue;
    const openedMs = epochMsOfCivil(Math.max(first, cob.fromDay), 0);
    for (const owner of owners) {
      const tail = cob.perOwner ? `${owner as string}:${label}` : label;
      const occ = run.newOcc(cob, `${ob.id}:${tail}`, tail, null, label, openedMs, owner);
      occ.anchorMs = openedMs;
      occ.lastDay = last;
      occ.endsMs = epochMsOfCivil(last + 1, 0);
      const bucket = buckets.get(tail) ?? [];
      if (bucket.length > 1) bucket.sort((a, b) => run.compareRecs(a, b));
      occ.quota = { count: bucket.length, min };
      if (bucket.length >= min) {
        const done = bucket[min - 1] as Rec;
        occ.doneMs = run.at(done);
        occ.doneEvent = done;
      }
      occ.step("quota_period", { period: label, min, count: bucket.length, lastDay: iso(last) });
      for (const rec of bucket) run.used(rec, "quota", occ);
      buckets.delete(tail);
      occs.set(tail, occ);
    }
  }
  for (const bucket of buckets.values()) for (const rec of bucket) run.ignored(rec, "no_matching_occurrence");
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export const quota: KindHandler<"quota"> = {
  kind: "quota",
  opensByTrigger: false,
  restartable: false,
  shape: (ob) => ({
    rule: undefined,
    fallback: undefined,
    fallbackField: undefined,
    target: undefined,
    perOwner: true,
    match: "subject",
    trigger: undefined,
    counts: ob.counts,
    completedBy: [],
    anchorTypes: [],
    source: undefined,
  }),
  open(run, cob, b) {
    const occs = new StringMap<Occ>(16);
    quotaOccurrences(run, cob, b.quota.subarray(0, b.nQuota), occs);
    return occs;
  },
  // (its periods are dated when opened; no event starts their clock)
  setDeadlineFrom() {},
};
