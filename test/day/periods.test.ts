import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberFromYmd, fromDayNumber, toDayNumber, weekdayOf, ymdFromDayNumber } from "../../src/day/dayNumber.js";
import { isoWeekLabel, MONTHS_IN, periodContaining, periodLabel, periodOf, type MonthPeriodUnit, type PeriodUnit } from "../../src/day/periods.js";
import { readPeriod } from "../../src/deadline/context.js";
import { dayNumberOfYearsArb } from "../_arbitraries.js";

const MONTH_UNITS: readonly MonthPeriodUnit[] = ["month", "quarter", "half_year", "year"];
const UNITS: readonly PeriodUnit[] = ["day", "week", ...MONTH_UNITS];
const day = (iso: string): number => toDayNumber(iso);
const span = (unit: PeriodUnit, iso: string): [string, string, string] => {
  const p = periodContaining(unit, day(iso));
  return [fromDayNumber(p.first), fromDayNumber(p.last), p.label];
};

describe("periods of the calendar (one module for bounds and labels)", () => {
  it("a quarter is three months, a half year six (Bộ luật Dân sự 2015 Đ.146: tháng, quý, 6 tháng, năm are calendar periods)", () => {
    expect(span("month", "2024-02-10")).toEqual(["2024-02-01", "2024-02-29", "2024-02"]);
    expect(span("quarter", "2024-08-31")).toEqual(["2024-07-01", "2024-09-30", "2024-Q3"]);
    expect(span("half_year", "2024-06-30")).toEqual(["2024-01-01", "2024-06-30", "2024-H1"]);
    expect(span("half_year", "2024-07-01")).toEqual(["2024-07-01", "2024-12-31", "2024-H2"]);
    expect(span("year", "2025-05-05")).toEqual(["2025-01-01", "2025-12-31", "2025"]);
    expect(span("day", "2025-05-05")).toEqual(["2025-05-05", "2025-05-05", "2025-05-05"]);
  });

  it("a week runs Monday to Sunday and is labelled by ISO 8601, whose week 1 holds the year's first Thursday", () => {
    expect(span("week", "2024-12-31")).toEqual(["2024-12-30", "2025-01-05", "2025-W01"]);
    expect(span("week", "2021-01-03")).toEqual(["2020-12-28", "2021-01-03", "2020-W53"]);
    expect(isoWeekLabel(day("2026-06-10"))).toBe("2026-W24");
  });

  it("periodOf gives a period from its unit, year and index, and its label reads back to the same period", () => {
    expect(periodOf("quarter", 2024, 4)).toMatchObject({ unit: "quarter", year: 2024, index: 4, label: "2024-Q4", first: day("2024-10-01"), last: day("2024-12-31") });
    expect(periodOf("year", 2024)).toMatchObject({ unit: "year", year: 2024, label: "2024" });
    expect(periodOf("year", 2024)).not.toHaveProperty("index");
    expect(periodLabel("month", 2024, 7)).toBe("2024-07");
    for (const unit of MONTH_UNITS) {
      const p = periodOf(unit, 2031, 1);
      expect(readPeriod(p.label, [])).toEqual(p);
    }
  });

  it("property: the period of a unit holds the day, and the periods of a unit tile the calendar (the next one starts the day after)", () => {
    fc.assert(
      fc.property(dayNumberOfYearsArb(1901, 2198), fc.constantFrom(...UNITS), (d, unit) => {
        const p = periodContaining(unit, d);
        expect(p.first).toBeLessThanOrEqual(d);
        expect(p.last).toBeGreaterThanOrEqual(d);
        const next = periodContaining(unit, p.last + 1);
        expect(next.first).toBe(p.last + 1);
        expect(next.label).not.toBe(p.label);
        expect(periodContaining(unit, p.first)).toEqual(p);
      }),
    );
  });

  it("property: a period of whole months starts on the 1st of its first month and spans its number of months", () => {
    fc.assert(
      fc.property(dayNumberOfYearsArb(1901, 2198), fc.constantFrom(...MONTH_UNITS), (d, unit) => {
        const p = periodContaining(unit, d);
        const first = ymdFromDayNumber(p.first);
        expect(first.day).toBe(1);
        expect((first.month - 1) % MONTHS_IN[unit]).toBe(0);
        const after = ymdFromDayNumber(p.last + 1);
        expect(after.day).toBe(1);
        expect((after.year - first.year) * 12 + after.month - first.month).toBe(MONTHS_IN[unit]);
        expect(readPeriod(p.label, [])).toMatchObject({ first: p.first, last: p.last, label: p.label });
      }),
    );
  });

  it("property: a week's first day is a Monday and its label is the ISO year and week of its Thursday", () => {
    fc.assert(
      fc.property(dayNumberOfYearsArb(1901, 2198), (d) => {
        const p = periodContaining("week", d);
        expect(weekdayOf(p.first)).toBe(1);
        const thursday = p.first + 3;
        const year = ymdFromDayNumber(thursday).year;
        const week = Math.floor((thursday - dayNumberFromYmd(year, 1, 1)) / 7) + 1;
        expect(p.label).toBe(`${year}-W${String(week).padStart(2, "0")}`);
      }),
    );
  });
});
