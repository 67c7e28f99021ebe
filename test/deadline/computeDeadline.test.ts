import { parseDeadline } from "../../src/phrase/index.js";
import { describe, expect, it } from "vitest";
import { civilServiceCalendar, createCalendar } from "../../src/calendar/index.js";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import type { Deadline, DeadlineRule, RelativeRule } from "../../src/deadline/types.js";
import { CalendarCoverageError, CalendarRangeError, InvalidInputError, ThoihanError } from "../../src/errors.js";

const rel = (amount: number, unit: RelativeRule["unit"], text = "khi UBND TP ban hành"): RelativeRule => ({ kind: "relative", amount, unit, anchor: { text } });
const codes = (d: Deadline): string[] => d.trace.map((s) => s.code);
const steps = (d: Deadline, code: string) => d.trace.filter((s) => s.code === code);
const errorOf = (fn: () => unknown): ThoihanError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ThoihanError) return e;
    throw e;
  }
  throw new Error("expected a ThoihanError");
};

/** Hải Dương summer hours (07:00–11:30, 13:30–17:00), 8 hours a day. */
const officeCalendar = createCalendar({
  name: "office-hours",
  officeHours: { sessions: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }] },
});

describe("computeDeadline", () => {
  describe("relative, calendar days (BLDS Đ.147–148)", () => {
    it('"trong 10 ngày kể từ khi UBND TP ban hành", issued Tue 14/11/2023: day 1 is 15/11 (Đ.147.2), day 10 is Fri 24/11, ending 24:00 (Đ.148.6)', () => {
      const d = computeDeadline(rel(10, "day"), { anchor: "2023-11-14" });
      expect(d.lastDay).toBe("2023-11-24");
      expect(d.endsAt).toBe("2023-11-25T00:00:00+07:00");
      expect(d.provisional).toBe(false);
      expect(codes(d)).toEqual(["anchor", "start_excluded", "counted", "end_of_day"]);
      expect(d.trace[0]?.params).toEqual({ date: "2023-11-14", text: "khi UBND TP ban hành" });
      expect(steps(d, "counted")[0]?.params).toMatchObject({ amount: 10, unit: "calendar_day", from: "2023-11-15", to: "2023-11-24" });
      expect(steps(d, "start_excluded")[0]?.basis?.article).toBe("Điều 147 khoản 2 và 3");
    });

    it("an instant anchor counts from its civil day in Vietnam (18:30Z on 13/11 is 01:30 on 14/11 in Hà Nội)", () => {
      expect(computeDeadline(rel(10, "day"), { anchor: "2023-11-13T18:30:00Z" }).lastDay).toBe("2023-11-24");
      expect(computeDeadline(rel(10, "day"), { anchor: "2023-11-14T23:59" }).lastDay).toBe("2023-11-24");
    });

    it('"10 ngày kể từ 29/01/2024" ends on Thu 08/02 (29 Chạp, Tết): rolls forward over Tết and nghỉ bù to Thu 15/02 (Đ.148.5), naming the days skipped', () => {
      const d = computeDeadline(rel(10, "day"), { anchor: "2024-01-29" });
      expect(d.lastDay).toBe("2024-02-15");
      expect(d.endsAt).toBe("2024-02-16T00:00:00+07:00");
      const rolled = steps(d, "rolled_forward")[0];
      expect(rolled?.params).toMatchObject({ from: "2024-02-08", to: "2024-02-15", kind: "holiday" });
      expect(rolled?.basis?.article).toBe("Điều 148 khoản 5");
      const skipped = steps(d, "skipped").map((s) => s.params["date"]);
      expect(skipped).toEqual(["2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14"]);
      expect(steps(d, "skipped").every((s) => /Tết|Nghỉ bù/.test(String(s.params["name"])))).toBe(true);
      expect(steps(d, "skipped")[0]?.basis?.doc).toMatch(/8662\/VPCP-KGVX/);
    });

    it("a last day on a plain Saturday rolls to Monday (Đ.148.5); rollForward: false keeps it with a not_rolled step", () => {
      // 3 days from Wed 2024-01-03 → Sat 2024-01-06
      expect(computeDeadline(rel(3, "day"), { anchor: "2024-01-03" }).lastDay).toBe("2024-01-08");
      const kept = computeDeadline(rel(3, "day"), { anchor: "2024-01-03", policy: { rollForward: false } });
      expect(kept.lastDay).toBe("2024-01-06");
      expect(codes(kept)).toContain("not_rolled");
    });

    it("a last day on a làm bù Saturday (04/05/2024) is a working day and does not roll", () => {
      // 4 days from Tue 2024-04-30 → Sat 2024-05-04 (làm bù for 29/04)
      const d = computeDeadline(rel(4, "day"), { anchor: "2024-04-30" });
      expect(d.lastDay).toBe("2024-05-04");
    });

    it("excludeStartDay: false counts the anchor day as day 1", () => {
      expect(computeDeadline(rel(10, "day"), { anchor: "2023-11-14", policy: { excludeStartDay: false } }).lastDay).toBe("2023-11-23");
    });

    it("bareDayUnit: working_day reads a bare 'ngày' as working days", () => {
      expect(computeDeadline(rel(10, "day"), { anchor: "2023-11-14", policy: { bareDayUnit: "working_day" } }).lastDay).toBe("2023-11-28");
      expect(computeDeadline(rel(10, "calendar_day"), { anchor: "2023-11-14", policy: { bareDayUnit: "working_day" } }).lastDay).toBe("2023-11-24");
    });
  });

  describe("relative, working days", () => {
    it('read as "10 ngày làm việc", issued Tue 14/11/2023 → Tue 28/11/2023 (the issue day is never counted)', () => {
      const d = computeDeadline(rel(10, "working_day"), { anchor: "2023-11-14" });
      expect(d.lastDay).toBe("2023-11-28");
      expect(d.endsAt).toBe("2023-11-29T00:00:00+07:00");
    });

    it("working days skip Tết 08–14/02/2024 by name: 3 working days from Wed 07/02/2024 → Mon 19/02", () => {
      const d = computeDeadline(rel(3, "working_day"), { anchor: "2024-02-07" });
      expect(d.lastDay).toBe("2024-02-19");
      expect(steps(d, "skipped").length).toBe(7);
    });

    it("counts the làm bù Saturday 04/05/2024 and skips the swapped Monday 29/04: 3 working days from Fri 26/04 → Sat 04/05", () => {
      // 26/04 Fri; 27–28 weekend; 29/04 swapped off; 30/04, 01/05 holidays; 02/05 (1), 03/05 (2), 04/05 làm bù (3)
      const d = computeDeadline(rel(3, "working_day"), { anchor: "2024-04-26" });
      expect(d.lastDay).toBe("2024-05-04");
      expect(steps(d, "skipped").map((s) => s.params["date"])).toEqual(["2024-04-29", "2024-04-30", "2024-05-01"]);
      expect(steps(d, "makeup_counted").map((s) => s.params["date"])).toEqual(["2024-05-04"]);
    });

    it("an anchor on a non-working day: the first working day after it is day 1", () => {
      // Sat 2024-01-06 + 1 working day → Mon 08/01
      expect(computeDeadline(rel(1, "working_day"), { anchor: "2024-01-06" }).lastDay).toBe("2024-01-08");
    });

    it("0 working days from a Saturday is the next working day", () => {
      expect(computeDeadline(rel(0, "working_day"), { anchor: "2024-01-06" }).lastDay).toBe("2024-01-08");
    });
  });

  describe("relative, weeks, months and years (Đ.148.2–4)", () => {
    it("1 month from 31/01/2025 → 28/02/2025: no corresponding day, the month's last day, with a month_end note (Đ.148.3)", () => {
      const d = computeDeadline(rel(1, "month"), { anchor: "2025-01-31" });
      expect(d.lastDay).toBe("2025-02-28");
      expect(d.notes).toContainEqual(expect.objectContaining({ code: "month_end" }));
      expect(steps(d, "month_clamped")[0]?.basis?.article).toBe("Điều 148 khoản 3");
      expect(codes(d)).toEqual(["anchor", "start_excluded", "calendar_added", "month_clamped", "end_of_day"]);
    });

    it('monthOverflow: "error" makes the same addition an InvalidInputError month_overflow (as Catala does)', () => {
      const e = errorOf(() => computeDeadline(rel(1, "month"), { anchor: "2025-01-31", policy: { monthOverflow: "error" } }));
      expect(e).toBeInstanceOf(InvalidInputError);
      expect(e.code).toBe("month_overflow");
      expect(e.issues[0]?.params).toMatchObject({ months: 1, from: "2025-01-31", to: "2025-02-31" });
    });

    it("1 month from 15/01/2025 → the corresponding day 15/02/2025 (Sat) rolls to Mon 17/02", () => {
      const d = computeDeadline(rel(1, "month"), { anchor: "2025-01-15" });
      expect(d.lastDay).toBe("2025-02-17");
      expect(d.notes).toBeUndefined();
    });

    it("2 weeks from Tue 14/11/2023 → the corresponding Tuesday 28/11 (Đ.148.2)", () => {
      expect(computeDeadline(rel(2, "week"), { anchor: "2023-11-14" }).lastDay).toBe("2023-11-28");
    });

    it("1 year from 29/02/2024 → 28/02/2025 (clamped, noted); from 14/11/2023 → 14/11/2024 (Đ.148.4)", () => {
      const leap = computeDeadline(rel(1, "year"), { anchor: "2024-02-29" });
      expect(leap.lastDay).toBe("2025-02-28");
      expect(leap.notes?.[0]?.code).toBe("month_end");
      expect(computeDeadline(rel(1, "year"), { anchor: "2023-11-14" }).lastDay).toBe("2024-11-14");
    });
  });

  describe("hours (Đ.147.1)", () => {
    it('"trong 24 giờ" from 10:00 on 09/02/2024 (30 Tết) ends at 10:00 on 10/02: from the instant, no roll on Tết', () => {
      const d = computeDeadline(rel(24, "hour"), { anchor: "2024-02-09T10:00+07:00" });
      expect(d.endsAt).toBe("2024-02-10T10:00:00+07:00");
      expect(d.lastDay).toBe("2024-02-10");
      expect(codes(d)).toEqual(["anchor", "hours_counted"]);
      expect(d.trace[1]?.basis?.article).toBe("Điều 147 khoản 1");
    });

    it("a date anchor means its 00:00: 24 giờ from 2024-02-09 ends at 2024-02-10 00:00, last day 09/02", () => {
      const d = computeDeadline(rel(24, "hour"), { anchor: "2024-02-09" });
      expect(d.endsAt).toBe("2024-02-10T00:00:00+07:00");
      expect(d.lastDay).toBe("2024-02-09");
    });
  });

  describe("office hours (giờ làm việc)", () => {
    it('workingDays: "office_hours": received 14:00 Tue 09/01/2024 + 1 ngày làm việc = 14:00 Wed 10/01 (clock time kept, as one-stop systems)', () => {
      const d = computeDeadline(rel(1, "working_day"), { anchor: "2024-01-09T14:00", calendar: officeCalendar, policy: { workingDays: "office_hours" } });
      expect(d.endsAt).toBe("2024-01-10T14:00:00+07:00");
      expect(d.lastDay).toBe("2024-01-10");
      expect(codes(d)).toContain("office_hours_days");
    });

    it("office hours skip Tết: 14:00 Wed 07/02/2024 + 8 giờ làm việc = 14:00 Thu 15/02", () => {
      const d = computeDeadline(rel(8, "working_hour"), { anchor: "2024-02-07T14:00", calendar: officeCalendar });
      expect(d.endsAt).toBe("2024-02-15T14:00:00+07:00");
      expect(steps(d, "skipped").length).toBe(7);
    });

    it("a calendar without office hours gives office_hours_missing", () => {
      expect(errorOf(() => computeDeadline(rel(8, "working_hour"), { anchor: "2024-01-09T14:00", calendar: civilServiceCalendar })).code).toBe("office_hours_missing");
    });

    it('endOfDay: "office_close" ends a day-based deadline at the close of the last session (17:00)', () => {
      const d = computeDeadline(rel(10, "day"), { anchor: "2023-11-14", calendar: officeCalendar, policy: { endOfDay: "office_close" } });
      expect(d.lastDay).toBe("2023-11-24");
      expect(d.endsAt).toBe("2023-11-24T17:00:00+07:00");
      // without office hours it stays 24:00
      expect(computeDeadline(rel(10, "day"), { anchor: "2023-11-14", policy: { endOfDay: "office_close" } }).endsAt).toBe("2023-11-25T00:00:00+07:00");
    });
  });

  describe("late receipt cut-off (lateReceiptCutoff, NĐ 61/2018 Đ.18.2)", () => {
    const policy = { lateReceiptCutoff: "15:00" } as const;
    it("received 16:00 Tue 09/01/2024, after 15:00: counting starts on Wed 10/01 as day 1 (as an office-hour count starts at its opening), so 1 working day → Wed 10/01", () => {
      const d = computeDeadline(rel(1, "working_day"), { anchor: "2024-01-09T16:00", policy });
      expect(d.lastDay).toBe("2024-01-10");
      expect(steps(d, "start_included")[0]?.params).toMatchObject({ date: "2024-01-10", policy: "lateReceiptCutoff" });
      expect(steps(d, "cutoff_applied")[0]?.params).toMatchObject({ reason: "after_cutoff", from: "2024-01-09", to: "2024-01-10", time: "16:00" });
      expect(steps(d, "cutoff_applied")[0]?.basis?.doc).toMatch(/61\/2018/);
    });

    it("'sau 15 giờ': exactly 15:00:00 is not after the cut-off, 15:00:01 is; with lateReceiptAtCutoff 15:00:00 is late too ('trong ngày' shows it)", () => {
      const rule: DeadlineRule = { kind: "same_day", nextWorkingDay: false };
      expect(computeDeadline(rule, { anchor: "2024-01-09T15:00:00", policy }).lastDay).toBe("2024-01-09");
      expect(computeDeadline(rule, { anchor: "2024-01-09T15:00:01", policy }).lastDay).toBe("2024-01-10");
      expect(computeDeadline(rule, { anchor: "2024-01-09T15:00:00", policy: { ...policy, lateReceiptAtCutoff: true } }).lastDay).toBe("2024-01-10");
      expect(computeDeadline(rule, { anchor: "2024-01-09T14:59:59", policy: { ...policy, lateReceiptAtCutoff: true } }).lastDay).toBe("2024-01-09");
    });

    it("received on Saturday: counting starts on Monday as day 1, moved once, so 1 working day → Monday (as without the cut-off)", () => {
      const d = computeDeadline(rel(1, "working_day"), { anchor: "2024-01-06T09:00", policy });
      expect(d.lastDay).toBe("2024-01-08");
      expect(computeDeadline(rel(1, "working_day"), { anchor: "2024-01-06T09:00" }).lastDay).toBe("2024-01-08");
      expect(steps(d, "cutoff_applied")[0]?.params["reason"]).toBe("non_working_day");
    });

    it("same-day procedures (Luật Hộ tịch Đ.5.3): before 15:00 → the same day; after → the next working day", () => {
      const rule: DeadlineRule = { kind: "same_day", nextWorkingDay: false };
      expect(computeDeadline(rule, { anchor: "2024-01-09T10:00", policy }).lastDay).toBe("2024-01-09");
      expect(computeDeadline(rule, { anchor: "2024-01-09T15:30", policy }).lastDay).toBe("2024-01-10");
      expect(computeDeadline(rule, { anchor: "2024-01-12T15:30", policy }).lastDay).toBe("2024-01-15");
    });

    it("is not applied to hours", () => {
      expect(computeDeadline(rel(24, "hour"), { anchor: "2024-01-09T16:00", policy }).endsAt).toBe("2024-01-10T16:00:00+07:00");
    });
  });

  describe("named dates (fixed_date)", () => {
    const before = (y: number | undefined, m: number, d: number): DeadlineRule => ({ kind: "fixed_date", dates: [y === undefined ? { month: m, day: d } : { year: y, month: m, day: d }], bound: "before" });
    it('"trước ngày 14/11/2023" is strict: last day 13/11, late from 14/11 00:00', () => {
      const d = computeDeadline(before(2023, 11, 14));
      expect(d.lastDay).toBe("2023-11-13");
      expect(d.endsAt).toBe("2023-11-14T00:00:00+07:00");
      expect(d.notes).toContainEqual({ code: "before_date_reading", params: { date: "2023-11-14", reading: "strict" } });
    });

    it('beforeDate: "inclusive" reads it as "chậm nhất ngày 14/11/2023"', () => {
      const d = computeDeadline(before(2023, 11, 14), { policy: { beforeDate: "inclusive" } });
      expect(d.lastDay).toBe("2023-11-14");
      expect(d.endsAt).toBe("2023-11-15T00:00:00+07:00");
    });

    it('"chậm nhất ngày 25/05/2024" (a Saturday) stays on 25/05: a named date is a point, not rolled; noted', () => {
      const d = computeDeadline({ kind: "fixed_date", dates: [{ year: 2024, month: 5, day: 25 }], bound: "by" });
      expect(d.lastDay).toBe("2024-05-25");
      expect(d.notes).toContainEqual(expect.objectContaining({ code: "fixed_date_non_working" }));
      expect(codes(d)).toContain("not_rolled");
      // rollFixedDates: true applies Đ.148.5
      expect(computeDeadline({ kind: "fixed_date", dates: [{ year: 2024, month: 5, day: 25 }], bound: "by" }, { policy: { rollFixedDates: true } }).lastDay).toBe("2024-05-27");
    });

    it('"trước 16 giờ 30 ngày 14/11/2023" ends at 16:30 that day', () => {
      const d = computeDeadline({ kind: "fixed_date", dates: [{ year: 2023, month: 11, day: 14 }], bound: "before", time: "16:30" });
      expect(d.endsAt).toBe("2023-11-14T16:30:00+07:00");
      expect(d.lastDay).toBe("2023-11-14");
    });

    it("a date without a year takes context.year, else the anchor's year (next occurrence), else missing_context", () => {
      expect(computeDeadline(before(undefined, 1, 5), { year: 2025 }).lastDay).toBe("2025-01-04");
      expect(computeDeadline(before(undefined, 1, 5), { anchor: "2024-01-09" }).lastDay).toBe("2025-01-04");
      expect(computeDeadline(before(undefined, 1, 5), { anchor: "2024-01-03" }).lastDay).toBe("2024-01-04");
      const e = errorOf(() => computeDeadline(before(undefined, 1, 5)));
      expect(e.code).toBe("missing_context");
      expect(e.issues[0]?.params).toMatchObject({ name: "year" });
    });

    it('quarterly list "trước ngày 03/3, 03/6, 03/9": the next one after the anchor', () => {
      const rule: DeadlineRule = { kind: "fixed_date", dates: [{ month: 3, day: 3 }, { month: 6, day: 3 }, { month: 9, day: 3 }], bound: "before" };
      expect(computeDeadline(rule, { anchor: "2024-01-15" }).lastDay).toBe("2024-03-02");
      expect(computeDeadline(rule, { anchor: "2024-04-01" }).lastDay).toBe("2024-06-02");
      expect(computeDeadline(rule, { anchor: "2024-06-03" }).lastDay).toBe("2024-09-02");
      // after 03/9 the next is 03/3 of the following year
      expect(computeDeadline(rule, { anchor: "2024-10-01" }).lastDay).toBe("2025-03-02");
      // with the year fixed and every date past: the last one (already late)
      const past = computeDeadline(rule, { anchor: "2024-10-01", year: 2024 });
      expect(past.lastDay).toBe("2024-09-02");
      expect(steps(past, "occurrence")[0]?.params["reason"]).toBe("all_past");
    });
  });

  describe("periods (Đ.146.2–3)", () => {
    it('"trong tháng 01/2025" ends on 31/01/2025, a Tết day, and rolls to Mon 03/02/2025 (Đ.148.5)', () => {
      const d = computeDeadline({ kind: "period", period: { unit: "month", month: 1, year: 2025 } });
      expect(d.lastDay).toBe("2025-02-03");
      expect(steps(d, "period_end")[0]?.params).toMatchObject({ period: "2025-01", date: "2025-01-31" });
    });

    it('"trong quý III" takes the year from context.year or context.period; "trong năm 2024" ends 31/12/2024 (Tue)', () => {
      expect(computeDeadline({ kind: "period", period: { unit: "quarter", quarter: 3 } }, { year: 2024 }).lastDay).toBe("2024-09-30");
      expect(computeDeadline({ kind: "period", period: { unit: "quarter", quarter: 3 } }, { period: "2024-Q3" }).lastDay).toBe("2024-09-30");
      expect(computeDeadline({ kind: "period", period: { unit: "year", year: 2024 } }).lastDay).toBe("2024-12-31");
      expect(computeDeadline({ kind: "period", period: { unit: "half_year", half: 1, year: 2024 } }).lastDay).toBe("2024-07-01"); // 30/06 is a Sunday
      expect(errorOf(() => computeDeadline({ kind: "period", period: { unit: "quarter", quarter: 3 } })).code).toBe("missing_context");
    });
  });

  describe("recurring (next occurrence)", () => {
    const tenth: DeadlineRule = { kind: "recurring", frequency: "monthly", day: 10, bound: "by" };
    it('"ngày 10 hàng tháng": on the 10th itself → that day (its endsAt is after the anchor); on the 11th → the next month', () => {
      expect(computeDeadline(tenth, { anchor: "2024-07-09" }).lastDay).toBe("2024-07-10");
      expect(computeDeadline(tenth, { anchor: "2024-07-10" }).lastDay).toBe("2024-07-10");
      expect(computeDeadline(tenth, { anchor: "2024-07-10T23:59:59" }).lastDay).toBe("2024-07-10");
      expect(computeDeadline(tenth, { anchor: "2024-07-11" }).lastDay).toBe("2024-08-10");
      expect(computeDeadline(tenth, { anchor: "2024-12-20" }).lastDay).toBe("2025-01-10");
    });

    it("with a period: the occurrence in that period; without anchor, period or year: missing_context", () => {
      expect(computeDeadline(tenth, { period: "2024-07" }).lastDay).toBe("2024-07-10");
      expect(errorOf(() => computeDeadline(tenth)).code).toBe("missing_context");
    });

    it('"trước ngày 5/01 hằng năm" from 09/01/2024 → Sat 04/01/2025 (strict; a named date is not rolled)', () => {
      const d = computeDeadline({ kind: "recurring", frequency: "yearly", month: 1, day: 5, bound: "before" }, { anchor: "2024-01-09" });
      expect(d.lastDay).toBe("2025-01-04");
      expect(d.endsAt).toBe("2025-01-05T00:00:00+07:00");
    });

    it('"trong tháng 1 hằng năm" from 01/02/2024 → 31/01/2025, a Tết day, rolled to Mon 03/02/2025', () => {
      const d = computeDeadline({ kind: "recurring", frequency: "yearly", month: 1, bound: "within" }, { anchor: "2024-02-01" });
      expect(d.lastDay).toBe("2025-02-03");
      expect(computeDeadline({ kind: "recurring", frequency: "yearly", month: 1, bound: "within" }, { anchor: "2024-01-15" }).lastDay).toBe("2024-01-31");
    });

    it('"định kỳ hằng quý, trước ngày 20 của tháng cuối quý": month 3 of the quarter', () => {
      const rule: DeadlineRule = { kind: "recurring", frequency: "quarterly", month: 3, day: 20, bound: "before" };
      expect(computeDeadline(rule, { anchor: "2024-04-01" }).lastDay).toBe("2024-06-19");
      expect(computeDeadline(rule, { anchor: "2024-06-20" }).lastDay).toBe("2024-09-19");
    });

    it('"ngày 31 hàng tháng" in April → 30/04 with a month_end note; "cuối tháng" is the last day', () => {
      const d = computeDeadline({ kind: "recurring", frequency: "monthly", day: 31, bound: "by" }, { anchor: "2024-04-02" });
      expect(d.lastDay).toBe("2024-04-30");
      expect(d.notes?.map((n) => n.code)).toContain("month_end");
      expect(computeDeadline({ kind: "recurring", frequency: "monthly", day: "last", bound: "by" }, { anchor: "2024-02-02" }).lastDay).toBe("2024-02-29");
    });

    it("weekly on Friday: the next Friday", () => {
      expect(computeDeadline({ kind: "recurring", frequency: "weekly", weekday: 5, bound: "by" }, { anchor: "2024-01-09" }).lastDay).toBe("2024-01-12");
    });
  });

  describe("counted back from a deadline (before_deadline)", () => {
    const back = (amount: number, unit: "day" | "working_day"): DeadlineRule => ({ kind: "before_deadline", amount, unit, reference: "thời hạn quy định" });
    it('"chậm nhất 2 ngày trước thời hạn", due Mon 06/05/2024 → Sat 04/05/2024, a làm bù Saturday: a working day, kept', () => {
      const d = computeDeadline(back(2, "day"), { due: "2024-05-06" });
      expect(d.lastDay).toBe("2024-05-04");
      expect(codes(d)).not.toContain("rolled_back");
    });

    it("2 working days before Mon 06/05/2024: the làm bù Saturday is the 1st, Fri 03/05 the 2nd", () => {
      expect(computeDeadline(back(2, "working_day"), { due: "2024-05-06" }).lastDay).toBe("2024-05-03");
    });

    it("2 days before Fri 16/02/2024 → 14/02 (nghỉ bù Tết) rolls BACK over Tết to Wed 07/02/2024", () => {
      const d = computeDeadline(back(2, "day"), { due: "2024-02-16" });
      expect(d.lastDay).toBe("2024-02-07");
      expect(steps(d, "rolled_back")[0]?.params).toMatchObject({ from: "2024-02-14", to: "2024-02-07" });
      expect(steps(d, "skipped").length).toBe(7);
      // rollBackward: false keeps the day off
      expect(computeDeadline(back(2, "day"), { due: "2024-02-16", policy: { rollBackward: false } }).lastDay).toBe("2024-02-14");
    });

    it("1 working day before Thu 15/02/2024 → Wed 07/02/2024 (the last working day before Tết)", () => {
      expect(computeDeadline(back(1, "working_day"), { due: "2024-02-15" }).lastDay).toBe("2024-02-07");
    });

    it("needs context.due", () => {
      const e = errorOf(() => computeDeadline(back(2, "day"), { anchor: "2024-05-01" }));
      expect(e.code).toBe("missing_context");
      expect(e.issues[0]?.path).toEqual(["context", "due"]);
    });
  });

  describe("urgency, same day (NĐ 30/2020 Đ.4.2.c)", () => {
    it("hỏa tốc defaults to 24 hours, thượng khẩn to 1 working day, khẩn to 2 working days (local conventions, noted)", () => {
      const anchor = "2024-01-09T10:00";
      const hoaToc = computeDeadline({ kind: "urgent", level: "hoa_toc" }, { anchor });
      expect(hoaToc.endsAt).toBe("2024-01-10T10:00:00+07:00");
      expect(hoaToc.notes).toContainEqual(expect.objectContaining({ code: "local_convention" }));
      expect(computeDeadline({ kind: "urgent", level: "thuong_khan" }, { anchor }).lastDay).toBe("2024-01-10");
      expect(computeDeadline({ kind: "urgent", level: "khan" }, { anchor }).lastDay).toBe("2024-01-11");
      expect(computeDeadline({ kind: "urgent", level: "khan" }, { anchor, policy: { urgency: { hoa_toc: { amount: 8, unit: "hour" }, thuong_khan: { amount: 1, unit: "day" }, khan: { amount: 5, unit: "day" } } } }).lastDay).toBe("2024-01-15");
    });

    it('"trong ngày, chậm nhất là ngày làm việc tiếp theo": received Wed 07/02/2024 → Thu 15/02/2024 (after Tết)', () => {
      expect(computeDeadline({ kind: "same_day", nextWorkingDay: true }, { anchor: "2024-02-07T10:00" }).lastDay).toBe("2024-02-15");
      expect(computeDeadline({ kind: "same_day", nextWorkingDay: false }, { anchor: "2024-02-07T10:00" }).lastDay).toBe("2024-02-07");
      expect(computeDeadline({ kind: "same_day", nextWorkingDay: false }, { anchor: "2024-02-10T10:00" }).lastDay).toBe("2024-02-15");
    });
  });

  describe("reporting windows (NĐ 09/2019 Đ.12)", () => {
    const window = (frequency: "monthly" | "quarterly" | "half_yearly" | "yearly"): DeadlineRule => ({ kind: "reporting_window", frequency, fromDay: 15, toDay: 14 });
    it("monthly July 2024 = 15/06–14/07/2024", () => {
      const d = computeDeadline(window("monthly"), { period: "2024-07" });
      expect(d.window).toEqual({ from: "2024-06-15", to: "2024-07-14" });
      expect(d.lastDay).toBe("2024-07-14");
      expect(steps(d, "reporting_window")[0]?.basis?.doc).toMatch(/09\/2019/);
    });

    it("quarterly Q1 2024 = 15/12/2023–14/03/2024; H1 2024 = 15/12/2023–14/06/2024; yearly 2024 = 15/12/2023–14/12/2024", () => {
      expect(computeDeadline(window("quarterly"), { period: "2024-Q1" }).window).toEqual({ from: "2023-12-15", to: "2024-03-14" });
      expect(computeDeadline(window("half_yearly"), { period: "2024-H1" }).window).toEqual({ from: "2023-12-15", to: "2024-06-14" });
      expect(computeDeadline(window("yearly"), { period: "2024" }).window).toEqual({ from: "2023-12-15", to: "2024-12-14" });
      expect(computeDeadline(window("yearly"), { year: 2024 }).window).toEqual({ from: "2023-12-15", to: "2024-12-14" });
    });

    it("policy.reportingWindow replaces the default days 15→14, but not days a rule states itself", () => {
      const policy = { reportingWindow: { fromDay: 20, toDay: 19 } };
      expect(computeDeadline(window("monthly"), { period: "2024-07", policy }).window).toEqual({ from: "2024-06-20", to: "2024-07-19" });
      expect(computeDeadline({ kind: "reporting_window", frequency: "monthly", fromDay: 1, toDay: 31 }, { period: "2024-06", policy }).window).toEqual({ from: "2024-05-01", to: "2024-06-30" });
    });

    it("a period of the wrong kind or none is an error", () => {
      expect(errorOf(() => computeDeadline(window("monthly"), { period: "2024-Q1" })).code).toBe("invalid_value");
      expect(errorOf(() => computeDeadline(window("monthly"))).code).toBe("missing_context");
    });
  });

  describe("exceptions and caps", () => {
    const target: DeadlineRule = { ...rel(3, "day"), except: [{ urgency: "hoa_toc" }], kind: "relative" };
    it('"trừ trường hợp hỏa tốc" without a rule waives the target: the main deadline, waived: true and a waived step', () => {
      const d = computeDeadline(target, { anchor: "2024-01-09", urgency: "hoa_toc" });
      expect(d.waived).toBe(true);
      expect(d.lastDay).toBe("2024-01-12");
      expect(codes(d)).toContain("waived");
      const normal = computeDeadline(target, { anchor: "2024-01-09", urgency: "khan" });
      expect(normal.waived).toBeUndefined();
    });

    it('"trừ trường hợp hỏa tốc (trong 24h)": the exception rule is used', () => {
      const rule: DeadlineRule = { ...rel(3, "day"), except: [{ urgency: "hoa_toc", rule: rel(24, "hour") }] };
      const d = computeDeadline(rule, { anchor: "2024-01-09T10:00", urgency: "hoa_toc" });
      expect(d.endsAt).toBe("2024-01-10T10:00:00+07:00");
      expect(codes(d)).toContain("exception_applied");
    });

    it('a cap ("không quá 90 ngày") applies when earlier than the rule\'s deadline', () => {
      const rule: DeadlineRule = { kind: "fixed_date", dates: [{ year: 2024, month: 12, day: 31 }], bound: "by", cap: { amount: 90, unit: "day" } };
      const d = computeDeadline(rule, { anchor: "2024-01-09" });
      expect(d.lastDay).toBe("2024-04-08");
      expect(codes(d)).toContain("cap_applied");
      const late = computeDeadline(rule, { anchor: "2024-11-01" });
      expect(late.lastDay).toBe("2024-12-31");
      expect(codes(late)).toContain("cap_checked");
    });
  });

  describe("data status (provisional)", () => {
    it("a deadline in 2028 (no official notice yet) is provisional; require: decided → CalendarCoverageError", () => {
      const d = computeDeadline(rel(10, "working_day"), { anchor: "2028-01-20" });
      expect(d.provisional).toBe(true);
      expect(d.undecided?.[0]).toEqual({ date: "2028-01-21", status: "projected" });
      expect(codes(d)).toContain("data_status");
      const e = errorOf(() => computeDeadline(rel(10, "working_day"), { anchor: "2028-01-20", policy: { require: "decided" } }));
      expect(e).toBeInstanceOf(CalendarCoverageError);
      expect((e as CalendarCoverageError).year).toBe(2028);
    });

    it("a working-day count crossing 24/11/2026 (reported, not decided) is provisional and names the day", () => {
      const d = computeDeadline(rel(10, "working_day"), { anchor: "2026-11-20" });
      expect(d.provisional).toBe(true);
      expect(d.undecided).toContainEqual({ date: "2026-11-24", status: "reported" });
      const status = steps(d, "data_status").find((s) => s.params["date"] === "2026-11-24");
      expect(String(status?.params["name"])).toMatch(/Văn hóa/);
    });

    it("a deadline that only crosses decided days is not provisional, and hours never depend on the calendar", () => {
      expect(computeDeadline(rel(10, "working_day"), { anchor: "2024-01-20" }).provisional).toBe(false);
      expect(computeDeadline(rel(48, "hour"), { anchor: "2028-01-20" }).provisional).toBe(false);
    });
  });

  describe("input validation at the boundary", () => {
    it.each([
      ["a bad rule", () => computeDeadline({ kind: "relative", amount: -1, unit: "day", anchor: { text: "" } }), "invalid_rule"],
      ["no anchor for a relative rule", () => computeDeadline(rel(10, "day")), "missing_context"],
      ["an impossible anchor date", () => computeDeadline(rel(10, "day"), { anchor: "2024-02-30" }), "invalid_date"],
      ["a bad anchor instant", () => computeDeadline(rel(10, "day"), { anchor: "2024-02-03T25:00" }), "invalid_instant"],
      ["a non-string anchor", () => computeDeadline(rel(10, "day"), { anchor: 20240101 as unknown as string }), "invalid_type"],
      ["a bad due date", () => computeDeadline({ kind: "before_deadline", amount: 1, unit: "day", reference: "x" }, { due: "2024-13-01" }), "invalid_date"],
      ["a bad period", () => computeDeadline({ kind: "reporting_window", frequency: "monthly", fromDay: 15, toDay: 14 }, { period: "2024-13" }), "invalid_value"],
      ["an unknown context key", () => computeDeadline(rel(10, "day"), { anchors: "2024-01-01" } as never), "unknown_key"],
      ["an unknown policy key", () => computeDeadline(rel(10, "day"), { anchor: "2024-01-01", policy: { rollforward: false } as never }), "unknown_key"],
      ["a bad urgency", () => computeDeadline(rel(10, "day"), { anchor: "2024-01-01", urgency: "urgent" as never }), "invalid_value"],
      ["a non-calendar", () => computeDeadline(rel(10, "day"), { anchor: "2024-01-01", calendar: {} as never }), "invalid_type"],
      ["a null context", () => computeDeadline(rel(10, "day"), null as never), "invalid_type"],
      ["a null rule", () => computeDeadline(null as never), "invalid_rule"],
    ])("rejects %s with a ThoihanError, never a TypeError", (_name, fn, code) => {
      const e = errorOf(fn);
      expect(e.issues.map((i) => i.code)).toContain(code);
    });

    it("a result beyond 2199 is a CalendarRangeError", () => {
      expect(() => computeDeadline(rel(10, "day"), { anchor: "2199-12-25" })).toThrow(CalendarRangeError);
      expect(() => computeDeadline(rel(5, "working_day"), { anchor: "2199-12-29" })).toThrow(CalendarRangeError);
      expect(() => computeDeadline(rel(2, "month"), { anchor: "2199-11-15" })).toThrow(CalendarRangeError);
    });

    it("the policy path of an error points into the context", () => {
      const e = errorOf(() => computeDeadline(rel(10, "day"), { anchor: "2024-01-01", policy: { beforeDate: "loose" } as never }));
      expect(e.code).toBe("invalid_option");
      expect(e.issues[1]?.path).toEqual(["context", "policy", "beforeDate"]);
    });
  });
});

describe("computeDeadline notes", () => {
  it.each([
    ["trước ngày 14/11/2023", {}],
    ["hỏa tốc", { anchor: "2024-01-05T10:00" }],
    ["trong 1 tháng kể từ ngày ký", { anchor: "2025-01-31" }],
    ["chậm nhất 3 ngày kể từ ngày ban hành", { anchor: "2024-01-05" }],
  ] as const)("%s: each note code appears once (the computed note, with its dates, replaces the parser's)", (text, context) => {
    // Arrange
    const rule = parseDeadline(text);
    // Act
    const notes = computeDeadline(rule, context).notes ?? [];
    // Assert
    const codes = notes.map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(0);
  });
});
