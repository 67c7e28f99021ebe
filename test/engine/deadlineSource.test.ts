import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "../../src/calendar/index.js";
import { epochMsToInstant } from "../../src/day/instant.js";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { explainDeadline } from "../../src/deadline/explain.js";
import { resolvePolicy } from "../../src/deadline/policy.js";
import type { DeadlineRule, Policy } from "../../src/deadline/types.js";
import { DeadlineRecipe, deadlineOf } from "../../src/engine/deadlineSource.js";
import { evaluate } from "../../src/engine/index.js";

const calendar = createCalendar({
  name: "one-stop",
  officeHours: {
    sessions: [
      { start: "07:30", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ],
  },
});
const rules: readonly DeadlineRule[] = [
  { kind: "relative", amount: 5, unit: "working_day", anchor: { text: "ngày nhận hồ sơ" } },
  { kind: "relative", amount: 16, unit: "working_hour", anchor: { text: "khi nhận hồ sơ" } },
  { kind: "relative", amount: 3, unit: "day", anchor: { text: "ngày nhận" } },
];
const policies: readonly Policy[] = [
  resolvePolicy({ lateReceiptCutoff: "15:00" }),
  resolvePolicy({ lateReceiptCutoff: "15:00", workingDays: "office_hours" }),
  resolvePolicy({}),
];
// 2024-01-01T00:00+07:00 and a year of minutes after it
const FROM_MS = Date.UTC(2023, 11, 31, 17);
const anchorMs = fc.integer({ min: 0, max: 366 * 24 * 60 }).map((m) => FROM_MS + m * 60_000);

describe("a deadline computed again for its explanation, from its rule's recipe and its own anchor", () => {
  it("property: is the deadline computed from the same rule, policy and instant, trace included", () => {
    fc.assert(
      fc.property(fc.constantFrom(...rules), fc.constantFrom(...policies), anchorMs, fc.constantFrom(undefined, "khan" as const), (rule, policy, ms, urgency) => {
        const source = new DeadlineRecipe(rule, calendar, policy, urgency, undefined);
        const plain = computeDeadline(rule, { calendar, policy, anchor: epochMsToInstant(ms), ...(urgency === undefined ? {} : { urgency }) });
        expect(source.deadline(ms)).toEqual(plain);
        expect(deadlineOf(source, ms)).toEqual(plain);
        // a kept deadline is its own source
        expect(deadlineOf(plain, Number.NaN)).toBe(plain);
      }),
      { numRuns: 60 },
    );
  });

  it("an evaluation's findings counted from an instant (cut-off, office hours) explain the deadline computed from their receipt", () => {
    const plan = {
      id: "p",
      title: "Một cửa",
      start: "2024-01-01",
      units: [{ id: "mc", name: "Bộ phận một cửa" }],
      calendar: { officeHours: { sessions: [{ start: "07:30", end: "11:30" }, { start: "13:30", end: "17:00" }] } },
      policy: { lateReceiptCutoff: "15:00" },
      obligations: [
        { kind: "triggered", id: "NGAY", title: "Hồ sơ theo ngày", owner: "mc", trigger: { type: "nhan_ngay" }, deadline: "trong 03 ngày làm việc kể từ ngày nhận hồ sơ", completedBy: "tra_ngay" },
        { kind: "triggered", id: "GIO", title: "Hồ sơ theo giờ", owner: "mc", trigger: { type: "nhan_gio" }, deadline: "trong 03 ngày làm việc kể từ ngày nhận hồ sơ", completedBy: "tra_gio", policy: { workingDays: "office_hours" } },
      ],
    } as never;
    const at = ["2024-03-04T09:10:00+07:00", "2024-03-04T15:20:00+07:00", "2024-03-09T10:00:00+07:00", "2024-03-05T14:59:00+07:00"];
    const events = at.flatMap((a, k) => [
      { id: `n${k}`, type: "nhan_ngay", at: a, subject: `N${k}`, unit: "mc" },
      { id: `g${k}`, type: "nhan_gio", at: a, subject: `G${k}`, unit: "mc" },
    ]);
    const e = evaluate(plan, events, { asOf: "2024-06-30" });
    expect(e.findings).toHaveLength(8);
    for (const f of e.findings) {
      const k = Number((f.subject as string).slice(1));
      const policy = f.obligation === "GIO" ? { lateReceiptCutoff: "15:00" as const, workingDays: "office_hours" as const } : { lateReceiptCutoff: "15:00" as const };
      const rule: DeadlineRule = { kind: "relative", amount: 3, unit: "working_day", anchor: { text: "ngày nhận hồ sơ" } };
      const d = computeDeadline(rule, { calendar, policy, anchor: at[k] as string });
      expect(f.endsAt).toBe(d.endsAt);
      for (const locale of ["vi", "en"] as const) {
        const lines = explainDeadline(d, { locale });
        expect(lines.length).toBeGreaterThan(0);
        expect(f.explanation[locale]).toEqual(expect.arrayContaining([...lines]));
        // read twice, the same lines
        expect(f.explanation[locale]).toEqual(f.explanation[locale]);
      }
    }
  });
});
