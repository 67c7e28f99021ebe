/**
 * Matching of control events to occurrences: by subject, by the period an event names, or to the
 * earliest open occurrence; each obligation's events applied to the clock in time order.
 */
import { compareText } from "../../internal/compareText.js";
import type { StringMap } from "../../internal/stringMap.js";
import { ROLE_ORDER, type CompiledObligation } from "../compile.js";
import type { Bucket, Part, Rec } from "../events/index.js";
import type { EventRole } from "../types.js";
import { apply, type ClockStart } from "./clock.js";
import type { Occ } from "./occurrence.js";
import { periodAround } from "./periods.js";
import type { Run } from "./run.js";

type Control = readonly [Rec, EventRole];

function compareControls(run: Run, a: Control, b: Control): number {
  return run.at(a[0]) - run.at(b[0]) || ROLE_ORDER[a[1]] - ROLE_ORDER[b[1]] || compareText(run.id(a[0]), run.id(b[0]));
}

/** Aliases a recurring occurrence may be named by in an event's `period`: its label, its day, and its month … year when unique. */
function periodIndex(occs: readonly Occ[]): Map<string, Occ> {
  const index = new Map<string, Occ>();
  const aliasOwners = new Map<string, Occ | null>();
  for (const occ of occs) index.set(occ.period ?? occ.tail, occ);
  for (const occ of occs) {
    if (occ.lastDay === null) continue;
    for (const per of ["day", "month", "quarter", "half_year", "year"] as const) {
      const alias = periodAround(per, occ.lastDay)[2];
      if (index.has(alias) && index.get(alias) !== occ && aliasOwners.get(alias) === undefined) continue;
      const prior = aliasOwners.get(alias);
      aliasOwners.set(alias, prior === undefined ? occ : prior === occ ? occ : null);
    }
  }
  for (const [alias, occ] of aliasOwners) if (occ !== null && !index.has(alias)) index.set(alias, occ);
  return index;
}

/** Routes an obligation's control events to occurrences (by subject, period or earliest open) and applies them. */
export function routeControls(run: Run, cob: CompiledObligation, kind: ClockStart, b: Bucket, occs: StringMap<Occ>, part: Part): void {
  if (part.c1 === part.c0) return;
  if (cob.match === "subject") routeBySubject(run, cob, kind, b, occs, part);
  else sweepControls(run, cob, kind, occs.values(), Array.from({ length: b.nCtl }, (_, i): Control => [b.ctlRecs[i] as Rec, b.ctlRoles[i] as EventRole]));
}

/** Subject matching: each control event goes to the occurrence of its subject. */
function routeBySubject(run: Run, cob: CompiledObligation, kind: ClockStart, b: Bucket, occs: StringMap<Occ>, part: Part): void {
  const recs = b.ctlRecs;
  const roles = b.ctlRoles;
  const first = part.c0;
  const count = part.c1 - part.c0;
  // group the control events by occurrence (first-touched order), then apply each group in time order
  const local = run.occs.local;
  // (scratch lists of the evaluation, reused from part to part)
  const touched = run.touched;
  const counts = run.counts;
  touched.length = 0;
  counts.length = 0;
  const place = run.ints(0, count);
  const subjects = b.ctlSubject;
  const hashes = b.ctlHash;
  const times = b.ctlMs;
  const perOwner = cob.perOwner;
  for (let n = 0; n < count; n++) {
    const i = first + n;
    const rec = recs[i] as Rec;
    const subject = subjects[i];
    let occ: Occ | undefined;
    if (subject === undefined) occ = undefined;
    else if (!perOwner) occ = occs.at(occs.slotOf(subject, hashes[i] as number));
    else {
      const unit = run.ev(rec).unit;
      occ = unit === undefined ? undefined : occs.get(`${unit}:${subject}`);
    }
    if (occ === undefined) {
      run.ignored(rec, "no_matching_occurrence");
      place[n] = -1;
      continue;
    }
    let t = local[occ.i] as number;
    if (t < 0) {
      local[occ.i] = t = touched.length;
      touched.push(occ);
      counts.push(0);
    }
    place[n] = t;
    counts[t] = (counts[t] as number) + 1;
  }
  const starts = run.ints(1, touched.length + 1);
  const fill = run.ints(2, touched.length);
  starts[0] = 0;
  for (let t = 0; t < touched.length; t++) {
    fill[t] = starts[t] as number;
    starts[t + 1] = (starts[t] as number) + (counts[t] as number);
  }
  const order = run.ints(3, starts[touched.length] as number);
  for (let n = 0; n < count; n++) {
    const t = place[n] as number;
    if (t >= 0) order[(fill[t] as number)++] = first + n;
  }
  for (let t = 0; t < touched.length; t++) {
    const occ = touched[t] as Occ;
    local[occ.i] = -1;
    const from = starts[t] as number;
    const to = starts[t + 1] as number;
    if (to - from > 1) {
      // insertion sort of the (few) events of one occurrence by (instant, role, id)
      for (let k = from + 1; k < to; k++) {
        const x = order[k] as number;
        let j = k - 1;
        while (j >= from && compareCtl(b, order[j] as number, x) > 0) {
          order[j + 1] = order[j] as number;
          j--;
        }
        order[j + 1] = x;
      }
    }
    for (let k = from; k < to; k++) {
      const i = order[k] as number;
      const rec = recs[i] as Rec;
      const role = roles[i] as EventRole;
      const reason = apply(run, kind, occ, rec, role, times[i] as number);
      if (reason === null) {
        run.used(rec, role, occ);
        if (role === "completion") {
          occ.doneId = b.ctlId[i] as string;
          occ.doneText = run.atText[rec];
        }
      } else run.ignored(rec, reason, occ.key);
    }
  }
}

/** Orders two control events of a bucket (by place) by instant, role, then id. */
function compareCtl(b: Bucket, x: number, y: number): number {
  return (
    (b.ctlMs[x] as number) - (b.ctlMs[y] as number) ||
    ROLE_ORDER[b.ctlRoles[x] as EventRole] - ROLE_ORDER[b.ctlRoles[y] as EventRole] ||
    compareText(b.ctlId[x] as string, b.ctlId[y] as string)
  );
}

/** Period and earliest-open matching: one time-ordered pass over the obligation's control events. */
function sweepControls(run: Run, cob: CompiledObligation, kind: ClockStart, occs: Occ[], controls: Control[]): void {
  if (!cob.perOwner) {
    sweepGroup(run, cob, kind, occs, controls);
    return;
  }
  // one occurrence per owner and period: each owner's events (by `unit`) go to that owner's occurrences
  const groups = new Map<string, { occs: Occ[]; controls: Control[] }>();
  for (const owner of cob.owners) groups.set(owner, { occs: [], controls: [] });
  for (const occ of occs) groups.get(occ.owner as string)?.occs.push(occ);
  for (const control of controls) {
    const unit = run.ev(control[0]).unit;
    const group = unit === undefined ? undefined : groups.get(unit);
    if (group === undefined) run.ignored(control[0], "no_matching_occurrence");
    else group.controls.push(control);
  }
  for (const group of groups.values()) if (group.controls.length > 0) sweepGroup(run, cob, kind, group.occs, group.controls);
}

function sweepGroup(run: Run, cob: CompiledObligation, kind: ClockStart, occs: Occ[], controls: Control[]): void {
  const ordered = occs.slice().sort((a, b) => (a.openedMs ?? 0) - (b.openedMs ?? 0) || compareText(a.key, b.key));
  const index = cob.match === "period" ? periodIndex(ordered) : undefined;
  controls.sort((a, b) => compareControls(run, a, b));
  let first = 0;
  for (const [rec, role] of controls) {
    let occ: Occ | undefined;
    const period = run.ev(rec).period;
    if (index !== undefined && period !== undefined) {
      occ = index.get(period);
    } else {
      while (first < ordered.length && (ordered[first] as Occ).closed) first++;
      for (let i = first; i < ordered.length; i++) {
        const o = ordered[i] as Occ;
        if ((o.openedMs ?? 0) > run.at(rec)) break;
        if (!o.closed) {
          occ = o;
          break;
        }
      }
    }
    if (occ === undefined) {
      run.ignored(rec, "no_matching_occurrence");
      continue;
    }
    const reason = apply(run, kind, occ, rec, role);
    if (reason === null) run.used(rec, role, occ);
    else run.ignored(rec, reason, occ.key);
  }
}
