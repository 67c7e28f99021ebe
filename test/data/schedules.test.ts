import { describe, expect, it } from "vitest";
import { holidayIds, schedules, schedulesByYear, sources, statutory, yearScheduleSchema } from "../../src/data/index.js";
import { toDayNumber, weekdayOf } from "../../src/day/dayNumber.js";
import { solarToLunar } from "../../src/lunar/index.js";

describe("yearScheduleSchema", () => {
  it.each(schedules.map((s) => [s.year, s] as const))("accepts the schedule of %i", (_year, schedule) => {
    // Arrange / Act
    const result = yearScheduleSchema.safeParse(schedule);
    // Assert
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("rejects unknown keys, impossible dates and unknown sources (strict objects)", () => {
    const good = schedulesByYear[2025]!;
    expect(yearScheduleSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
    expect(yearScheduleSchema.safeParse({ ...good, rows: [{ ...good.rows[0]!, date: "2025-02-30" }] }).success).toBe(false);
    expect(yearScheduleSchema.safeParse({ ...good, rows: [{ ...good.rows[0]!, source: "S1999" }] }).success).toBe(false);
  });
});

describe("schedules", () => {
  it("cover 2019–2027, one file per year, sorted by year", () => {
    expect(schedules.map((s) => s.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    for (const s of schedules) expect(schedulesByYear[s.year]).toBe(s);
  });

  it.each(schedules.map((s) => [s.year, s] as const))("%i: rows sorted by date, no duplicate dates", (_year, schedule) => {
    const dates = schedule.rows.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it.each(schedules.map((s) => [s.year, s] as const))("%i: each row's weekday (dow of the table) is the weekday of its date", (_year, schedule) => {
    for (const row of schedule.rows) expect([row.date, weekdayOf(toDayNumber(row.date))]).toEqual([row.date, row.weekday]);
  });

  it.each(schedules.map((s) => [s.year, s] as const))("%i: rows belong to the year (a Tết Dương lịch swap may start in late December before)", (year, schedule) => {
    for (const row of schedule.rows) {
      const y = Number(row.date.slice(0, 4));
      expect(y === year || (y === year - 1 && row.date >= `${y}-12-01`)).toBe(true);
    }
  });

  it.each(schedules.map((s) => [s.year, s] as const))("%i: statuses follow the evidence (C/D → decided, R → reported, P → proposed)", (_year, schedule) => {
    const expected = { C: "decided", D: "decided", R: "reported", P: "proposed", M: "reported" } as const;
    for (const row of schedule.rows) expect([row.date, row.status]).toEqual([row.date, expected[row.evidence]]);
  });

  it.each(schedules.map((s) => [s.year, s] as const))("%i: every row's source and every listed source resolves to a document", (_year, schedule) => {
    for (const row of schedule.rows) {
      expect(sources[row.source]?.key).toBe(row.source);
      expect(schedule.sources).toContain(row.source);
    }
    for (const key of schedule.sources) expect(sources[key]).toBeDefined();
  });

  it.each(schedules.map((s) => [s.year, s] as const))("%i: every holiday the schedule decides has at least one holiday row", (_year, schedule) => {
    for (const id of schedule.decides) {
      expect(holidayIds).toContain(id);
      expect(schedule.rows.some((r) => r.holiday === id && r.kind === "holiday")).toBe(true);
    }
    for (const row of schedule.rows) expect(schedule.decides).toContain(row.holiday);
  });

  it("Tết rows are named after their lunar date: the last days of Chạp (29/30, 'cuối năm' when Chạp has 29 days) and mùng N", () => {
    for (const schedule of schedules) {
      for (const row of schedule.rows.filter((r) => r.holiday === "tet" && r.kind === "holiday")) {
        // Arrange
        const lunar = solarToLunar(row.date);
        const next = solarToLunar(new Date(Date.parse(row.date) + 86_400_000).toISOString().slice(0, 10));
        // Act / Assert
        if (lunar.month === 12) {
          const lastDay = next.month === 1 && next.day === 1;
          expect(row.name, row.date).toBe(`Tết (${lunar.day} Chạp${lastDay && lunar.day === 29 ? ", cuối năm" : ""})`);
        } else {
          expect([row.date, lunar.month]).toEqual([row.date, 1]);
          expect(row.name, row.date).toBe(`Tết (mùng ${lunar.day})`);
        }
      }
    }
  });

  it("Tết has 5 holiday rows every year (BLLĐ 2012 Đ.115.1.b, BLLĐ 2019 Đ.112.1.b)", () => {
    for (const schedule of schedules) expect([schedule.year, schedule.rows.filter((r) => r.holiday === "tet" && r.kind === "holiday").length]).toEqual([schedule.year, 5]);
  });

  it("Giỗ Tổ Hùng Vương rows fall on 10/3 âm lịch (Đ.112.1.e)", () => {
    const rows = schedules.flatMap((s) => s.rows.filter((r) => r.holiday === "hung_kings" && r.kind === "holiday"));
    expect(rows.length).toBe(8);
    for (const row of rows) expect([row.date, solarToLunar(row.date)]).toEqual([row.date, { year: Number(row.date.slice(0, 4)), month: 3, day: 10, leap: false }]);
  });

  it("Quốc khánh has 1 holiday day under BLLĐ 2012 (2019–2020) and 2 adjacent days from 2021 (Đ.112.1.đ)", () => {
    for (const schedule of schedules) {
      const days = schedule.rows.filter((r) => r.holiday === "national_day" && r.kind === "holiday").map((r) => toDayNumber(r.date));
      expect(days.length).toBe(schedule.year <= 2020 ? 1 : 2);
      expect(days).toContain(toDayNumber(`${schedule.year}-09-02`));
      if (days.length === 2) expect(Math.abs(days[1]! - days[0]!)).toBe(1);
    }
  });

  it("every swap is balanced: one swapped_off weekday per makeup_workday Saturday of the same source", () => {
    for (const schedule of schedules) {
      const swapped = schedule.rows.filter((r) => r.kind === "swapped_off");
      const made = schedule.rows.filter((r) => r.kind === "makeup_workday");
      expect(swapped.length).toBe(made.length);
      for (const r of swapped) expect(r.weekday).toBeLessThanOrEqual(5);
      for (const r of made) expect(r.weekday).toBe(6);
    }
  });

  it("2026 carries the proposed swap for 24/11 (Mon 23/11 off, Sat 28/11 worked), status proposed", () => {
    const rows = schedulesByYear[2026]!.rows.filter((r) => r.status === "proposed");
    expect(rows.map((r) => [r.date, r.kind])).toEqual([
      ["2026-11-23", "swapped_off"],
      ["2026-11-28", "makeup_workday"],
    ]);
    expect(schedulesByYear[2026]!.rows.find((r) => r.date === "2026-11-24")?.status).toBe("reported");
  });

  it("2027 decides only Tết and Quốc khánh, all reported (CV 10065/VPCP-KGVX), plain days projected", () => {
    const s = schedulesByYear[2027]!;
    expect(s.decides).toEqual(["tet", "national_day"]);
    expect(s.plainDays).toBe("projected");
    expect(new Set(s.rows.map((r) => r.status))).toEqual(new Set(["reported"]));
    expect(s.rows.map((r) => r.date)).toEqual(["2027-02-04", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-09-02", "2027-09-03"]);
  });

  it("all names are NFC", () => {
    for (const s of schedules) for (const r of s.rows) expect(r.name).toBe(r.name.normalize("NFC"));
  });
});

describe("statutory", () => {
  it("lists BLLĐ 2012 rules up to 2020-12-31 and BLLĐ 2019 rules from 2021-01-01, with articles", () => {
    for (const rule of statutory.holidays) {
      if (rule.source.key === "BLLD2012") expect(rule.validTo).toBe("2020-12-31");
      if (rule.source.key === "BLLD2019") expect(rule.validFrom).toBe("2021-01-01");
      expect(rule.source.article).toMatch(/^Điều /);
    }
    expect(statutory.holidays.filter((r) => r.source.key === "BLLD2012").reduce((n, r) => n + r.days, 0)).toBe(10);
    expect(statutory.holidays.filter((r) => r.source.key === "BLLD2019").reduce((n, r) => n + r.days, 0)).toBe(11);
  });

  it("24/11 Ngày Văn hóa Việt Nam is reported from 2026-07-01 (NQ 28/2026/QH16) without nghỉ bù by default (open question)", () => {
    const rule = statutory.holidays.find((r) => r.id === "culture_day")!;
    expect(rule).toMatchObject({ validFrom: "2026-07-01", status: "reported", compensatory: false, date: { calendar: "solar", month: 11, day: 24 } });
  });

  it("the civil-service week is Monday–Friday (QĐ 188/1999/QĐ-TTg)", () => {
    expect(statutory.weeklyRest[0]).toMatchObject({ weekdays: [6, 7], source: { key: "QD188" } });
  });

  it("is deeply frozen, as are the schedules and sources", () => {
    expect(Object.isFrozen(statutory.holidays[0]!.source)).toBe(true);
    expect(Object.isFrozen(schedules[0]!.rows[0])).toBe(true);
    expect(Object.isFrozen(sources.S2025)).toBe(true);
    expect(Object.isFrozen(schedules)).toBe(true);
  });
});
