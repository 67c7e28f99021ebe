import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "../../src/calendar/index.js";
import { epochMsToInstant } from "../../src/day/instant.js";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { explainDeadline } from "../../src/deadline/explain.js";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { evaluate } from "../../src/engine/index.js";

// Deadlines counted in whole days from a receipt under a late-receipt cut-off are computed once per
// receipt day and side of the cut-off; each must still be the deadline of its own receipt.
const sessions = [
  { start: "07:30", end: "11:30" },
  { start: "13:30", end: "17:00" },
];
const calendar = createCalendar({ officeHours: { sessions } });
const phrases: Record<string, DeadlineRule> = {
  "trong 03 ngày làm việc kể từ ngày nhận hồ sơ": { kind: "relative", amount: 3, unit: "working_day", anchor: { text: "ngày nhận hồ sơ" } },
  "trong 05 ngày kể từ ngày nhận hồ sơ": { kind: "relative", amount: 5, unit: "day", anchor: { text: "ngày nhận hồ sơ" } },
};
// 2024-03-01T00:00+07:00 and a few weeks of seconds after it; and instants around the cut-off
const FROM_MS = Date.UTC(2024, 1, 29, 17);
const receipt = fc.oneof(
  fc.integer({ min: 0, max: 21 * 86_400 - 1 }).map((s) => FROM_MS + s * 1000),
  fc.record({ day: fc.integer({ min: 0, max: 20 }), s: fc.integer({ min: -2, max: 2 }) }).map(({ day, s }) => FROM_MS + day * 86_400_000 + 15 * 3_600_000 + s * 1000),
);

describe("deadlines from a receipt under the 15:00 cut-off, shared by receipt day and side of the cut-off", () => {
  it("property: every finding has the deadline and the explanation of its own receipt instant", () => {
    fc.assert(
      fc.property(
        fc.array(receipt, { minLength: 1, maxLength: 25 }),
        fc.constantFrom(...Object.keys(phrases)),
        fc.boolean(),
        fc.boolean(),
        (instants, phrase, atCutoff, excludeStartDay) => {
          const policy = { lateReceiptCutoff: "15:00", lateReceiptAtCutoff: atCutoff, excludeStartDay } as const;
          const plan = {
            id: "p",
            title: "Một cửa",
            start: "2024-01-01",
            units: [{ id: "mc", name: "Bộ phận một cửa" }],
            calendar: { officeHours: { sessions } },
            policy,
            obligations: [{ kind: "triggered", id: "HS", title: "Hồ sơ", owner: "mc", trigger: { type: "nhan" }, deadline: phrase, completedBy: "tra" }],
          } as never;
          const events = instants.map((ms, k) => ({ id: `e${k}`, type: "nhan", at: epochMsToInstant(ms), subject: `S${k}`, unit: "mc" }));
          const e = evaluate(plan, events, { asOf: "2024-06-30" });
          expect(e.findings).toHaveLength(instants.length);
          for (const f of e.findings) {
            const k = Number((f.subject as string).slice(1));
            const d = computeDeadline(phrases[phrase] as DeadlineRule, { calendar, policy, anchor: epochMsToInstant(instants[k] as number) });
            expect([f.lastDay, f.endsAt, f.provisional]).toEqual([d.lastDay, d.endsAt, d.provisional]);
            expect(f.explanation.en).toEqual(explainDeadline(d, { locale: "en" }));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
