import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarRangeError, InvalidInputError } from "../../src/errors.js";
import { MAX_DAY, MIN_DAY, dayNumberFromYmd, fromDayNumber, toDayNumber, type DayNumber } from "../../src/day/dayNumber.js";
import {
  dayNumberToLunar,
  leapMonthOf,
  lunarMonthLength,
  lunarNewYear,
  lunarToDayNumber,
  lunarToSolar,
  solarToLunar,
  type LunarDate,
} from "../../src/lunar/index.js";
import { jdeToJdUt, newMoonJde, newMoonNumberNear } from "../../src/lunar/astronomy.js";
import { lunarTable } from "../../src/lunar/table.js";
import { cardinalPoint, civilDay, jdOfDay, newMoonNear, solarTermNear } from "./independentAstronomy.js";
import { thrown } from "../_helpers.js";


// Tết Nguyên Đán (mùng 1 tháng Giêng) 2000–2030 as published in Vietnamese calendars (lịch vạn
// niên, the yearly holiday notices of Bộ LĐTBXH / Bộ Nội vụ from 2019 on). 2007 and 2030 differ
// from the Chinese calendar (2007-02-18, 2030-02-03).
const TET: Readonly<Record<number, string>> = {
  2000: "2000-02-05", 2001: "2001-01-24", 2002: "2002-02-12", 2003: "2003-02-01", 2004: "2004-01-22",
  2005: "2005-02-09", 2006: "2006-01-29", 2007: "2007-02-17", 2008: "2008-02-07", 2009: "2009-01-26",
  2010: "2010-02-14", 2011: "2011-02-03", 2012: "2012-01-23", 2013: "2013-02-10", 2014: "2014-01-31",
  2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16", 2019: "2019-02-05",
  2020: "2020-01-25", 2021: "2021-02-12", 2022: "2022-02-01", 2023: "2023-01-22", 2024: "2024-02-10",
  2025: "2025-01-29", 2026: "2026-02-17", 2027: "2027-02-06", 2028: "2028-01-26", 2029: "2029-02-13",
  2030: "2030-02-02",
};

// Giỗ Tổ Hùng Vương (10/3 âm lịch) 2000–2030, as published (a public holiday since 2007; the
// 2019–2026 rows are the days off of the official notices).
const GIO_TO: Readonly<Record<number, string>> = {
  2000: "2000-04-14", 2001: "2001-04-03", 2002: "2002-04-22", 2003: "2003-04-11", 2004: "2004-04-28",
  2005: "2005-04-18", 2006: "2006-04-07", 2007: "2007-04-26", 2008: "2008-04-15", 2009: "2009-04-04",
  2010: "2010-04-23", 2011: "2011-04-12", 2012: "2012-03-31", 2013: "2013-04-19", 2014: "2014-04-09",
  2015: "2015-04-28", 2016: "2016-04-16", 2017: "2017-04-06", 2018: "2018-04-25", 2019: "2019-04-14",
  2020: "2020-04-02", 2021: "2021-04-21", 2022: "2022-04-10", 2023: "2023-04-29", 2024: "2024-04-18",
  2025: "2025-04-07", 2026: "2026-04-26", 2027: "2027-04-16", 2028: "2028-04-04", 2029: "2029-04-23",
  2030: "2030-04-12",
};

// Leap months (tháng nhuận) of the Vietnamese calendar 2019–2027; 0 = no leap month.
const LEAP_2019_2027: Readonly<Record<number, number>> = {
  2019: 0, 2020: 4, 2021: 0, 2022: 0, 2023: 2, 2024: 0, 2025: 6, 2026: 0, 2027: 0,
};

const years = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("solarToLunar", () => {
  it.each(years(2000, 2030))("Tết %i is mùng 1 tháng Giêng on the published Vietnamese date", (year) => {
    // Arrange
    const expected = TET[year] as string;
    // Act
    const lunar = solarToLunar(expected);
    // Assert
    expect(lunar).toEqual({ year, month: 1, day: 1, leap: false });
    expect(lunarNewYear(year)).toBe(expected);
    expect(lunarToSolar({ year, month: 1, day: 1 })).toBe(expected);
    expect(solarToLunar(fromDayNumber((toDayNumber(expected) - 1) as DayNumber)).month).toBe(12);
  });

  it.each(years(2000, 2030))("Giỗ Tổ Hùng Vương %i (10/3 âm lịch) is on the published date", (year) => {
    // Arrange
    const expected = GIO_TO[year] as string;
    // Act
    const solar = lunarToSolar({ year, month: 3, day: 10 });
    // Assert
    expect(solar).toBe(expected);
    expect(solarToLunar(expected)).toEqual({ year, month: 3, day: 10, leap: false });
  });

  it.each(Object.entries(LEAP_2019_2027))("year %s has the leap month of the Vietnamese calendar (%i)", (year, leap) => {
    expect(leapMonthOf(Number(year))).toBe(leap);
  });

  it("finds the leap months of 2020, 2023 and 2025 between the right months", () => {
    // Arrange / Act
    const leap4 = solarToLunar("2020-05-23"); // mùng 1 tháng 4 nhuận Canh Tý
    const leap2 = solarToLunar("2023-03-22"); // mùng 1 tháng 2 nhuận Quý Mão
    const leap6 = solarToLunar("2025-07-25"); // mùng 1 tháng 6 nhuận Ất Tỵ
    // Assert
    expect(leap4).toEqual({ year: 2020, month: 4, day: 1, leap: true });
    expect(leap2).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(leap6).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(solarToLunar("2025-07-24")).toEqual({ year: 2025, month: 6, day: 30, leap: false });
    expect(solarToLunar("2025-08-23")).toEqual({ year: 2025, month: 7, day: 1, leap: false });
  });

  it("reads the examples of the documentation", () => {
    expect(dayNumberToLunar(toDayNumber("2024-02-10"))).toEqual({ year: 2024, month: 1, day: 1, leap: false });
    expect(fromDayNumber(lunarToDayNumber(2025, 3, 10))).toBe("2025-04-07");
    expect(fromDayNumber(lunarToDayNumber(2025, 6, 1, true))).toBe("2025-07-25");
    expect(solarToLunar("2025-08-22")).toEqual({ year: 2025, month: 6, day: 29, leap: true });
    expect(lunarToSolar({ year: 2024, month: 3, day: 10 })).toBe("2024-04-18");
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe("2023-03-22");
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2024)).toBe(0);
    expect(lunarMonthLength(2024, 12)).toBe(29);
    expect(lunarMonthLength(2025, 6, true)).toBe(29);
    expect(lunarNewYear(2026)).toBe("2026-02-17");
    expect(lunarNewYear(2007)).toBe("2007-02-17");
  });

  it("covers the ends of the range 1900-01-01 … 2199-12-31", () => {
    // Tết 1900 (Canh Tý) was 1900-01-31; 1900-01-01 is in tháng Một or Chạp of Kỷ Hợi (1899).
    expect(lunarNewYear(1900)).toBe("1900-01-31");
    expect(solarToLunar("1900-01-01").year).toBe(1899);
    expect(solarToLunar("2199-12-31").year).toBe(2199);
    expect(thrown(() => solarToLunar("1899-12-31"))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => solarToLunar("2200-01-01")).code).toBe("date_out_of_range");
    expect(thrown(() => lunarToSolar({ year: 1899, month: 1, day: 1 }))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => lunarToSolar({ year: 2250, month: 1, day: 1 })).code).toBe("date_out_of_range");
    expect(thrown(() => lunarNewYear(2200))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => leapMonthOf(1800))).toBeInstanceOf(CalendarRangeError);
    // Lunar year 1899 (Kỷ Hợi) is complete in the table even though it starts before 1900.
    expect(leapMonthOf(1899)).toBe(0);
    for (const month of years(1, 12)) expect([29, 30]).toContain(lunarMonthLength(1899, month));
    const { firstMonthIndex, starts, labels } = lunarTable();
    expect([...firstMonthIndex].every((i) => i >= 0 && i < labels.length)).toBe(true);
    expect(starts.length).toBe(labels.length + 1);
  });
});

describe("solarToLunar (Vietnam and China)", () => {
  it("puts Tết 1985 a month before China's: the solstice fell on 21/12/1984 in UTC+7", () => {
    // The winter solstice was at about 1984-12-21 23:20 (UTC+7) = 1984-12-22 00:20 (UTC+8), and a new
    // moon at 1984-12-22 18:46 (UTC+7). In China the solstice is in the month starting 22/12, so
    // that is month 11; in Vietnam it is in the month starting 23/11, so 22/12 starts month 12 and
    // the next new moon (21/01/1985) is Tết. Vietnam then has a leap month 2 in 1985.
    expect(lunarNewYear(1985)).toBe("1985-01-21");
    expect(solarToLunar("1985-02-20")).toEqual({ year: 1985, month: 2, day: 1, leap: false });
    expect(leapMonthOf(1985)).toBe(2);
  });

  it("puts Tết Mậu Thân 1968 on 29 January, the first Tết computed for UTC+7 in the North", () => {
    // The northern calendar moved to UTC+7 from 1968 (the basis of the 1968–2199 check below);
    // calendars still computed for UTC+8 had Tết on 30 January 1968.
    expect(lunarNewYear(1968)).toBe("1968-01-29");
    expect(solarToLunar("1968-01-30")).toEqual({ year: 1968, month: 1, day: 2, leap: false });
  });

  it.each([
    // Each new moon falls between 16:00 and 17:00 UT: before midnight in UTC+7, after it in UTC+8.
    [2007, "2007-02-17", "2007-02-18"], // new moon 2007-02-17 16:14 UT
    [2030, "2030-02-02", "2030-02-03"], // new moon 2030-02-02 16:07 UT
    [2053, "2053-02-18", "2053-02-19"], // new moon 2053-02-18 16:31 UT (computed; ΔT ≈ 1.5 min)
  ])("puts Tết %i on %s, the day before China's %s", (year, vietnam, china) => {
    expect(lunarNewYear(year)).toBe(vietnam);
    expect(solarToLunar(china)).toEqual({ year, month: 1, day: 2, leap: false });
  });

  it("never uses Intl's Chinese calendar", () => {
    // Arrange
    const folder = fileURLToPath(new URL("../../src/lunar/", import.meta.url));
    // Act
    const sources = readdirSync(folder).map((name) => readFileSync(folder + name, "utf8"));
    // Assert
    expect(sources.length).toBeGreaterThan(0);
    for (const text of sources) {
      expect(text).not.toMatch(/Intl\s*\.\s*DateTimeFormat/);
      expect(text).not.toMatch(/calendar\s*:\s*["']chinese["']/);
      expect(text).not.toMatch(/-u-ca-chinese/);
    }
  });
});

describe("lunarToSolar (errors)", () => {
  it("rejects day 30 of a 29-day month with lunar_date_invalid", () => {
    // Arrange: tháng Chạp Giáp Thìn (2024) has 29 days.
    expect(lunarMonthLength(2024, 12)).toBe(29);
    // Act
    const error = thrown(() => lunarToSolar({ year: 2024, month: 12, day: 30 }));
    // Assert
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe("lunar_date_invalid");
    expect(error.issues[0]?.params).toMatchObject({ year: 2024, month: 12, day: 30 });
  });

  it.each([
    [{ year: 2024, month: 1, day: 0 }],
    [{ year: 2024, month: 13, day: 1 }],
    [{ year: 2024, month: 0, day: 1 }],
    [{ year: 2024, month: 1, day: 31 }],
  ])("rejects the non-existent %j with lunar_date_invalid", (input) => {
    expect(thrown(() => lunarToSolar(input)).code).toBe("lunar_date_invalid");
  });

  it("rejects a leap month in a year without one, or the wrong leap month", () => {
    // Act
    const none = thrown(() => lunarToSolar({ year: 2024, month: 4, day: 1, leap: true }));
    const wrong = thrown(() => lunarToSolar({ year: 2025, month: 5, day: 1, leap: true }));
    // Assert
    expect(none).toBeInstanceOf(InvalidInputError);
    expect(none.code).toBe("lunar_leap_month_absent");
    expect(none.issues[0]?.params).toEqual({ year: 2024, month: 4, leapMonth: 0 });
    expect(none.issues[0]?.path).toEqual(["leap"]);
    expect(wrong.issues[0]?.params).toEqual({ year: 2025, month: 5, leapMonth: 6 });
    expect(wrong.format("en")).toContain("its leap month is 6");
    expect(thrown(() => lunarMonthLength(2024, 4, true)).code).toBe("lunar_leap_month_absent");
  });

  it.each([
    [null, "invalid_type"],
    ["2024-01-01", "invalid_type"],
    [{ year: "2024", month: 1, day: 1 }, "invalid_type"],
    [{ year: 2024, month: 1 }, "invalid_type"],
    [{ year: 2024, month: 1, day: 1, leap: "yes" }, "invalid_type"],
    [{ year: 2024, month: 1, day: Number.NaN }, "invalid_amount"],
    [{ year: 2024, month: 1.5, day: 1 }, "invalid_amount"],
    [{ year: Infinity, month: 1, day: 1 }, "invalid_amount"],
  ])("rejects the badly typed %j with %s, never a TypeError", (input, code) => {
    const error = thrown(() => lunarToSolar(input as never));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe(code);
  });

  it("rejects bad arguments of the other functions with coded errors", () => {
    expect(thrown(() => solarToLunar(20240210 as never)).code).toBe("invalid_type");
    expect(thrown(() => solarToLunar("2024-02-30")).code).toBe("invalid_date");
    expect(thrown(() => dayNumberToLunar(1.5 as DayNumber)).code).toBe("invalid_amount");
    expect(thrown(() => dayNumberToLunar(Number.NaN as DayNumber))).toBeInstanceOf(InvalidInputError);
    expect(thrown(() => dayNumberToLunar((MAX_DAY + 1) as DayNumber))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => lunarToDayNumber(2024, 12, 30)).code).toBe("lunar_date_invalid");
    expect(thrown(() => leapMonthOf("2024" as never)).code).toBe("invalid_type");
    expect(thrown(() => lunarNewYear(2024.5)).code).toBe("invalid_amount");
    expect(thrown(() => lunarMonthLength(2024, 13)).code).toBe("lunar_date_invalid");
  });

  it("does not mutate its input and returns frozen dates", () => {
    // Arrange
    const input = Object.freeze({ year: 2025, month: 6, day: 15, leap: true });
    // Act
    const solar = lunarToSolar(input);
    const back = solarToLunar(solar);
    // Assert
    expect(input).toEqual({ year: 2025, month: 6, day: 15, leap: true });
    expect(back).toEqual(input);
    expect(Object.isFrozen(back)).toBe(true);
  });
});

/** Every lunar date of the range, walked day by day once (about 110 000 days). */
function walkRange(): { readonly day: number; readonly lunar: LunarDate }[] {
  const out: { day: number; lunar: LunarDate }[] = [];
  for (let day = MIN_DAY as number; day <= MAX_DAY; day++) out.push({ day, lunar: dayNumberToLunar(day as DayNumber) });
  return out;
}

describe("solarToLunar (properties)", () => {
  const all = walkRange();

  it("round-trips solar → lunar → solar for any day 1900–2199", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (n) => {
        // Arrange
        const iso = fromDayNumber(n as DayNumber);
        // Act
        const lunar = solarToLunar(iso);
        // Assert
        expect(lunarToSolar(lunar)).toBe(iso);
        expect(lunarToDayNumber(lunar.year, lunar.month, lunar.day, lunar.leap)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips lunar → solar → lunar for any valid lunar date", () => {
    const lunarDateArb = fc
      .record({ year: fc.integer({ min: 1900, max: 2198 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 30 }), leap: fc.boolean() })
      .map(({ year, month, day, leap }) => {
        const isLeap = leap && leapMonthOf(year) !== 0;
        const m = isLeap ? leapMonthOf(year) : month;
        return { year, month: m, day: Math.min(day, lunarMonthLength(year, m, isLeap)), leap: isLeap };
      });
    fc.assert(
      fc.property(lunarDateArb, (input) => {
        // Act
        const solar = lunarToSolar(input);
        // Assert
        expect(solarToLunar(solar)).toEqual(input);
      }),
      { numRuns: 2000 },
    );
  });

  it("maps consecutive days to consecutive lunar days, in months of 29 or 30 days", () => {
    for (let i = 1; i < all.length; i++) {
      // Arrange
      const prev = (all[i - 1] as { lunar: LunarDate }).lunar;
      const cur = (all[i] as { lunar: LunarDate }).lunar;
      // Assert
      if (cur.day === 1) {
        expect([29, 30]).toContain(prev.day);
        expect(lunarMonthLength(prev.year, prev.month, prev.leap)).toBe(prev.day);
      } else {
        expect(cur).toEqual({ ...prev, day: prev.day + 1 });
      }
    }
  });

  it("has years of 12 or 13 months, exactly one leap month in 13-month years, as leapMonthOf says", () => {
    // Arrange: the months seen between consecutive Tết, walking every day of 1900–2199.
    const months = new Map<number, string[]>();
    for (const { lunar } of all) {
      if (lunar.day !== 1) continue;
      const list = months.get(lunar.year) ?? [];
      list.push(`${lunar.month}${lunar.leap ? "+" : ""}`);
      months.set(lunar.year, list);
    }
    for (const year of years(1900, 2198)) {
      // Act
      const list = months.get(year) ?? [];
      const leapMonth = leapMonthOf(year);
      const leaps = list.filter((m) => m.endsWith("+"));
      // Assert
      expect(list.length).toBe(leapMonth === 0 ? 12 : 13);
      expect(leaps).toEqual(leapMonth === 0 ? [] : [`${leapMonth}+`]);
      const expected = years(1, 12).flatMap((m) => (m === leapMonth ? [`${m}`, `${m}+`] : [`${m}`]));
      expect(list).toEqual(expected);
      expect(lunarToDayNumber(year + 1, 1, 1) - lunarToDayNumber(year, 1, 1)).toBe(
        years(1, 12).reduce((sum, m) => sum + lunarMonthLength(year, m), leapMonth === 0 ? 0 : lunarMonthLength(year, leapMonth, true)),
      );
    }
  });

  it("puts Tết between 21 January and 20 February", () => {
    for (const year of years(1900, 2199)) {
      const tet = lunarNewYear(year).slice(5);
      expect(tet >= "01-21" && tet <= "02-20").toBe(true);
    }
  });

  it("places leap months 11, 12 and 1 only where astronomy puts them, and never leaps month 11 twice", () => {
    // Arrange / Act
    const unusual = years(1899, 2199).filter((y) => [11, 12, 1].includes(leapMonthOf(y)));
    // Assert: the 2033 leap month 11 is the well-known "2033 problem" of the Chinese-style rules.
    expect(unusual.map((y) => `${y}:${leapMonthOf(y)}`)).toEqual(["2033:11", "2128:11", "2148:1"]);
    for (const year of years(1899, 2199)) expect(leapMonthOf(year)).toBeGreaterThanOrEqual(0);
  });
});

describe("solarToLunar (independent UTC+7 computation, 1968–2199)", () => {
  const FROM = dayNumberFromYmd(1968, 1, 1);
  const TO = dayNumberFromYmd(2199, 12, 31);
  /** Largest difference tolerated between the two new-moon methods, in minutes. */
  const TOLERANCE_MINUTES = 3;
  /**
   * Month starts where the two computations give different civil days because the new moon is
   * within TOLERANCE_MINUTES of midnight (UTC+7); the day is not decidable to that precision.
   */
  const TOLERATED_MONTH_STARTS: readonly string[] = ["2175-01-22"];

  it("starts every month on the civil day (UTC+7) of an independently computed new moon", () => {
    // Arrange
    const { starts } = lunarTable();
    const mismatches: string[] = [];
    let compared = 0;
    let worst = 0;
    for (const start of starts) {
      if (start < FROM || start > TO) continue;
      // Act
      const newMoon = newMoonNear(jdOfDay(start) + 0.5);
      const { day, minutesFromMidnight } = civilDay(newMoon);
      compared++;
      const meeus = jdeToJdUt(newMoonJde(newMoonNumberNear(jdOfDay(start) + 0.5)));
      worst = Math.max(worst, Math.abs(newMoon - meeus) * 1440);
      if (day !== start) {
        mismatches.push(fromDayNumber(start as DayNumber));
        expect(minutesFromMidnight).toBeLessThan(TOLERANCE_MINUTES);
      }
    }
    // Assert
    expect(compared).toBeGreaterThan(2860);
    expect(mismatches).toEqual(TOLERATED_MONTH_STARTS);
    expect(mismatches.length).toBeLessThanOrEqual(3);
    // The two methods agree on the instant itself to well within the tolerance (about 2 minutes
    // at worst, late in the range where the Sun series of the check is weakest).
    expect(worst).toBeLessThan(TOLERANCE_MINUTES);
  });

  it("numbers every month as the independent computation does (month 11 at the solstice, leap months)", () => {
    // Arrange: independent month starts (Dec 1967 … 2200) and the civil days of the 12 major
    // solar terms (trung khí) of each year.
    const moons: number[] = [];
    let jd = newMoonNear(jdOfDay(dayNumberFromYmd(1967, 11, 1)));
    while (jd < jdOfDay(dayNumberFromYmd(2201, 2, 1))) {
      moons.push(civilDay(jd).day);
      jd = newMoonNear(jd + 29.530588);
    }
    const termDays: number[] = [];
    const solsticeDay = new Map<number, number>();
    for (let year = 1967; year <= 2200; year++) {
      for (let k = 0; k < 12; k++) {
        const degrees = (270 + 30 * k) % 360; // 270° (Đông chí) in December, then the following terms
        const guess = jdOfDay(dayNumberFromYmd(year, 12, 21)) + 30.44 * k;
        const day = civilDay(solarTermNear(degrees, guess)).day;
        termDays.push(day);
        if (k === 0) solsticeDay.set(year, day);
      }
    }
    const hasTerm = (from: number, to: number): boolean => termDays.some((d) => d >= from && d < to);
    // Month 11 of year Y: the month whose [start, next start) holds the solstice's civil day.
    const month11 = (year: number): number => moons.findIndex((s, i) => s <= (solsticeDay.get(year) as number) && (solsticeDay.get(year) as number) < (moons[i + 1] as number));
    const expected = new Map<number, LunarDate>();
    for (let year = 1968; year <= 2200; year++) {
      const a = month11(year - 1);
      const c = month11(year);
      let leapIndex = -1;
      if (c - a === 13) {
        for (let i = a + 1; i < c && leapIndex < 0; i++) if (!hasTerm(moons[i] as number, moons[i + 1] as number)) leapIndex = i;
      }
      let month = 11;
      let lunarYear = year - 1;
      for (let i = a; i < c; i++) {
        if (i > a && i !== leapIndex) {
          month = month === 12 ? 1 : month + 1;
          if (month === 1) lunarYear++;
        }
        expected.set(moons[i] as number, { year: lunarYear, month, day: 1, leap: i === leapIndex });
      }
    }
    // Act / Assert
    let compared = 0;
    const differences: string[] = [];
    for (const [start, lunar] of expected) {
      if (start < FROM || start > TO) continue;
      // For a tolerated month, the table starts it one day off: compare the table's first day.
      const near = [start - 1, start + 1].find((d) => TOLERATED_MONTH_STARTS.includes(fromDayNumber(d as DayNumber)));
      compared++;
      const actual = dayNumberToLunar((near ?? start) as DayNumber);
      if (JSON.stringify(actual) !== JSON.stringify(lunar)) differences.push(`${fromDayNumber(start as DayNumber)}: ${JSON.stringify(actual)} vs ${JSON.stringify(lunar)}`);
    }
    expect(compared).toBeGreaterThan(2860);
    expect(differences).toEqual([]);
  });

  it("puts every equinox and solstice of 1900–2199 (Meeus ch. 27) in month 2, 5, 8 or 11, never in a leap month", () => {
    // Arrange: the third method reproduces the published instants of 2024 (to the minute).
    const iso = (jd: number): string => new Date(Math.round((jd - 2440587.5) * 86400) * 1000).toISOString().slice(0, 16);
    expect([0, 1, 2, 3].map((w) => iso(cardinalPoint(2024, w as 0 | 1 | 2 | 3)))).toEqual([
      "2024-03-20T03:06",
      "2024-06-20T20:50",
      "2024-09-22T12:43",
      "2024-12-21T09:20",
    ]);
    const monthOf = [2, 5, 8, 11] as const;
    const closeCalls: string[] = [];
    for (const year of years(1900, 2199)) {
      for (const which of [0, 1, 2, 3] as const) {
        // Act
        const { day, minutesFromMidnight } = civilDay(cardinalPoint(year, which));
        if (day > MAX_DAY) continue;
        const lunar = dayNumberToLunar(day as DayNumber);
        // Assert
        expect(lunar.month).toBe(monthOf[which]);
        expect(lunar.leap).toBe(false);
        if (minutesFromMidnight < 15 && (lunar.day === 1 || lunar.day >= 29)) closeCalls.push(fromDayNumber(day as DayNumber));
      }
    }
    // The terms within 15 minutes of a month boundary: the equinox of 1938-09-23 23:59:36 (UTC+7)
    // and that of 2033-09-22 23:51, both on the last day of month 8, and 2175-03-21 (March equinox).
    expect(closeCalls).toEqual(["1938-09-23", "2033-09-22", "2175-03-21"]);
  });
});

describe("lunarToSolar input", () => {
  it("rejects unknown keys (a misspelt leap flag must not be ignored silently)", () => {
    expect(() => lunarToSolar({ year: 2025, month: 6, day: 1, leep: true } as never)).toThrow(/unknown_key/);
  });
});
