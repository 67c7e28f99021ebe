/**
 * Forms of the fifth unseen batch: a limit before a named period ("hoàn thành trước tháng
 * 10/2024"). Each form: read by parseDeadline, written back by formatDeadline (vi round trip, en),
 * computed by computeDeadline under the BLDS defaults with its trace, and found inside a sentence
 * by findDeadlines with the same rule.
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { roundTrips } from "./_forms.js";

const codes = (trace: readonly { code: string }[]): string[] => trace.map((s) => s.code);

/** findDeadlines finds `phrase` inside `sentence`, with the rule parseDeadline gives for it. */
function foundIn(sentence: string, phrase: string): void {
  const match = findDeadlines(sentence).find((m) => m.text === phrase);
  expect(match?.role).toBe("deadline");
  expect(match?.rule).toEqual(parseDeadline(phrase));
}

describe("forms of the fifth unseen batch", () => {
  describe("before a named period: strictly before its first day, the last day of the period before", () => {
    it("'trước tháng 10/2024' ends on Monday 30/09/2024 (the last day of September), read like 'trước ngày 01/10/2024' with the period word kept", () => {
      const rule = parseDeadline("trước tháng 10/2024");
      expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2024, month: 10, day: 1 }], bound: "before", notes: [{ code: "before_date_reading" }], wording: { day: "tháng" } });
      const d = computeDeadline(rule, {});
      expect(d.lastDay).toBe("2024-09-30");
      expect(codes(d.trace)).toEqual(["before_date", "end_of_day"]);
      expect(d.trace[0]).toMatchObject({ params: { date: "2024-10-01", lastDay: "2024-09-30", reading: "strict" } });
      expect(formatDeadline(rule)).toBe("trước tháng 10/2024");
      expect(formatDeadline(rule, { locale: "en" })).toBe("strictly before 01/10/2024");
      roundTrips(rule);
      foundIn("Các địa phương phải hoàn thành trước tháng 10/2024 để trình cấp có thẩm quyền xem xét.", "trước tháng 10/2024");
    });

    it("'trước quý IV/2024' ends on 30/09/2024, the last day of quarter III; an Arabic quarter number reads the same and is written in Roman", () => {
      const rule = parseDeadline("trước quý IV/2024");
      expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ year: 2024, month: 10, day: 1 }], bound: "before", wording: { day: "quý" } });
      expect(computeDeadline(rule, {}).lastDay).toBe("2024-09-30");
      expect(parseDeadline("trước quý 4/2024")).toEqual(rule);
      expect(formatDeadline(rule)).toBe("trước quý IV/2024");
      roundTrips(rule);
      foundIn("Đề án phải được trình trước quý IV/2024 theo kế hoạch.", "trước quý IV/2024");
    });

    it("'trước năm 2025' ends on 31/12/2024; 'chậm nhất trước tháng 3 năm 2025' keeps its lead and ends on 28/02/2025", () => {
      const year = parseDeadline("trước năm 2025");
      expect(year).toMatchObject({ kind: "fixed_date", dates: [{ year: 2025, month: 1, day: 1 }], bound: "before", wording: { day: "năm" } });
      expect(computeDeadline(year, {}).lastDay).toBe("2024-12-31");
      roundTrips(year);
      const month = parseDeadline("chậm nhất trước tháng 3 năm 2025");
      expect(month).toMatchObject({ dates: [{ year: 2025, month: 3, day: 1 }], wording: { day: "tháng", lead: "chậm nhất trước" } });
      expect(computeDeadline(month, {}).lastDay).toBe("2025-02-28");
      expect(formatDeadline(month)).toBe("chậm nhất trước tháng 03/2025");
      roundTrips(month);
    });

    it("a named period with no year names no single day ('trước tháng 10' is refused), and a month that does not exist is a contradiction", () => {
      expect(safeParseDeadline("trước tháng 10").success).toBe(false);
      const r = safeParseDeadline("trước tháng 13/2024");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]).toMatchObject({ code: "phrase_contradiction", params: { reason: "month_not_exist" } });
    });

    it("a period word in the wording that does not fit the dates is ignored by the formatter: the date is written", () => {
      const rule = { kind: "fixed_date" as const, dates: [{ year: 2024, month: 10, day: 15 }], bound: "before" as const, wording: { day: "tháng" } };
      expect(formatDeadline(rule)).toBe("trước ngày 15/10/2024");
    });
  });

  describe("a window that starts now ('từ nay đến …'): its end is the limit", () => {
    it("'từ nay đến cuối năm 2025' is the year 2025 read to its end: Wednesday 31/12/2025, the lead kept", () => {
      const rule = parseDeadline("từ nay đến cuối năm 2025");
      expect(rule).toEqual({ kind: "period", period: { unit: "year", year: 2025 }, wording: { lead: "từ nay đến cuối" } });
      const d = computeDeadline(rule, {});
      expect(d.lastDay).toBe("2025-12-31");
      expect(codes(d.trace)[0]).toBe("period_end");
      expect(formatDeadline(rule)).toBe("từ nay đến cuối năm 2025");
      expect(formatDeadline(rule, { locale: "en" })).toBe("by the end of 2025");
      roundTrips(rule);
      foundIn("Thành phố phấn đấu từ nay đến cuối năm 2025 hoàn thành việc sắp xếp các đơn vị.", "từ nay đến cuối năm 2025");
    });

    it("'từ nay đến ngày 31/12/2025' is that day inclusive, 'Từ nay đến hết tháng 12/2025' the month's last day", () => {
      const day = parseDeadline("từ nay đến ngày 31/12/2025");
      expect(day).toEqual({ kind: "fixed_date", dates: [{ year: 2025, month: 12, day: 31 }], bound: "by", wording: { lead: "từ nay đến" } });
      expect(computeDeadline(day, {}).lastDay).toBe("2025-12-31");
      roundTrips(day);
      const month = parseDeadline("Từ nay đến hết tháng 12/2025");
      expect(month).toEqual({ kind: "period", period: { unit: "month", month: 12, year: 2025 }, wording: { lead: "từ nay đến hết" } });
      expect(computeDeadline(month, {}).lastDay).toBe("2025-12-31");
      roundTrips(month);
      foundIn("Yêu cầu các đơn vị từ nay đến ngày 31/12/2025 rà soát toàn bộ hồ sơ.", "từ nay đến ngày 31/12/2025");
      foundIn("Các đơn vị từ nay đến hết tháng 12/2025 phải rà soát toàn bộ hồ sơ.", "từ nay đến hết tháng 12/2025");
    });

    it("'từ nay' with no end after it is no lead ('từ nay về sau' is refused)", () => {
      expect(safeParseDeadline("từ nay về sau").success).toBe(false);
    });
  });

  describe("immediately before an event ('chậm nhất ngay trước thời điểm …')", () => {
    it("is at the latest the event itself: the departure at 15:00 on Wednesday 08/10/2025 gives that day, the anchor verbatim", () => {
      const text = "chậm nhất ngay trước thời điểm tàu thuyền rời cảng";
      const rule = parseDeadline(text);
      expect(rule).toEqual({ kind: "same_day", nextWorkingDay: false, anchor: { text: "thời điểm tàu thuyền rời cảng" }, wording: { lead: "chậm nhất ngay trước" } });
      const d = computeDeadline(rule, { anchor: "2025-10-08T15:00:00+07:00" });
      expect(d.lastDay).toBe("2025-10-08");
      expect(codes(d.trace)).toContain("anchor");
      expect(formatDeadline(rule)).toBe(text);
      expect(formatDeadline(rule, { locale: "en" })).toBe('immediately before "thời điểm tàu thuyền rời cảng", at the latest on its day');
      roundTrips(rule);
      foundIn(`Thuyền trưởng nộp bản khai ${text}.`, text);
    });

    it("'ngay trước khi khai mạc kỳ họp' reads the same way without 'chậm nhất'; 'ngay trước' with nothing after it is refused", () => {
      const rule = parseDeadline("ngay trước khi khai mạc kỳ họp");
      expect(rule).toMatchObject({ kind: "same_day", anchor: { text: "khi khai mạc kỳ họp" }, wording: { lead: "ngay trước" } });
      roundTrips(rule);
      expect(safeParseDeadline("chậm nhất ngay trước").success).toBe(false);
    });
  });
});

