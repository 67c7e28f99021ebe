import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../src/calendar/index.js";
import type { IsoDate } from "../../src/day/dayNumber.js";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { addDays } from "../../src/day/dayNumber.js";
import { parseDeadline } from "../../src/phrase/index.js";
import {
  checkCalendarLaws,
  checkDeadlineLaws,
  checkLunarLaws,
  checkPhraseLaws,
  deadlineRuleArb,
  instantArb,
  isoDateArb,
  workingDayArb,
  type WorkingDayArithmetic,
} from "../../src/testing/index.js";

const YEARS = { min: "2019-01-01", max: "2027-12-31" } as const;

/** Rules whose durations stay within the supported range from 2019–2027, and need no office hours. */
function fits(rule: DeadlineRule): boolean {
  const short = (d: { readonly amount: number; readonly unit: string } | undefined): boolean =>
    d === undefined || (d.unit === "year" ? d.amount <= 150 : d.unit === "month" ? d.amount <= 1800 : d.amount <= 20_000);
  return short(rule.cap) && (rule.kind !== "relative" || short(rule)) && !JSON.stringify(rule).includes("working_hour");
}

/**
 * A deliberately broken calendar (a test double): it counts the start day when it is a working
 * day, as naive date loops do, so `addWorkingDays(d, n)` is one working day short from a working day.
 */
const countsStartDay: WorkingDayArithmetic = {
  isWorkingDay: (d) => civilServiceCalendar.isWorkingDay(d),
  addWorkingDays: (d, n) => civilServiceCalendar.addWorkingDays(d, n > 0 && civilServiceCalendar.isWorkingDay(d) ? n - 1 : n),
  countWorkingDays: (a, b) => civilServiceCalendar.countWorkingDays(a, b),
};

/** Another broken double: skips weekends but knows no holidays (so it lands on Tết). */
const noHolidays: WorkingDayArithmetic = {
  isWorkingDay: (d) => civilServiceCalendar.isWorkingDay(d),
  addWorkingDays: (d, n) => {
    let day: IsoDate = d;
    const step = n >= 0 ? 1 : -1;
    for (let left = Math.abs(n); left > 0; ) {
      day = addDays(day, step);
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6) left--;
    }
    return day;
  },
  countWorkingDays: (a, b) => civilServiceCalendar.countWorkingDays(a, b),
};

describe("checkCalendarLaws", () => {
  it("holds for the civil-service calendar around Tết", () => {
    // Arrange, Act, Assert
    expect(checkCalendarLaws(civilServiceCalendar, "2024-02-07", 3)).toEqual({ ok: true });
    expect(checkCalendarLaws(civilServiceCalendar, "2024-02-10", 0)).toEqual({ ok: true });
    expect(checkCalendarLaws(civilServiceCalendar, "2024-02-15", -5)).toEqual({ ok: true });
  });

  it("reports the law a broken calendar breaks", () => {
    // Arrange, Act
    const short = checkCalendarLaws(countsStartDay, "2024-03-04", 1);
    const tet = checkCalendarLaws(noHolidays, "2024-02-07", 3);
    // Assert
    expect(short).toEqual({ ok: false, reason: expect.stringContaining("not after the start day") });
    expect(tet).toEqual({ ok: false, reason: expect.stringContaining("not a working day") });
  });
});

describe("checkCalendarLaws (properties)", () => {
  it("holds for the civil-service calendar", () => {
    fc.assert(
      fc.property(isoDateArb(YEARS), fc.integer({ min: -60, max: 60 }), (day, amount) => {
        // Arrange, Act
        const result = checkCalendarLaws(civilServiceCalendar, day, amount);
        // Assert
        expect(result).toEqual({ ok: true });
      }),
    );
  });

  it("finds a counterexample for each broken calendar", () => {
    for (const broken of [countsStartDay, noHolidays]) {
      // Arrange
      const property = fc.property(workingDayArb(civilServiceCalendar, YEARS), fc.integer({ min: 1, max: 30 }), (day, amount) => checkCalendarLaws(broken, day, amount).ok);
      // Act
      const details = fc.check(property);
      // Assert
      expect(details.failed).toBe(true);
    }
  });
});

describe("checkDeadlineLaws (properties)", () => {
  it("holds for relative rules and anchors in 2019–2027", () => {
    fc.assert(
      fc.property(
        deadlineRuleArb({ kinds: ["relative"] }).filter(fits),
        instantArb({ min: "2019-01-01", max: "2027-12-31" }),
        instantArb({ min: "2019-01-01", max: "2027-12-31" }),
        (rule, a, b) => {
          // Arrange, Act
          const result = checkDeadlineLaws(rule, a, b);
          // Assert
          expect(result).toEqual({ ok: true });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("holds for named dates, recurring and period rules with a year", () => {
    fc.assert(
      fc.property(deadlineRuleArb({ kinds: ["fixed_date", "recurring", "period"] }).filter(fits), isoDateArb({ min: "2024-01-01", max: "2024-12-31" }), isoDateArb({ min: "2024-01-01", max: "2024-12-31" }), (rule, a, b) => {
        // Arrange
        fc.pre(JSON.stringify(rule).match(/"year":(\d+)/)?.[1] === undefined || /"year":2024/.test(JSON.stringify(rule)));
        // Act
        const result = checkDeadlineLaws(rule, a, b, { year: 2024 });
        // Assert
        expect(result).toEqual({ ok: true });
      }),
      { numRuns: 300 },
    );
  });

  it("checks the working-day law on a plain rule", () => {
    // Arrange, Act, Assert
    expect(checkDeadlineLaws(parseDeadline("trong 10 ngày làm việc kể từ ngày nhận"), "2024-02-06", "2024-02-05")).toEqual({ ok: true });
  });
});

describe("checkPhraseLaws and checkLunarLaws", () => {
  it("phrase laws hold for generated rules and fail for a rule not in normal form", () => {
    // Arrange, Act, Assert
    fc.assert(
      fc.property(deadlineRuleArb(), (rule) => {
        expect(checkPhraseLaws(rule)).toEqual({ ok: true });
      }),
      { numRuns: 300 },
    );
    expect(checkPhraseLaws({ kind: "relative", amount: 3, unit: "day", anchor: { text: "" } })).toEqual({ ok: false, reason: expect.stringContaining("bare_day_unit") });
  });

  it("lunar laws hold over the supported range", () => {
    fc.assert(
      fc.property(isoDateArb(), (d) => {
        // Arrange, Act, Assert
        expect(checkLunarLaws(d)).toEqual({ ok: true });
      }),
    );
  });
});
