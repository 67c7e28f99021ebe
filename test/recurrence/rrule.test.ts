import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { toDayNumber, fromDayNumber, type DayNumber } from "../../src/day/dayNumber.js";
import { ThoihanError } from "../../src/errors.js";
import { expandRrule, parseRrule } from "../../src/recurrence/rrule.js";
import { dayNumberArb } from "../_arbitraries.js";

const expand = (text: string, from: string, to: string): string[] => expandRrule(parseRrule(text), toDayNumber(from), toDayNumber(to)).map((d) => fromDayNumber(d as DayNumber));

describe("parseRrule / expandRrule", () => {
  it("FREQ=MONTHLY;BYMONTHDAY=10 gives the 10th of every month, whatever the host time zone", () => {
    expect(expand("FREQ=MONTHLY;BYMONTHDAY=10", "2024-01-01", "2024-04-30")).toEqual(["2024-01-10", "2024-02-10", "2024-03-10", "2024-04-10"]);
    expect(expand("RRULE:FREQ=MONTHLY;BYMONTHDAY=10", "2024-01-10", "2024-01-10")).toEqual(["2024-01-10"]);
  });

  it("quarterly BYMONTH lists: 20/3, 20/6, 20/9, 20/12", () => {
    expect(expand("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20", "2024-01-01", "2024-12-31")).toEqual(["2024-03-20", "2024-06-20", "2024-09-20", "2024-12-20"]);
  });

  it("end of month (BYMONTHDAY=-1) and last Friday (BYDAY=-1FR)", () => {
    expect(expand("FREQ=MONTHLY;BYMONTHDAY=-1", "2024-01-01", "2024-03-31")).toEqual(["2024-01-31", "2024-02-29", "2024-03-31"]);
    expect(expand("FREQ=MONTHLY;BYDAY=-1FR", "2024-01-01", "2024-02-29")).toEqual(["2024-01-26", "2024-02-23"]);
  });

  it("weekly on Monday gives Mondays (not the Tuesdays a local dtstart can give, rrule#290)", () => {
    expect(expand("FREQ=WEEKLY;BYDAY=MO", "2024-01-01", "2024-01-31")).toEqual(["2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29"]);
  });

  it("DTSTART fixes the phase of INTERVAL and COUNT", () => {
    expect(expand("DTSTART:20240105\nRRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=5", "2024-01-01", "2024-12-31")).toEqual(["2024-01-05", "2024-03-05", "2024-05-05", "2024-07-05", "2024-09-05", "2024-11-05"]);
    expect(expand("DTSTART;VALUE=DATE:20240105\nFREQ=MONTHLY;COUNT=2;BYMONTHDAY=5", "2024-01-01", "2024-12-31")).toEqual(["2024-01-05", "2024-02-05"]);
    expect(expand("FREQ=MONTHLY;BYMONTHDAY=5;UNTIL=20240301", "2024-01-01", "2024-12-31")).toEqual(["2024-01-05", "2024-02-05"]);
  });

  it.each([
    ["", "empty"],
    ["FREQ=HOURLY", "sub-daily frequency"],
    ["FREQ=MONTHLY;BYMONTHDAY=foo", "non-integer day"],
    ["FREQ=MONTHLY;BYMONTHDAY=32", "day 32"],
    ["FREQ=MONTHLY;BYHOUR=9;BYMONTHDAY=1", "a time part"],
    ["FREQ=MONTHLY;FOO=1;BYMONTHDAY=1", "an unknown part"],
    ["FREQ=MONTHLY", "a monthly rule without days or DTSTART"],
    ["FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1", "INTERVAL without DTSTART"],
    ["FREQ=MONTHLY;COUNT=3;BYMONTHDAY=1", "COUNT without DTSTART"],
    ["FREQ=MONTHLY;INTERVAL=0;BYMONTHDAY=1", "INTERVAL=0"],
    ["FREQ=WEEKLY;BYDAY=XX", "a bad weekday"],
    ["DTSTART;TZID=Asia/Ho_Chi_Minh:20240101T000000\nFREQ=DAILY", "a TZID"],
    ["BYMONTHDAY=1", "no FREQ"],
    ["FREQ=MONTHLY;BYMONTHDAY=1;BYMONTHDAY=2", "a repeated part"],
  ])("rejects %j (%s) with rrule_invalid", (text) => {
    let error: unknown;
    try {
      parseRrule(text, ["rule", "rrule"]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ThoihanError);
    expect((error as ThoihanError).code).toBe("rrule_invalid");
    expect((error as ThoihanError).issues[0]?.path).toEqual(["rule", "rrule"]);
  });

  it("computeDeadline reports a bad RRULE as rrule_invalid", () => {
    const rule: DeadlineRule = { kind: "rrule", rrule: "FREQ=SECONDLY", bound: "by" };
    expect(() => computeDeadline(rule, { anchor: "2024-01-01" })).toThrow(/rrule_invalid/);
  });

  it("computeDeadline with FREQ=MONTHLY;BYMONTHDAY=10 matches the recurring rule 'ngày 10 hàng tháng'", () => {
    const rrule: DeadlineRule = { kind: "rrule", rrule: "FREQ=MONTHLY;BYMONTHDAY=10", bound: "by" };
    const recurring: DeadlineRule = { kind: "recurring", frequency: "monthly", day: 10, bound: "by" };
    for (const anchor of ["2024-07-09", "2024-07-10", "2024-07-11T08:00", "2024-12-31"]) {
      const a = computeDeadline(rrule, { anchor });
      const b = computeDeadline(recurring, { anchor });
      expect([a.lastDay, a.endsAt]).toEqual([b.lastDay, b.endsAt]);
    }
  });
});

describe("expandRrule (properties)", () => {
  it("monthly BYMONTHDAY=d gives exactly the days whose day of month is d, sorted", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), dayNumberArb({ min: toDayNumber("1950-01-01"), max: toDayNumber("2150-01-01") }), fc.integer({ min: 0, max: 400 }), (d, from, span) => {
        // Arrange
        const to = from + span;
        // Act
        const days = expandRrule(parseRrule(`FREQ=MONTHLY;BYMONTHDAY=${d}`), from, to);
        // Assert
        const expected: number[] = [];
        for (let x = from; x <= to; x++) if (Number(fromDayNumber(x as DayNumber).slice(8)) === d) expected.push(x);
        expect(days).toEqual(expected);
      }),
    );
  });
});
