import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilServiceCalendar as cal, createCalendar } from "../../src/calendar/index.js";
import { projectedHolidays, FIRST_YEAR } from "../../src/calendar/projection.js";
import { schedules } from "../../src/data/index.js";
import { fromDayNumber } from "../../src/day/dayNumber.js";
import { solarToLunar } from "../../src/lunar/index.js";

function projected(year: number, holiday: string): string[] {
  return (projectedHolidays()[year - FIRST_YEAR] ?? []).filter((p) => p.holiday === holiday).map((p) => fromDayNumber(p.day));
}

function official(year: number, holiday: string): string[] {
  return schedules.flatMap((s) => s.rows).filter((r) => r.holiday === holiday && r.kind === "holiday" && r.date.startsWith(String(year))).map((r) => r.date);
}

describe("projection", () => {
  it("Tết = the last two days of the lunar year + mùng 1–3: the official choice in 2019–2021, 2023–2025 and 2027", () => {
    for (const year of [2019, 2020, 2021, 2023, 2024, 2025, 2027]) expect([year, projected(year, "tet")]).toEqual([year, official(year, "tet")]);
  });

  it("Tết differs where the Prime Minister chose 1 day before + 4 after (2022, 2026): a documented limit of the projection", () => {
    for (const year of [2022, 2026]) {
      expect(projected(year, "tet")).not.toEqual(official(year, "tet"));
      expect(projected(year, "tet")).toHaveLength(5);
    }
  });

  it("the adjacent Quốc khánh day is the weekday neighbour joining the weekend (Wed → Tue): the official choice 2021–2027", () => {
    for (let year = 2021; year <= 2027; year++) expect([year, projected(year, "national_day")]).toEqual([year, official(year, "national_day")]);
  });

  it("Quốc khánh has one day under BLLĐ 2012 (to 2020) and two from 2021 (Đ.112.1.đ)", () => {
    expect(projected(2020, "national_day")).toEqual(["2020-09-02"]);
    expect(projected(1950, "national_day")).toEqual(["1950-09-02"]);
    expect(projected(2150, "national_day")).toHaveLength(2);
  });

  it("Giỗ Tổ is 10/3 âm lịch and 24/11 exists only from 2026 (NQ 28/2026/QH16, from 2026-07-01)", () => {
    expect(projected(2025, "hung_kings")).toEqual(["2025-04-07"]);
    expect(projected(2025, "culture_day")).toEqual([]);
    expect(projected(2026, "culture_day")).toEqual(["2026-11-24"]);
  });

  it("projected Giỗ Tổ Hùng Vương days of 2019–2026 match the official rows", () => {
    for (let year = 2019; year <= 2026; year++) expect(projected(year, "hung_kings")).toEqual(official(year, "hung_kings"));
  });

  it("before 2013 (BLLĐ 2012 in force from 2013-05-01) the same rules are projected as an approximation", () => {
    expect(cal.dayInfo("2000-01-01")).toMatchObject({ kind: "holiday", status: "projected", source: { article: "Điều 115.1.a" } });
    expect(cal.dayInfo("2012-04-30").status).toBe("projected");
  });

  it("2028: 1/1 Sat → nghỉ bù Mon 03/01; 30/4 Sun with 1/5 Mon → nghỉ bù Tue 02/05; 2/9 Sat → nghỉ bù Mon 04/09 (Đ.111.3)", () => {
    const comp = cal.specialDays(2028).filter((d) => d.kind === "compensatory_off").map((d) => d.date);
    expect(comp).toEqual(["2028-01-03", "2028-05-02", "2028-09-04"]);
  });
});

describe("projection (properties)", () => {
  const yearArb = fc.integer({ min: 1901, max: 2198 }).filter((y) => y < 2019 || y > 2027);

  it("every projected year has 5 Tết days around mùng 1 and its Giỗ Tổ on 10/3 âm lịch", () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        // Act
        const tet = projected(year, "tet");
        const hung = projected(year, "hung_kings");
        // Assert
        expect(tet).toHaveLength(5);
        expect(solarToLunar(tet[2]!)).toEqual({ year, month: 1, day: 1, leap: false });
        expect(solarToLunar(tet[1]!).month).toBe(12);
        expect(hung.map((d) => solarToLunar(d))).toEqual([{ year, month: 3, day: 10, leap: false }]);
      }),
    );
  });

  it("nghỉ bù is never double-booked: one per holiday on a weekly rest day, each on a distinct weekday", () => {
    fc.assert(
      fc.property(yearArb, fc.boolean(), (year, cultureComp) => {
        // Arrange
        const c = cultureComp ? createCalendar({ cultureDayCompensatory: true }) : cal;
        const days = c.specialDays(year);
        // Act
        const onRest = days.filter((d) => d.kind === "holiday" && d.weekday >= 6 && (cultureComp || d.name !== "Ngày Văn hóa Việt Nam"));
        const comp = days.filter((d) => d.kind === "compensatory_off");
        // Assert (a nghỉ bù of late December may fall in January of the next year: none of the rules has one)
        expect(comp.length).toBe(onRest.length);
        expect(new Set(comp.map((d) => d.date)).size).toBe(comp.length);
        for (const d of comp) expect(d.weekday).toBeLessThanOrEqual(5);
      }),
    );
  });

  it("a projected nghỉ bù closes its break: the day before it is off, so it is the first working day after the holiday", () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        // Arrange
        const comp = cal.specialDays(year).filter((d) => d.kind === "compensatory_off");
        for (const d of comp) {
          // Act
          const dayBefore = new Date(Date.parse(d.date) - 86_400_000).toISOString().slice(0, 10);
          // Assert
          expect(cal.isWorkingDay(dayBefore)).toBe(false);
          expect(d.working).toBe(false);
        }
      }),
    );
  });
});
