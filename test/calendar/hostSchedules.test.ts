import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schedules, yearScheduleSchema, type YearSchedule } from "../../src/data/index.js";
import { checkYearSchedules } from "../../src/data/checkSchedules.js";
import { CalendarCoverageError, civilServiceCalendar, createCalendar, InvalidInputError } from "../../src/index.js";
import { thrown } from "../_helpers.js";

/**
 * SYNTHETIC 2027 schedule, as a host would enter it once the year's notices are out. The text of
 * CV 10065/VPCP-KGVX (02/10/2026) could not be read for this test: its Tết days (04–10/02/2027) and
 * Quốc khánh days (02–03/09/2027) follow what is reported of it; the other holidays are the statute's
 * days for 2027 (1/1, Giỗ Tổ 10/3 âm lịch = 16/04, 30/4, 1/5 with nghỉ bù Mon 03/05, 24/11); the swap
 * (Wed 03/02 off, Sat 30/01 worked) is INVENTED to exercise hoán đổi and làm bù. The document key
 * "TB2027" and its number are made up; nothing here is official data.
 */
const synthetic2027 = {
  year: 2027,
  decides: ["new_year", "tet", "hung_kings", "victory_day", "labour_day", "national_day", "culture_day"],
  plainDays: "decided",
  sources: ["TB2027"],
  documents: {
    TB2027: { doc: "Thông báo lịch nghỉ năm 2027 (tổng hợp, giả định)", number: "0000/TB-GIA-DINH", date: "2026-10-02", issuer: "Cơ quan chủ quản (giả định)", evidence: "P", note: "Synthetic test document" },
  },
  rows: [
    { date: "2027-01-01", weekday: 5, kind: "holiday", holiday: "new_year", name: "Tết Dương lịch", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-01-30", weekday: 6, kind: "makeup_workday", holiday: "tet", name: "Làm bù cho thứ Tư 03/02", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-02-03", weekday: 3, kind: "swapped_off", holiday: "tet", name: "Hoán đổi (làm bù 30/01/2027)", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-02-04", weekday: 4, kind: "holiday", holiday: "tet", name: "Tết (28 Chạp)", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-02-05", weekday: 5, kind: "holiday", holiday: "tet", name: "Tết (29 Chạp, cuối năm)", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-02-06", weekday: 6, kind: "holiday", holiday: "tet", name: "Tết (mùng 1)", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-02-07", weekday: 7, kind: "holiday", holiday: "tet", name: "Tết (mùng 2)", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-02-08", weekday: 1, kind: "holiday", holiday: "tet", name: "Tết (mùng 3)", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-02-09", weekday: 2, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù mùng 1 (T7)", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-02-10", weekday: 3, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù mùng 2 (CN)", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-04-16", weekday: 5, kind: "holiday", holiday: "hung_kings", name: "Giỗ Tổ Hùng Vương", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-04-30", weekday: 5, kind: "holiday", holiday: "victory_day", name: "Ngày Chiến thắng", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-05-01", weekday: 6, kind: "holiday", holiday: "labour_day", name: "Quốc tế Lao động", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-05-03", weekday: 1, kind: "compensatory_off", holiday: "labour_day", name: "Nghỉ bù Quốc tế Lao động", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-09-02", weekday: 4, kind: "holiday", holiday: "national_day", name: "Quốc khánh", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-09-03", weekday: 5, kind: "holiday", holiday: "national_day", name: "Quốc khánh (ngày liền kề)", source: "TB2027", evidence: "C", status: "decided" },
    { date: "2027-11-24", weekday: 3, kind: "holiday", holiday: "culture_day", name: "Ngày Văn hóa Việt Nam", source: "TB2027", evidence: "C", status: "decided" },
  ],
} as const satisfies YearSchedule<string>;

const cited = { doc: "Thông báo lịch nghỉ năm 2027 (tổng hợp, giả định)", date: "2026-10-02" };

describe("createCalendar({ schedules }): a host adds a year's official schedule", () => {
  const cal = createCalendar({ name: "host-2027", schedules: [synthetic2027] });

  it("makes the swapped weekday a day off and the Saturday a working day, each citing the host's notice (hoán đổi 03/02, làm bù 30/01, synthetic)", () => {
    expect(cal.isWorkingDay("2027-02-03")).toBe(false);
    expect(cal.dayInfo("2027-02-03")).toEqual({ date: "2027-02-03", weekday: 3, working: false, kind: "swapped_off", name: "Hoán đổi (làm bù 30/01/2027)", source: cited, status: "decided" });
    expect(cal.isWorkingDay("2027-01-30")).toBe(true);
    expect(cal.dayInfo("2027-01-30")).toMatchObject({ kind: "makeup_workday", working: true, status: "decided", source: cited });
  });

  it("turns the rows into holidays and nghỉ bù with their source, replacing the reported and projected days of 2027", () => {
    expect(cal.dayInfo("2027-02-09")).toMatchObject({ kind: "compensatory_off", name: "Nghỉ bù mùng 1 (T7)", status: "decided", source: cited });
    expect(cal.dayInfo("2027-04-16")).toMatchObject({ kind: "holiday", name: "Giỗ Tổ Hùng Vương", status: "decided", source: cited });
    expect(cal.dayInfo("2027-11-24")).toMatchObject({ kind: "holiday", status: "decided", source: cited });
    expect(cal.dayInfo("2027-03-10")).toEqual({ date: "2027-03-10", weekday: 3, working: true, kind: "weekday", status: "decided" });
    expect(cal.specialDays(2027).map((d) => d.date)).toEqual(synthetic2027.rows.map((r) => r.date));
  });

  it('lets { require: "decided" } pass for 2027: 10 working days after Mon 25/01/2027 skip the swap and Tết but count the làm bù Saturday → Mon 15/02', () => {
    expect(thrown(() => civilServiceCalendar.addWorkingDays("2027-01-25", 10, { require: "decided" }))).toBeInstanceOf(CalendarCoverageError);
    // 26, 27, 28, 29, Sat 30 (làm bù), 01/02, 02/02, then 03–10/02 off, 11, 12, 15
    expect(cal.addWorkingDays("2027-01-25", 10, { require: "decided" })).toBe("2027-02-15");
    // the swap moves a working day from Wed 03/02 to Sat 30/01: the year's count is unchanged
    expect(cal.countWorkingDays("2026-12-31", "2027-12-31", { require: "decided" })).toBe(civilServiceCalendar.countWorkingDays("2026-12-31", "2027-12-31"));
  });

  it("leaves civilServiceCalendar as shipped (2027 still reported and projected)", () => {
    expect(civilServiceCalendar.isWorkingDay("2027-02-03")).toBe(true);
    expect(civilServiceCalendar.dayInfo("2027-04-16").status).toBe("projected");
  });

  it("is kept by calendars built on it, and replaced year by year by a later schedule", () => {
    const closure = createCalendar({ base: cal, daysOff: ["2027-03-10"] });
    expect(closure.dayInfo("2027-02-03").kind).toBe("swapped_off");
    expect(closure.isWorkingDay("2027-03-10")).toBe(false);
    const noSwap = createCalendar({ base: cal, schedules: [{ ...synthetic2027, rows: synthetic2027.rows.filter((r) => r.kind !== "swapped_off" && r.kind !== "makeup_workday") }] });
    expect(noSwap.isWorkingDay("2027-02-03")).toBe(true);
    expect(noSwap.isWorkingDay("2027-01-30")).toBe(false);
    expect(noSwap.options.schedules?.map((s) => s.year)).toEqual([2027]);
  });

  it("accepts shipped source keys, does not mutate the input, and keeps a frozen copy in options", () => {
    const input = structuredClone(schedules.find((s) => s.year === 2025)) as YearSchedule;
    const before = JSON.stringify(input);
    const again = createCalendar({ schedules: [input] });
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(again.options.schedules?.[0]?.rows[0])).toBe(true);
    expect(again.specialDays(2025)).toEqual(civilServiceCalendar.specialDays(2025));
  });

  it("reports every problem of the schedules at once, each with its path", () => {
    const bad = {
      ...synthetic2027,
      extra: 1,
      plainDays: "final",
      rows: [
        { ...synthetic2027.rows[0], weekday: 1 },
        { ...synthetic2027.rows[1], source: "TB2099" },
        { ...synthetic2027.rows[2], date: "2027-02-30" },
        { ...synthetic2027.rows[3], date: "2027-02-05" },
        { ...synthetic2027.rows[4] },
        { ...synthetic2027.rows[5], date: "2025-06-01", weekday: 7 },
      ],
    };
    const e = thrown(() => createCalendar({ schedules: [bad as never, synthetic2027] }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues.map((i) => `${i.code}@${i.path.join(".")}`)).toEqual([
      "unknown_key@schedules.0.extra",
      "invalid_value@schedules.0.plainDays",
      "invalid_value@schedules.0.rows.0.weekday",
      "invalid_date@schedules.0.rows.2.date",
      "invalid_value@schedules.0.rows.3.weekday",
      "duplicate_id@schedules.0.rows.4.date",
      "invalid_value@schedules.0.rows.5.date",
      "unknown_reference@schedules.0.rows.1.source",
    ]);
    expect(e.message).toContain("ngày 2027-01-01 là thứ Sáu");
  });

  it("reports an undeclared source key and a second schedule of one year", () => {
    const e = thrown(() => createCalendar({ schedules: [{ ...synthetic2027, sources: ["TB2099"] }, synthetic2027, synthetic2027] }));
    expect(e.issues.map((i) => `${i.code}@${i.path.join(".")}`)).toEqual(["unknown_reference@schedules.0.sources.0", "duplicate_id@schedules.2.year"]);
  });
});

describe("the schedule check of createCalendar applies the rules of yearScheduleSchema", () => {
  const pool: unknown[] = [undefined, null, 0, 7, 8, -1, 2.5, 1899, 2200, "", "x", "2027-13-01", "2027-02-29", "S2025", "TB2027", "holiday", "tet", "C", "decided", "projected", "Tết", "Te\u0301t", [], {}, ["tet"], ["nope"]];
  const base = (): YearSchedule<string> => structuredClone(synthetic2027) as unknown as YearSchedule<string>;

  it("accepts every shipped schedule and the synthetic one", () => {
    for (const s of [...schedules, synthetic2027]) {
      expect(yearScheduleSchema.safeParse(s).success).toBe(true);
      expect(checkYearSchedules([s], ["schedules"])).toEqual([]);
    }
  });

  it("rejects whatever the zod schema rejects, on one field of the schedule, a row or a document set to an odd value", () => {
    const fields = ["year", "decides", "plainDays", "sources", "rows", "note", "documents", "extra"];
    const rowFields = ["date", "weekday", "kind", "holiday", "name", "source", "evidence", "status", "extra"];
    const docFields = ["doc", "number", "date", "issuer", "evidence", "url", "note", "extra"];
    fc.assert(
      fc.property(fc.constantFrom("schedule", "row", "document"), fc.nat(40), fc.nat(40), fc.constantFrom(...pool), (where, a, b, value) => {
        const s = base() as unknown as Record<string, unknown>;
        if (where === "schedule") s[fields[a % fields.length] as string] = value;
        else if (where === "row") ((s["rows"] as Record<string, unknown>[])[b % synthetic2027.rows.length] as Record<string, unknown>)[rowFields[a % rowFields.length] as string] = value;
        else ((s["documents"] as Record<string, Record<string, unknown>>)["TB2027"] as Record<string, unknown>)[docFields[a % docFields.length] as string] = value;
        const zodRejects = !yearScheduleSchema.safeParse(s).success;
        const checkRejects = checkYearSchedules([s], ["schedules"]).length > 0;
        if (zodRejects) expect(checkRejects).toBe(true);
      }),
    );
  });
});
