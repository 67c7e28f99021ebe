import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilServiceCalendar, createCalendar } from "../../src/calendar/index.js";
import { isIsoDate, toDayNumber } from "../../src/day/dayNumber.js";
import { civilDateOf, epochMsToInstant, instantToEpochMs } from "../../src/day/instant.js";
import { standardOfficeHours } from "../../src/data/index.js";
import { CalendarRangeError, InvalidInputError } from "../../src/errors.js";
import { lunarMonthLength, lunarToSolar } from "../../src/lunar/index.js";
import { dayNumberArb, instantArb, isoDateArb, lunarDateArb, workingDayArb } from "../../src/testing/index.js";

const office = createCalendar({ name: "standard-office", officeHours: standardOfficeHours });

/** Minutes since local midnight of an instant written with +07:00. */
const clock = (instant: string): number => Number(instant.slice(11, 13)) * 60 + Number(instant.slice(14, 16));

describe("day arbitraries", () => {
  it("reject bounds that are malformed, out of range or crossed", () => {
    // Arrange, Act, Assert
    expect(() => isoDateArb({ min: "2024-02-30" })).toThrow(InvalidInputError);
    expect(() => isoDateArb({ max: "2200-01-01" })).toThrow(CalendarRangeError);
    expect(() => isoDateArb({ min: "2025-01-02", max: "2025-01-01" })).toThrow(InvalidInputError);
    expect(() => dayNumberArb({ min: 1.5 })).toThrow(InvalidInputError);
    expect(() => workingDayArb(civilServiceCalendar, { min: "2025-01-25", max: "2025-02-02" })).toThrow(InvalidInputError); // Tết Ất Tỵ and two weekends
    expect(() => instantArb({ min: "1900-01-01" })).toThrow(InvalidInputError);
    expect(() => instantArb({ officeHoursOnly: true })).toThrow(expect.objectContaining({ code: "office_hours_missing" }));
    expect(() => instantArb({ min: "2025-01-04", max: "2025-01-05T23:00", officeHoursOnly: true, calendar: office })).toThrow(InvalidInputError); // a weekend
  });

  it("a single-day range gives that day", () => {
    // Arrange
    const arb = isoDateArb({ min: "2024-02-29", max: "2024-02-29" });
    // Act
    const values = fc.sample(arb, 10);
    // Assert
    expect(new Set(values)).toEqual(new Set(["2024-02-29"]));
  });
});

describe("day arbitraries (properties)", () => {
  it("isoDateArb gives valid dates within its bounds", () => {
    fc.assert(
      fc.property(isoDateArb({ min: "1999-12-31", max: "2001-01-01" }), (d) => {
        // Arrange, Act, Assert
        expect(isIsoDate(d)).toBe(true);
        expect(d >= "1999-12-31" && d <= "2001-01-01").toBe(true);
      }),
    );
  });

  it("dayNumberArb stays within its bounds, by default the supported range", () => {
    fc.assert(
      fc.property(dayNumberArb(), dayNumberArb({ min: toDayNumber("2024-01-01"), max: toDayNumber("2024-01-31") }), (any, january) => {
        // Arrange, Act, Assert
        expect(any).toBeGreaterThanOrEqual(toDayNumber("1900-01-01"));
        expect(any).toBeLessThanOrEqual(toDayNumber("2199-12-31"));
        expect(january).toBeGreaterThanOrEqual(toDayNumber("2024-01-01"));
        expect(january).toBeLessThanOrEqual(toDayNumber("2024-01-31"));
      }),
    );
  });

  it("workingDayArb gives working days of its calendar within its bounds", () => {
    // Arrange: a calendar with Saturdays worked and a local closure
    const sixDays = createCalendar({ weeklyRest: [7], daysOff: ["2025-03-05"] });
    fc.assert(
      fc.property(workingDayArb(civilServiceCalendar, { min: "2025-01-20", max: "2025-02-10" }), workingDayArb(sixDays, { min: "2025-03-01", max: "2025-03-09" }), (d, s) => {
        // Act, Assert
        expect(civilServiceCalendar.isWorkingDay(d)).toBe(true);
        expect(d >= "2025-01-20" && d <= "2025-02-10").toBe(true);
        expect(sixDays.isWorkingDay(s)).toBe(true);
        expect(s >= "2025-03-01" && s <= "2025-03-09" && s !== "2025-03-05" && s !== "2025-03-02" && s !== "2025-03-09").toBe(true);
      }),
    );
  });

  it("workingDayArb reaches the first and the last working day of its range", () => {
    // Arrange
    const values = new Set(fc.sample(workingDayArb(civilServiceCalendar, { min: "2025-01-24", max: "2025-02-03" }), 200));
    // Assert: 24/01 (Friday) and 03/02 (Monday) are the only working days around Tết 2025
    expect(values).toEqual(new Set(["2025-01-24", "2025-02-03"]));
  });

  it("instantArb gives instants read back exactly, within its bounds, at whole minutes", () => {
    fc.assert(
      fc.property(instantArb({ min: "2024-03-01T08:30:00+07:00", max: "2024-03-02T17:00:00+07:00" }), instantArb(), (t, any) => {
        // Arrange
        const ms = instantToEpochMs(t);
        // Act, Assert
        expect(epochMsToInstant(ms)).toBe(t);
        expect(ms % 60_000).toBe(0);
        expect(ms).toBeGreaterThanOrEqual(instantToEpochMs("2024-03-01T08:30:00+07:00"));
        expect(ms).toBeLessThanOrEqual(instantToEpochMs("2024-03-02T17:00:00+07:00"));
        expect(epochMsToInstant(instantToEpochMs(any))).toBe(any);
      }),
    );
  });

  it("instantArb with officeHoursOnly stays inside the calendar's office sessions and bounds", () => {
    fc.assert(
      fc.property(instantArb({ min: "2025-01-24T10:00", max: "2025-02-03T09:00", officeHoursOnly: true, calendar: office }), (t) => {
        // Arrange
        const day = civilDateOf(t);
        const minute = clock(t);
        // Act
        const sessions = office.officeSessions(day);
        // Assert
        expect(office.isWorkingDay(day)).toBe(true);
        expect(sessions.some((s) => clock(`0000-00-00T${s.start}`) <= minute && minute < clock(`0000-00-00T${s.end}`))).toBe(true);
        expect(t >= "2025-01-24T10:00:00+07:00" && t <= "2025-02-03T09:00:00+07:00").toBe(true);
      }),
    );
  });

  it("lunarDateArb gives existing lunar dates of its solar range", () => {
    fc.assert(
      fc.property(lunarDateArb({ min: "2020-01-01", max: "2030-12-31" }), (l) => {
        // Arrange, Act
        const solar = lunarToSolar(l);
        // Assert
        expect(l.day).toBeLessThanOrEqual(lunarMonthLength(l.year, l.month, l.leap));
        expect(solar >= "2020-01-01" && solar <= "2030-12-31").toBe(true);
      }),
    );
  });

  it("lunarDateArb includes leap months", () => {
    // Arrange, Act: 2020 has a leap 4th month, 2023 a leap 2nd month
    const leap = fc.sample(lunarDateArb({ min: "2020-01-01", max: "2023-12-31" }), 2000).filter((l) => l.leap);
    // Assert
    expect(leap.length).toBeGreaterThan(0);
  });
});
