import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarRangeError, InvalidInputError, ThoihanError, isIsoDate, weekday } from "../../src/index.js";
import { dayNumberFromYmd, fromDayNumber, toDayNumber, weekdayOf, ymdFromDayNumber, type DayNumber } from "../../src/day/dayNumber.js";

describe("toDayNumber", () => {
  it("counts days from 1970-01-01 (day 0), as js-joda's epoch day", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1970-01-02")).toBe(1);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2000-03-01")).toBe(11017);
  });

  it.each(["2024-02-30", "2023-02-29", "2024-2-3", "", "2024-13-01", "2024-00-10", "2024-01-00", "20240101", "2024-01-01T00:00", " 2024-01-01"])(
    "rejects %j with invalid_date (only existing YYYY-MM-DD days are dates)",
    (value) => {
      expect(() => toDayNumber(value)).toThrow(InvalidInputError);
      try {
        toDayNumber(value);
      } catch (e) {
        expect((e as ThoihanError).code).toBe("invalid_date");
        expect((e as ThoihanError).format("en")).toContain("YYYY-MM-DD");
      }
    },
  );

  it.each([null, undefined, 20240101, NaN, {}, ["2024-01-01"]])("rejects the non-string %j with invalid_type, never a TypeError", (value) => {
    expect(() => toDayNumber(value as unknown as string)).toThrow(InvalidInputError);
  });

  it("rejects dates outside 1900-01-01 … 2199-12-31 with CalendarRangeError", () => {
    expect(() => toDayNumber("1899-12-31")).toThrow(CalendarRangeError);
    expect(() => toDayNumber("2200-01-01")).toThrow(CalendarRangeError);
    expect(toDayNumber("1900-01-01")).toBe(dayNumberFromYmd(1900, 1, 1));
    expect(toDayNumber("2199-12-31")).toBe(dayNumberFromYmd(2199, 12, 31));
  });

  it("knows the weekday: mùng 1 Tết Giáp Thìn, 10/02/2024, was a Saturday", () => {
    expect(weekday("2024-02-10")).toBe(6);
    expect(weekday("1970-01-01")).toBe(4);
    expect(weekday("1900-01-01")).toBe(1);
  });
});

describe("toDayNumber (properties)", () => {
  const dayArb = fc.integer({ min: toDayNumber("1900-01-01"), max: toDayNumber("2199-12-31") }).map((n) => n as DayNumber);

  it("fromDayNumber(toDayNumber(d)) === d and the other way round", () => {
    fc.assert(
      fc.property(dayArb, (n) => {
        // Arrange
        const iso = fromDayNumber(n);
        // Act / Assert
        expect(isIsoDate(iso)).toBe(true);
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
  });

  it("consecutive days map to consecutive integers", () => {
    fc.assert(
      fc.property(dayArb, (n) => {
        // Arrange
        const a = ymdFromDayNumber(n);
        const b = ymdFromDayNumber(n + 1);
        // Act
        const sameMonth = a.year === b.year && a.month === b.month;
        // Assert
        if (sameMonth) expect(b.day).toBe(a.day + 1);
        else expect(b.day).toBe(1);
        expect(dayNumberFromYmd(b.year, b.month, b.day)).toBe(n + 1);
      }),
    );
  });

  it("the allocation-free reader and the strict reader agree on every date-shaped string", () => {
    const chars = fc.constantFrom(..."0123456789-/:a ".split(""));
    const shaped = fc.tuple(fc.array(chars, { minLength: 4, maxLength: 4 }), fc.array(chars, { minLength: 2, maxLength: 2 }), fc.array(chars, { minLength: 2, maxLength: 2 }))
      .map(([y, m, d]) => `${y.join("")}-${m.join("")}-${d.join("")}`);
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ maxLength: 12 })), (text) => {
        // Arrange
        const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
        const utc = ymd ? Date.UTC(Number(ymd[1]), Number(ymd[2]) - 1, Number(ymd[3])) : NaN;
        const exists = ymd !== null && new Date(utc).toISOString().slice(0, 10) === text && Number(ymd[1]) >= 1900 && Number(ymd[1]) <= 2199;
        // Act / Assert
        if (exists) expect(toDayNumber(text)).toBe(utc / 86_400_000);
        else expect(() => toDayNumber(text)).toThrow(ThoihanError);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the host's proleptic Gregorian Date in UTC", () => {
    fc.assert(
      fc.property(dayArb, (n) => {
        expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(fromDayNumber(n));
      }),
    );
  });
});

describe("day-number inputs", () => {
  it.each([NaN, 1.5, Infinity, "19000" as unknown as number, undefined as unknown as number])("fromDayNumber(%j) is an InvalidInputError, never a garbage string", (value) => {
    expect(() => fromDayNumber(value as DayNumber)).toThrow(InvalidInputError);
  });

  it("fromDayNumber outside 1900–2199 is a CalendarRangeError naming the date", () => {
    try {
      fromDayNumber(1e6 as DayNumber);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarRangeError);
      expect((e as ThoihanError).issues[0]?.params["value"]).toBe("4707-11-29");
    }
  });

  it("weekdayOf rejects fractions and NaN", () => {
    expect(() => weekdayOf(1.5)).toThrow(InvalidInputError);
    expect(() => weekdayOf(NaN)).toThrow(InvalidInputError);
    expect(weekdayOf(0)).toBe(4);
  });
});
