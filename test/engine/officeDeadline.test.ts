import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { expectOwnReceiptDeadlines } from "./_receipts.js";

// Deadlines counted in office hours from a receipt instant share all but their end instant among
// the receipts of one day that end on the same last day (and the whole result among receipts the
// cut-off moves); each must still be the deadline of its own receipt.
const anchor = { text: "ngày nhận hồ sơ" };
const hourAnchor = { text: "khi nhận hồ sơ" };
const phrases: Record<string, DeadlineRule> = {
  "trong 03 ngày làm việc kể từ ngày nhận hồ sơ": { kind: "relative", amount: 3, unit: "working_day", anchor },
  "trong 01 ngày làm việc kể từ ngày nhận hồ sơ": { kind: "relative", amount: 1, unit: "working_day", anchor },
  "trong 04 giờ làm việc kể từ khi nhận hồ sơ": { kind: "relative", amount: 4, unit: "working_hour", anchor: hourAnchor },
  "trong 12 giờ làm việc kể từ khi nhận hồ sơ": { kind: "relative", amount: 12, unit: "working_hour", anchor: hourAnchor },
};
const HOUR = 3_600_000;
const DAY = 86_400_000;
// 00:00+07:00 of 2024-04-22 (the days off of 30/4 and 1/5 follow) and of 2030-01-28 (a year whose
// days off are not decided yet, so that some deadlines are provisional)
const STARTS = [Date.UTC(2024, 3, 21, 17), Date.UTC(2030, 0, 27, 17)];
const EDGES = [7.5, 11.5, 13.5, 15, 17].map((h) => h * HOUR);
const receipt = fc.oneof(
  // any second of three weeks
  fc.record({ base: fc.constantFrom(...STARTS), s: fc.integer({ min: 0, max: 21 * 86_400 - 1 }) }).map(({ base, s }) => base + s * 1000),
  // whole minutes of office hours on a few days, so that receipts share a day and a last day
  fc.record({ base: fc.constantFrom(...STARTS), day: fc.integer({ min: 0, max: 12 }), m: fc.integer({ min: 0, max: 569 }) }).map(({ base, day, m }) => base + day * DAY + 7.5 * HOUR + m * 60_000),
  // a session's edge or the cut-off, give or take two seconds
  fc
    .record({ base: fc.constantFrom(...STARTS), day: fc.integer({ min: 0, max: 12 }), edge: fc.constantFrom(...EDGES), s: fc.integer({ min: -2, max: 2 }) })
    .map(({ base, day, edge, s }) => base + day * DAY + edge + s * 1000),
);

describe("office-hour deadlines from a receipt instant, shared by receipt day and last day", () => {
  it("property: every finding has the deadline and the explanation of its own receipt instant", () => {
    let provisional = 0;
    fc.assert(
      fc.property(
        fc.array(receipt, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...Object.keys(phrases)),
        fc.constantFrom("15:00", null),
        fc.boolean(),
        fc.boolean(),
        (instants, phrase, cutoff, atCutoff, snapNonWorkingDays) => {
          const policy = { workingDays: "office_hours", lateReceiptCutoff: cutoff, lateReceiptAtCutoff: atCutoff, snapNonWorkingDays } as const;
          for (const d of expectOwnReceiptDeadlines(instants, phrase, phrases[phrase] as DeadlineRule, policy, "2030-06-30")) if (d.provisional) provisional += 1;
        },
      ),
      { numRuns: 60 },
    );
    // the runs met deadlines that depend on undecided days as well as decided ones
    expect(provisional).toBeGreaterThan(0);
  });
});
