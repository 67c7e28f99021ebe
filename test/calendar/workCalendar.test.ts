import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilServiceCalendar as cal, createCalendar } from "../../src/calendar/index.js";
import type { WorkCalendar } from "../../src/calendar/types.js";
import { dayNumberFromYmd, fromDayNumber, toDayNumber, type DayNumber } from "../../src/day/dayNumber.js";
import { CalendarCoverageError, CalendarRangeError, InvalidInputError } from "../../src/errors.js";
import { dayNumberArb, isoDateArb, workingDayArb } from "../_arbitraries.js";
import { thrown } from "../_helpers.js";

/** Naive oracle built from isWorkingDay only: walk day by day. */
function naiveAdd(c: WorkCalendar, date: string, amount: number): string {
  let d: number = toDayNumber(date);
  if (amount === 0) {
    while (!c.isWorkingDay(fromDayNumber(d as DayNumber))) d++;
    return fromDayNumber(d as DayNumber);
  }
  const step = amount > 0 ? 1 : -1;
  for (let left = Math.abs(amount); left > 0; ) {
    d += step;
    if (c.isWorkingDay(fromDayNumber(d as DayNumber))) left--;
  }
  return fromDayNumber(d as DayNumber);
}

function naiveCount(c: WorkCalendar, from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  let n = 0;
  for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d++) if (c.isWorkingDay(fromDayNumber(d as DayNumber))) n++;
  return b >= a ? n : 0 - n;
}

const inner = { min: dayNumberFromYmd(1901, 1, 1), max: dayNumberFromYmd(2198, 12, 31) };
const amountArb = fc.integer({ min: -200, max: 200 });
const calendars: readonly [string, WorkCalendar][] = [
  ["civil service", cal],
  ["private employer", createCalendar({ swaps: false })],
  ["Saturday-open office", createCalendar({ weeklyRest: [7], accept: ["decided", "reported", "proposed"] })],
];

describe("addWorkingDays (properties)", () => {
  it.each(calendars)("%s: countWorkingDays(d, addWorkingDays(d, n)) === n for n ≥ 1, and for n ≤ −1 from a working d", (_name, c) => {
    fc.assert(
      fc.property(isoDateArb(inner), amountArb, (d, n) => {
        // Arrange
        const working = c.isWorkingDay(d);
        // Act
        const e = c.addWorkingDays(d, n);
        // Assert: counting backwards includes d itself (to < d ≤ from), so a non-working d counts one less;
        // n = 0 from a non-working day moves to the next working day.
        const expected = n > 0 ? n : n < 0 ? n + (working ? 0 : 1) : working ? 0 : 1;
        expect(c.countWorkingDays(d, e)).toBe(expected);
      }),
    );
  });

  it.each(calendars)("%s: addWorkingDays(d, countWorkingDays(d, e)) === e for a working e after d", (_name, c) => {
    fc.assert(
      fc.property(isoDateArb({ min: inner.min, max: dayNumberFromYmd(2197, 12, 31) }), fc.integer({ min: 1, max: 400 }), (d, span) => {
        // Arrange
        const e = c.addWorkingDays(fromDayNumber((toDayNumber(d) + span) as DayNumber), 0);
        // Act
        const n = c.countWorkingDays(d, e);
        // Assert
        expect(c.addWorkingDays(d, n)).toBe(e);
      }),
    );
  });

  it.each(calendars)("%s: results are working days", (_name, c) => {
    fc.assert(
      fc.property(isoDateArb(inner), amountArb, (d, n) => {
        // Act
        const e = c.addWorkingDays(d, n);
        // Assert
        expect(c.isWorkingDay(e)).toBe(true);
      }),
    );
  });

  it.each(calendars)("%s: monotonic in the amount (strictly for n ≥ 1)", (_name, c) => {
    fc.assert(
      fc.property(isoDateArb(inner), amountArb, fc.integer({ min: 1, max: 50 }), (d, n, k) => {
        // Act
        const a = c.addWorkingDays(d, n);
        const b = c.addWorkingDays(d, n + k);
        // Assert
        expect(b >= a).toBe(true);
        if (n >= 1) expect(b > a).toBe(true);
      }),
    );
  });

  it.each(calendars)("%s: add(d, n) then add(…, −n) returns to a working d", (_name, c) => {
    fc.assert(
      fc.property(workingDayArb(c), amountArb, (d, n) => {
        // Act
        const there = c.addWorkingDays(d, n);
        // Assert
        expect(c.addWorkingDays(there, -n)).toBe(d);
      }),
    );
  });

  it.each(calendars)("%s: agrees with a day-by-day oracle built from isWorkingDay", (_name, c) => {
    fc.assert(
      fc.property(isoDateArb(inner), fc.integer({ min: -40, max: 40 }), isoDateArb(inner), fc.integer({ min: -120, max: 120 }), (d, n, x, span) => {
        // Arrange
        const y = fromDayNumber((toDayNumber(x) + span) as DayNumber);
        // Act / Assert
        expect(c.addWorkingDays(d, n)).toBe(naiveAdd(c, d, n));
        expect(c.countWorkingDays(x, y)).toBe(naiveCount(c, x, y));
      }),
    );
  });

  it("next/previousWorkingDay are add(±1), and the day-number fast path gives the same answers", () => {
    fc.assert(
      fc.property(dayNumberArb(inner), amountArb, dayNumberArb(inner), (d, n, e) => {
        // Arrange
        const iso = fromDayNumber(d);
        // Act / Assert
        expect(cal.nextWorkingDay(iso)).toBe(cal.addWorkingDays(iso, 1));
        expect(cal.previousWorkingDay(iso)).toBe(cal.addWorkingDays(iso, -1));
        expect(fromDayNumber(cal.days.add(d, n))).toBe(cal.addWorkingDays(iso, n));
        expect(cal.days.count(d, e)).toBe(cal.countWorkingDays(iso, fromDayNumber(e)));
        expect(cal.days.isWorking(d)).toBe(cal.isWorkingDay(iso));
        expect(cal.days.info(d)).toEqual(cal.dayInfo(iso));
        expect(fromDayNumber(cal.days.next(d))).toBe(cal.nextWorkingDay(iso));
        expect(fromDayNumber(cal.days.previous(d))).toBe(cal.previousWorkingDay(iso));
      }),
    );
  });

  it("countWorkingDays is antisymmetric and additive", () => {
    fc.assert(
      fc.property(isoDateArb(), isoDateArb(), isoDateArb(), (a, b, c) => {
        // Act / Assert
        // (+ 0 reads −0 as 0: an empty span counted backwards is −0, the same count)
        expect(cal.countWorkingDays(a, b) + 0).toBe(-cal.countWorkingDays(b, a) + 0);
        expect(cal.countWorkingDays(a, b) + cal.countWorkingDays(b, c) + 0).toBe(cal.countWorkingDays(a, c) + 0);
      }),
    );
  });
});


describe("WorkCalendar errors", () => {
  it.each(["2025-02-30", "2025-2-3", "", "2025-01-01T00:00", "25-01-01"])("rejects the invalid date %j with invalid_date", (date) => {
    const e = thrown(() => cal.addWorkingDays(date, 1));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.code).toBe("invalid_date");
    expect(e.issues[0]?.path).toEqual(["date"]);
    expect(thrown(() => cal.isWorkingDay(date)).code).toBe("invalid_date");
    expect(thrown(() => cal.countWorkingDays("2025-01-01", date)).issues[0]?.path).toEqual(["to"]);
  });

  it.each([null, undefined, 20250101, {}])("rejects the non-string date %j with invalid_type, never a TypeError", (date) => {
    expect(thrown(() => cal.isWorkingDay(date as unknown as string)).code).toBe("invalid_type");
  });

  it("throws CalendarRangeError outside 1900-01-01 … 2199-12-31, for inputs and for results", () => {
    expect(thrown(() => cal.isWorkingDay("1899-12-31"))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => cal.isWorkingDay("2200-01-01")).code).toBe("date_out_of_range");
    expect(thrown(() => cal.addWorkingDays("2199-12-30", 5))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => cal.addWorkingDays("1900-01-02", -5))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => cal.nextWorkingDay("2199-12-31"))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => cal.addWorkingDays("2025-01-01", 1e9))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => cal.specialDays(2200))).toBeInstanceOf(CalendarRangeError);
  });

  it.each([NaN, 1.5, Infinity, -0.1])("rejects the amount %d with invalid_amount", (amount) => {
    const e = thrown(() => cal.addWorkingDays("2025-01-01", amount));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.code).toBe("invalid_amount");
    expect(e.issues[0]?.path).toEqual(["amount"]);
  });

  it.each([["5"], [null], [undefined], [5n]])("rejects the non-number amount %s with invalid_type", (amount) => {
    expect(thrown(() => cal.addWorkingDays("2025-01-01", amount as unknown as number)).code).toBe("invalid_type");
  });

  it("require: 'decided' on 2028 (no official notice, projected) → CalendarCoverageError with year 2028", () => {
    const e = thrown(() => cal.addWorkingDays("2027-12-30", 5, { require: "decided" }));
    expect(e).toBeInstanceOf(CalendarCoverageError);
    expect(e.code).toBe("calendar_year_not_covered");
    // 2027 plain days are projected too: the first undecided day crossed is 31/12/2027.
    const e2 = thrown(() => cal.isWorkingDay("2028-03-15", { require: "decided" })) as CalendarCoverageError;
    expect(e2.year).toBe(2028);
    expect(e2.issues[0]?.params).toEqual({ year: 2028, date: "2028-03-15", status: "projected" });
    expect(e2.format("en")).toContain("2028");
    expect((thrown(() => cal.countWorkingDays("2028-01-01", "2028-02-01", { require: "decided" })) as CalendarCoverageError).year).toBe(2028);
  });

  it("require: 'decided' on 24/11/2026 (reported, NQ 28/2026/QH16) → CalendarCoverageError", () => {
    const e = thrown(() => cal.addWorkingDays("2026-11-23", 1, { require: "decided" })) as CalendarCoverageError;
    expect(e).toBeInstanceOf(CalendarCoverageError);
    expect(e.issues[0]?.params).toEqual({ year: 2026, date: "2026-11-24", status: "reported" });
    expect(thrown(() => cal.dayInfo("2026-11-24", { require: "decided" }))).toBeInstanceOf(CalendarCoverageError);
    expect(thrown(() => cal.countWorkingDays("2026-11-30", "2026-11-20", { require: "decided" }))).toBeInstanceOf(CalendarCoverageError);
  });

  it("require: 'decided' only looks at the days the answer depends on", () => {
    // (start, result]: 20/11 itself is decided and 23/11 (a proposed swap is pending) is not crossed.
    expect(cal.addWorkingDays("2026-11-19", 1, { require: "decided" })).toBe("2026-11-20");
    expect(cal.addWorkingDays("2026-11-26", -1, { require: "decided" })).toBe("2026-11-25");
    expect(thrown(() => cal.addWorkingDays("2026-11-25", -1, { require: "decided" }))).toBeInstanceOf(CalendarCoverageError);
    expect(thrown(() => cal.addWorkingDays("2026-11-20", 1, { require: "decided" }))).toBeInstanceOf(CalendarCoverageError);
    expect(cal.countWorkingDays("2026-11-24", "2026-11-27", { require: "decided" })).toBe(3);
    expect(cal.isWorkingDay("2025-05-02", { require: "decided" })).toBe(false);
    expect(cal.addWorkingDays("2026-11-24", 0, { require: "any" })).toBe("2026-11-25");
    expect(thrown(() => cal.addWorkingDays("2026-11-24", 0, { require: "decided" }))).toBeInstanceOf(CalendarCoverageError);
  });

  it("rejects bad query options", () => {
    expect(thrown(() => cal.isWorkingDay("2025-01-01", { require: "sure" } as never)).issues[0]?.path).toEqual(["options", "require"]);
  });

  it("specialDays wants an integer year", () => {
    expect(thrown(() => cal.specialDays(2025.5)).code).toBe("invalid_amount");
    expect(thrown(() => cal.specialDays("2025" as unknown as number)).code).toBe("invalid_type");
  });

  it("office hours: a calendar without them throws office_hours_missing", () => {
    const e = thrown(() => cal.addWorkingHours("2025-03-12T09:00:00+07:00", 2));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.code).toBe("office_hours_missing");
    expect(thrown(() => cal.countWorkingHours("2025-03-12T09:00", "2025-03-13T09:00")).code).toBe("office_hours_missing");
  });

  it("office hours are delegated to the office clock: 8 h from Wed 07/02/2024 14:00 skip Tết (08–14/02) and keep the clock time", () => {
    const c = createCalendar({ officeHours: { sessions: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }] } });
    expect(c.addWorkingHours("2024-02-07T14:00:00+07:00", 8)).toBe("2024-02-15T14:00:00+07:00");
    expect(c.countWorkingHours("2024-02-07T14:00:00+07:00", "2024-02-15T14:00:00+07:00")).toBe(8);
    expect(thrown(() => c.addWorkingHours("not an instant", 1)).code).toBe("invalid_instant");
  });
});
