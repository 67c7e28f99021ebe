/**
 * Large obligations are evaluated in parts of subjects (by the hash of the subject) so that their
 * occurrences die young. A subject's findings do not depend on the other subjects, so the findings
 * and the accounting of a sample of subjects, evaluated alone (small: in one part), must equal
 * theirs in the whole evaluation (large: in many parts).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import type { Evaluation } from "../../src/engine/types.js";
import type { Event } from "../../src/schema/event.js";
import { parsePlan } from "../../src/schema/index.js";
import { rng, vnInstant } from "../_helpers.js";
import { seedPlan } from "./_plans.js";

const START = Date.UTC(2024, 0, 2, 1); // 08:00 on 02/01/2024 in Vietnam
const DAY = 86_400_000;
const at = vnInstant;

/**
 * One-stop dossiers (TTHC: pauses, resumes, restarts, re-scheduling) and assigned tasks (II.2:
 * stated deadlines or the cap, extensions, cancellations), each with its own subject, plus
 * duplicate triggers, duplicate ids, controls for unknown subjects and controls without one.
 */
function events(dossiers: number, tasks: number, seed: number): Event[] {
  const random = rng(seed);
  const out: Event[] = [];
  let n = 0;
  const push = (type: string, ms: number, extra: Partial<Event> = {}): void => {
    n += 1;
    out.push({ id: `e${n}`, type, at: at(ms), ...extra } as Event);
  };
  for (let k = 0; k < dossiers; k++) {
    const subject = `HS-${k}`;
    const t0 = START + Math.floor(random() * 330) * DAY + Math.floor(random() * 9 * 3_600_000);
    push("dossier_received", t0, { subject, unit: random() < 0.5 ? "qlđt" : "qhxd" });
    const r = random();
    if (r < 0.05) push("dossier_received", t0 + 3_600_000, { subject }); // a duplicate trigger
    if (r < 0.2) {
      push("dossier_returned", t0 + 2 * DAY, { subject });
      if (random() < 0.8) push("dossier_resumed", t0 + (4 + Math.floor(random() * 6)) * DAY, { subject });
    } else if (r < 0.25) {
      push("dossier_resubmitted", t0 + 3 * DAY, { subject });
    } else if (r < 0.3) {
      push("dossier_rescheduled", t0 + 10 * DAY, { subject, data: { days: 5 } });
    }
    if (random() < 0.85) push("dossier_resolved", t0 + Math.floor(random() * 30 * DAY), { subject });
    if (random() < 0.1) push("apology_sent", t0 + 40 * DAY, { subject });
  }
  for (let k = 0; k < tasks; k++) {
    const subject = `NV-${k}`;
    const t0 = START + Math.floor(random() * 330) * DAY + Math.floor(random() * 9 * 3_600_000);
    const due = at(t0 + Math.floor(random() * 30) * DAY).slice(0, 10);
    push("task_assigned", t0, random() < 0.7 ? { subject, deadline: due, unit: "qlđt" } : { subject, unit: "vp" });
    const r = random();
    if (r < 0.1) push("task_extended", t0 + 5 * DAY, { subject, deadline: at(t0 + 50 * DAY).slice(0, 10) });
    else if (r < 0.15) push("task_ended", t0 + 2 * DAY, { subject });
    if (random() < 0.8) push("task_reported", t0 + Math.floor(random() * 40 * DAY), { subject });
    if (random() < 0.3) push("file_archived", t0 + 45 * DAY, { subject });
  }
  // noise: unknown subjects, no subject, a duplicate id
  for (let k = 0; k < 200; k++) push("dossier_resolved", START + k * DAY, { subject: `HS-x${k}` });
  for (let k = 0; k < 50; k++) push("task_reported", START + k * DAY);
  out.push({ ...(out[10] as Event), at: at(START + 400 * DAY) });
  return out;
}

const SUBJECT = /^(HS|NV)-\d+$/;

/** What an evaluation says about the events and occurrences of some subjects. */
function view(evaluation: Evaluation, evs: readonly Event[], subjects: ReadonlySet<string>): unknown {
  const ids = new Set(evs.filter((e) => e.subject !== undefined && subjects.has(e.subject)).map((e) => e.id));
  return {
    findings: evaluation.findings.filter((f) => f.subject !== null && subjects.has(f.subject)),
    used: evaluation.accounting.used.filter((u) => ids.has(u.eventId)),
    ignored: evaluation.accounting.ignored.filter((i) => i.eventId !== undefined && ids.has(i.eventId)),
  };
}

describe("evaluate in parts (large obligations split by subject)", () => {
  const plan = parsePlan(seedPlan());
  // 12,000 dossiers and 10,000 tasks: both obligations are split into several parts
  const all = events(12_000, 10_000, 20240109);
  const options = { asOf: "2024-12-31T17:00:00+07:00" } as const;
  const whole = evaluate(plan, all, options);

  it("evaluates every occurrence of the large obligations (one finding per subject)", () => {
    const subjects = new Set(all.filter((e) => e.subject !== undefined && SUBJECT.test(e.subject) && (e.type === "dossier_received" || e.type === "task_assigned")).map((e) => e.subject));
    const keys = new Set(whole.findings.filter((f) => f.obligation === "TTHC" || f.obligation === "II.2").map((f) => f.subject));
    expect(keys).toEqual(subjects);
    expect(whole.accounting.used.length + whole.accounting.ignored.length).toBe(all.length);
  });

  it("lists the findings by last day, then obligation id, then occurrence key (undated last), however long the runs", () => {
    const rank = (f: (typeof whole.findings)[number]): [string, string, string] => [f.lastDay ?? "9999-99-99", f.obligation, f.key];
    let longest = 0;
    let run = 0;
    for (let k = 1; k < whole.findings.length; k++) {
      const [d0, o0, k0] = rank(whole.findings[k - 1] as (typeof whole.findings)[number]);
      const [d1, o1, k1] = rank(whole.findings[k] as (typeof whole.findings)[number]);
      const ordered = d0 < d1 || (d0 === d1 && (o0 < o1 || (o0 === o1 && k0 < k1)));
      expect(ordered, `${k0} before ${k1}`).toBe(true);
      run = d0 === d1 && o0 === o1 ? run + 1 : 0;
      longest = Math.max(longest, run + 1);
    }
    expect(longest).toBeGreaterThan(48); // runs of one day and obligation long enough to be merged
  });

  it("gives each subject the findings and accounting it gets when evaluated alone (NĐ 61/2018 Đ.19: a dossier's clock is its own)", () => {
    const random = rng(7);
    const bySubject = new Map<string, Event[]>();
    for (const e of all) if (e.subject !== undefined && SUBJECT.test(e.subject)) (bySubject.get(e.subject) ?? bySubject.set(e.subject, []).get(e.subject))?.push(e);
    const names = [...bySubject.keys()];
    for (let k = 0; k < 60; k++) {
      const name = names[Math.floor(random() * names.length)] as string;
      const own = bySubject.get(name) as Event[];
      const alone = evaluate(plan, own, options);
      const subjects = new Set([name]);
      expect(view(whole, own, subjects), name).toEqual(view(alone, own, subjects));
    }
  });
});
