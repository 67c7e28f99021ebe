/**
 * Dossiers received at given instants at a one-stop desk, evaluated, and each finding checked
 * against `computeDeadline` for its own receipt instant: the check of the engine's shared
 * deadlines (by receipt day, side of the cut-off, last day).
 */
import { expect } from "vitest";
import { createCalendar } from "../../src/calendar/index.js";
import { epochMsToInstant } from "../../src/day/instant.js";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { explainDeadline } from "../../src/deadline/explain.js";
import type { Deadline, DeadlineRule, Policy } from "../../src/deadline/types.js";
import { evaluate } from "../../src/engine/index.js";

/** The desk's office hours, 07:30–11:30 and 13:30–17:00. */
export const SESSIONS = [
  { start: "07:30", end: "11:30" },
  { start: "13:30", end: "17:00" },
];
const calendar = createCalendar({ officeHours: { sessions: SESSIONS } });

/**
 * Evaluates one dossier per receipt instant under `phrase` and `policy`, expects every finding to
 * have the last day, end, provisional flag and explanation `computeDeadline` gives for its own
 * receipt, and returns those deadlines.
 */
export function expectOwnReceiptDeadlines(instants: readonly number[], phrase: string, rule: DeadlineRule, policy: Partial<Policy>, asOf: string): Deadline[] {
  const plan = {
    id: "p",
    title: "Một cửa",
    start: "2024-01-01",
    units: [{ id: "mc", name: "Bộ phận một cửa" }],
    calendar: { officeHours: { sessions: SESSIONS } },
    policy,
    obligations: [{ kind: "triggered", id: "HS", title: "Hồ sơ", owner: "mc", trigger: { type: "nhan" }, deadline: phrase, completedBy: "tra" }],
  } as never;
  const events = instants.map((ms, k) => ({ id: `e${k}`, type: "nhan", at: epochMsToInstant(ms), subject: `S${k}`, unit: "mc" }));
  const e = evaluate(plan, events, { asOf });
  expect(e.findings).toHaveLength(instants.length);
  return e.findings.map((f) => {
    const k = Number((f.subject as string).slice(1));
    const d = computeDeadline(rule, { calendar, policy, anchor: epochMsToInstant(instants[k] as number) });
    expect([f.lastDay, f.endsAt, f.provisional]).toEqual([d.lastDay, d.endsAt, d.provisional]);
    expect(f.explanation.en).toEqual(explainDeadline(d, { locale: "en" }));
    return d;
  });
}
