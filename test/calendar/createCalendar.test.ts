import { describe, expect, it } from "vitest";
import { civilServiceCalendar, createCalendar } from "../../src/calendar/index.js";
import type { CalendarOptions } from "../../src/calendar/types.js";
import { InvalidInputError, ThoihanError } from "../../src/errors.js";

function issuesOf(fn: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return (e as ThoihanError).issues.map((i) => ({ code: i.code, path: i.path }));
  }
  throw new Error("expected an InvalidInputError");
}

describe("createCalendar", () => {
  it("what-if: Mon 23/11/2026 as a day off (closure) makes 24/11 a 2-day break; the base is unchanged", () => {
    // Arrange
    const whatIf = createCalendar({ name: "what-if", daysOff: [{ date: "2026-11-23", name: "Nghỉ giả định" }] });
    // Act / Assert
    expect(whatIf.dayInfo("2026-11-23")).toMatchObject({ working: false, kind: "closure", name: "Nghỉ giả định", status: "decided" });
    expect(whatIf.addWorkingDays("2026-11-20", 1)).toBe("2026-11-25");
    expect(civilServiceCalendar.addWorkingDays("2026-11-20", 1)).toBe("2026-11-23");
  });

  it("accepting proposals applies the proposed 24/11/2026 swap: Mon 23/11 off, Sat 28/11 worked (status proposed)", () => {
    const cal = createCalendar({ accept: ["decided", "reported", "proposed"] });
    expect(cal.dayInfo("2026-11-23")).toMatchObject({ working: false, kind: "swapped_off", status: "proposed" });
    expect(cal.dayInfo("2026-11-28")).toMatchObject({ working: true, kind: "makeup_workday", status: "proposed" });
    expect(cal.countWorkingDays("2026-11-20", "2026-11-30")).toBe(civilServiceCalendar.countWorkingDays("2026-11-20", "2026-11-30"));
  });

  it("a private employer without swaps (hoán đổi applies only to CCVC, Tờ trình 89/TTr-LĐTBXH): 26/04/2025 is a rest day, 02/05/2025 a working day", () => {
    const cal = createCalendar({ name: "private", swaps: false });
    expect(cal.isWorkingDay("2025-04-26")).toBe(false);
    expect(cal.dayInfo("2025-04-26").kind).toBe("weekend");
    expect(cal.isWorkingDay("2025-05-02")).toBe(true);
    // Holidays and nghỉ bù stay.
    expect(cal.isWorkingDay("2025-04-30")).toBe(false);
    expect(cal.isWorkingDay("2024-02-13")).toBe(false);
  });

  it("an office open on Saturdays (weeklyRest [7]): Saturdays are worked, Sundays and holidays are not", () => {
    const cal = createCalendar({ name: "saturday-open", weeklyRest: [7] });
    expect(cal.isWorkingDay("2025-03-08")).toBe(true);
    expect(cal.dayInfo("2025-03-08").kind).toBe("weekday");
    expect(cal.isWorkingDay("2025-03-09")).toBe(false);
    expect(cal.isWorkingDay("2025-01-29")).toBe(false);
    expect(cal.addWorkingDays("2025-03-07", 1)).toBe("2025-03-08");
    // Projected years: a holiday on Saturday is not on a rest day, so no nghỉ bù (Đ.111.3); 1/1/2028 is a Saturday.
    expect(cal.isWorkingDay("2028-01-03")).toBe(true);
    expect(civilServiceCalendar.isWorkingDay("2028-01-03")).toBe(false);
  });

  it("cultureDayCompensatory: 24/11/2029 is a Saturday, nghỉ bù Mon 26/11/2029 only with the flag (open question on Đ.111.3)", () => {
    expect(civilServiceCalendar.dayInfo("2029-11-24")).toMatchObject({ weekday: 6, kind: "holiday", status: "projected" });
    expect(civilServiceCalendar.isWorkingDay("2029-11-26")).toBe(true);
    const cal = createCalendar({ cultureDayCompensatory: true });
    expect(cal.dayInfo("2029-11-26")).toMatchObject({ working: false, kind: "compensatory_off", status: "projected", name: "Nghỉ bù Ngày Văn hóa Việt Nam" });
    // Before 2026-07-01 there is no such holiday, with or without the flag.
    expect(cal.dayInfo("2025-11-24").kind).toBe("weekday");
  });

  it("extra working days (kind extra_workday) override a holiday, e.g. a service open on mùng 4", () => {
    const cal = createCalendar({ workingDays: ["2026-02-20"] });
    expect(cal.dayInfo("2026-02-20")).toMatchObject({ working: true, kind: "extra_workday" });
  });

  it("does not mutate its options and freezes its own copy", () => {
    // Arrange
    const options = { name: "x", daysOff: ["2025-03-12", { date: "2025-03-13", name: "Đóng cửa" }], weeklyRest: [6, 7], accept: ["decided"] } as const satisfies CalendarOptions;
    const snapshot = JSON.stringify(options);
    // Act
    const cal = createCalendar(options as unknown as CalendarOptions);
    // Assert
    expect(JSON.stringify(options)).toBe(snapshot);
    expect(Object.isFrozen(cal.options)).toBe(true);
    expect(cal.options.daysOff).not.toBe(options.daysOff);
    expect(Object.isFrozen(cal)).toBe(true);
  });

  it("chains bases: lists are concatenated, scalars overridden, and the later layer wins on a date", () => {
    // Arrange
    const province = createCalendar({ name: "province", daysOff: ["2025-03-12"] });
    const office = createCalendar({ base: province, name: "office", daysOff: ["2025-03-13"], workingDays: ["2025-03-12"], swaps: false });
    // Assert
    expect(province.isWorkingDay("2025-03-12")).toBe(false);
    expect(office.isWorkingDay("2025-03-12")).toBe(true);
    expect(office.isWorkingDay("2025-03-13")).toBe(false);
    expect(office.isWorkingDay("2025-05-02")).toBe(true);
    expect(office.options.daysOff).toEqual(["2025-03-12", "2025-03-13"]);
    expect(office.options.workingDays).toEqual(["2025-03-12"]);
    expect(office.options).toMatchObject({ name: "office", swaps: false, weeklyRest: [6, 7] });
    expect(office.name).toBe("office");
    expect(province.options.swaps).toBe(true);
  });

  it("accept without reported leaves 24/11/2026 (a reported holiday) a working day, marked reported because it is not settled", () => {
    const cal = createCalendar({ accept: ["decided"] });
    expect(cal.dayInfo("2026-11-24")).toMatchObject({ working: true, kind: "weekday", status: "reported" });
    // The 24/11 rule itself is reported: later years do not project it either.
    expect(cal.dayInfo("2027-11-24")).toMatchObject({ working: true, kind: "weekday", status: "reported" });
    expect(civilServiceCalendar.dayInfo("2027-11-24")).toMatchObject({ working: false, kind: "holiday", status: "projected" });
    expect(cal.dayInfo("2027-02-04").status).toBe("projected");
  });

  it("rejects unknown keys and wrong types, each with its path", () => {
    expect(issuesOf(() => createCalendar({ dayOff: ["2025-01-01"] } as unknown as CalendarOptions))).toEqual([{ code: "unknown_key", path: ["dayOff"] }]);
    expect(issuesOf(() => createCalendar({ daysOff: ["2025-01-01", "2025-01-02", "2025-02-30"] }))).toEqual([{ code: "invalid_date", path: ["daysOff", 2] }]);
    expect(issuesOf(() => createCalendar({ daysOff: [{ date: "2025-01-02", nam: "x" }] } as unknown as CalendarOptions))).toEqual([{ code: "unknown_key", path: ["daysOff", 0, "nam"] }]);
    expect(issuesOf(() => createCalendar({ workingDays: [20250101] } as unknown as CalendarOptions))).toEqual([{ code: "invalid_type", path: ["workingDays", 0] }]);
    expect(issuesOf(() => createCalendar({ weeklyRest: [6, 8] } as unknown as CalendarOptions))).toEqual([{ code: "invalid_option", path: ["weeklyRest", 1] }]);
    expect(issuesOf(() => createCalendar({ weeklyRest: [1, 2, 3, 4, 5, 6, 7] }))).toEqual([{ code: "invalid_option", path: ["weeklyRest"] }]);
    expect(issuesOf(() => createCalendar({ swaps: "no" } as unknown as CalendarOptions))).toEqual([{ code: "invalid_type", path: ["swaps"] }]);
    expect(issuesOf(() => createCalendar({ accept: ["decided", "maybe"] } as unknown as CalendarOptions))).toEqual([{ code: "invalid_option", path: ["accept", 1] }]);
    expect(issuesOf(() => createCalendar({ base: {} } as unknown as CalendarOptions))).toEqual([{ code: "invalid_option", path: ["base"] }]);
    expect(issuesOf(() => createCalendar({ daysOff: ["1899-12-31"] }))).toEqual([{ code: "date_out_of_range", path: ["daysOff", 0] }]);
    expect(issuesOf(() => createCalendar({ daysOff: ["2025-03-12"], workingDays: ["2025-03-12"] }))).toEqual([{ code: "invalid_option", path: ["workingDays", 0] }]);
    expect(issuesOf(() => createCalendar(null as unknown as CalendarOptions))).toEqual([{ code: "invalid_type", path: [] }]);
  });

  it("lists every problem at once", () => {
    expect(issuesOf(() => createCalendar({ name: "", swaps: 1, daysOff: "2025-01-01" } as unknown as CalendarOptions)).map((i) => i.path)).toEqual([["name"], ["daysOff"], ["swaps"]]);
  });

  it("validates office hours through the office-hours module", () => {
    expect(issuesOf(() => createCalendar({ officeHours: { sessions: [{ start: "13:00", end: "12:00" }] } }))[0]?.code).toBe("invalid_office_hours");
  });
});

describe("officeSessions", () => {
  it("gives the Hải Dương winter sessions on 04/11/2024 and none on a Sunday", async () => {
    // Arrange
    const { haiDuongOfficeHours } = await import("../../src/data/index.js");
    const { createCalendar } = await import("../../src/index.js");
    const cal = createCalendar({ officeHours: haiDuongOfficeHours });
    // Act / Assert
    expect(cal.officeSessions("2024-11-04")).toEqual([
      { start: "07:30", end: "12:00" },
      { start: "13:00", end: "16:30" },
    ]);
    expect(cal.officeSessions("2024-07-01")).toEqual([
      { start: "07:00", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ]);
    expect(cal.officeSessions("2024-11-03")).toEqual([]);
  });

  it("uses the default sessions on a làm bù Saturday, not a weekday override (04/05/2024)", async () => {
    const { createCalendar } = await import("../../src/index.js");
    const cal = createCalendar({
      officeHours: { sessions: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }], byWeekday: { 6: [{ start: "08:00", end: "10:00" }] } },
    });
    expect(cal.officeSessions("2024-05-04")).toEqual([
      { start: "07:00", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ]);
  });

  it("needs office hours: office_hours_missing on the civil-service calendar", async () => {
    const { civilServiceCalendar, InvalidInputError } = await import("../../src/index.js");
    expect(() => civilServiceCalendar.officeSessions("2024-05-06")).toThrow(InvalidInputError);
  });
});
