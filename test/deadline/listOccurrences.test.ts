import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { addDays, dayNumberFromYmd, fromDayNumber } from "../../src/day/dayNumber.js";
import { epochMsToInstant, instantToEpochMs } from "../../src/day/instant.js";
import { InvalidInputError } from "../../src/errors.js";
import { listOccurrences } from "../../src/deadline/listOccurrences.js";
import { dayNumberArb } from "../_arbitraries.js";
import { recurringRuleArb, rruleRuleArb } from "./_arbitraries.js";

describe("listOccurrences", () => {
  it('"ngày 10 hàng tháng" in 2024: twelve occurrences, named dates not rolled', () => {
    const list = listOccurrences({ kind: "recurring", frequency: "monthly", day: 10, bound: "by" }, { from: "2024-01-01", to: "2024-12-31" });
    expect(list.map((d) => d.lastDay)).toEqual(["2024-01-10", "2024-02-10", "2024-03-10", "2024-04-10", "2024-05-10", "2024-06-10", "2024-07-10", "2024-08-10", "2024-09-10", "2024-10-10", "2024-11-10", "2024-12-10"]);
    expect(list[0]?.trace[0]?.code).toBe("occurrence");
  });

  it('"trong tháng 1 hằng năm" 2024–2026: Tết-rolled ends', () => {
    const list = listOccurrences({ kind: "recurring", frequency: "yearly", month: 1, bound: "within" }, { from: "2024-01-01", to: "2026-12-31" });
    expect(list.map((d) => d.lastDay)).toEqual(["2024-01-31", "2025-02-03", "2026-02-02"]);
  });

  it('"trước ngày 03/3, 03/6, 03/9" every year', () => {
    const rule: DeadlineRule = { kind: "fixed_date", dates: [{ month: 3, day: 3 }, { month: 6, day: 3 }, { month: 9, day: 3 }], bound: "before" };
    expect(listOccurrences(rule, { from: "2024-01-01", to: "2025-03-31" }).map((d) => d.lastDay)).toEqual(["2024-03-02", "2024-06-02", "2024-09-02", "2025-03-02"]);
  });

  it("keeps lastDay within [from, to], even when the nominal date is outside (a roll into the range)", () => {
    // 31/01/2025 is a Tết day and rolls to 03/02/2025
    const list = listOccurrences({ kind: "recurring", frequency: "monthly", bound: "within" }, { from: "2025-02-01", to: "2025-02-28" });
    expect(list.map((d) => d.lastDay)).toEqual(["2025-02-03", "2025-02-28"]);
  });

  it("rejects rules that do not recur, bad ranges and unknown options", () => {
    expect(() => listOccurrences({ kind: "relative", amount: 1, unit: "day", anchor: { text: "x" } }, { from: "2024-01-01", to: "2024-12-31" })).toThrow(InvalidInputError);
    expect(() => listOccurrences({ kind: "recurring", frequency: "daily", bound: "by" }, { from: "2024-12-31", to: "2024-01-01" })).toThrow(/invalid_value/);
    expect(() => listOccurrences({ kind: "recurring", frequency: "daily", bound: "by" }, { from: "2024-01-01", to: "2024-01-31", step: 1 } as never)).toThrow(/unknown_key/);
  });
});

describe("listOccurrences (properties)", () => {
  it("results are sorted, unique, in range, and each equals computeDeadline with an anchor just before its end", () => {
    fc.assert(
      fc.property(fc.oneof(recurringRuleArb, rruleRuleArb), dayNumberArb({ min: dayNumberFromYmd(2019, 1, 1), max: dayNumberFromYmd(2028, 12, 31) }), fc.integer({ min: 0, max: 120 }), (rule, fromDay, span) => {
        // Arrange
        const from = fromDayNumber(fromDay);
        const to = addDays(from, span);
        // Act
        const list = listOccurrences(rule, { from, to });
        // Assert
        for (let i = 1; i < list.length; i++) {
          expect(instantToEpochMs((list[i - 1] as (typeof list)[number]).endsAt)).toBeLessThan(instantToEpochMs((list[i] as (typeof list)[number]).endsAt));
        }
        for (const d of list) {
          expect(d.lastDay >= from && d.lastDay <= to).toBe(true);
          const anchor = epochMsToInstant(instantToEpochMs(d.endsAt) - 60_000);
          const next = computeDeadline(rule, { anchor });
          expect([next.lastDay, next.endsAt, next.provisional]).toEqual([d.lastDay, d.endsAt, d.provisional]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("does not mutate its inputs", () => {
    fc.assert(
      fc.property(recurringRuleArb, (rule) => {
        // Arrange
        const options = { from: "2024-01-01", to: "2024-03-31", policy: { rollFixedDates: true } };
        const before = JSON.stringify([rule, options]);
        // Act
        listOccurrences(rule, options);
        // Assert
        expect(JSON.stringify([rule, options])).toBe(before);
      }),
      { numRuns: 30 },
    );
  });
});
