/**
 * The forms of DESIGN §4 beyond the seeds: each read by parseDeadline, written back by
 * formatDeadline (vi round trip, en) and computed by computeDeadline with its trace.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { newFormPhraseArb } from "./_arbitraries.js";

const codes = (trace: readonly { code: string }[]): string[] => trace.map((s) => s.code);

describe("forms beyond the seeds", () => {
  describe("roles that are not deadlines", () => {
    it("'có hiệu lực sau 45 ngày kể từ ngày ký' is an entry into force counted like a time limit (BLDS Đ.147: the signing day is not counted): 10/01/2025 + 45 days = 24/02/2025", () => {
      // Arrange
      const rule = parseDeadline("có hiệu lực sau 45 ngày kể từ ngày ký");
      // Act
      const d = computeDeadline(rule, { anchor: "2025-01-10" });
      // Assert
      expect(rule).toMatchObject({ kind: "relative", amount: 45, unit: "day", anchor: { text: "ngày ký" }, role: "entry_into_force", wording: { lead: "sau" } });
      expect(d.lastDay).toBe("2025-02-24");
      expect(d.trace.find((s) => s.code === "role")?.params).toEqual({ role: "entry_into_force" });
      expect(formatDeadline(rule, { locale: "en" })).toBe("takes effect (entry into force): 45 calendar days after the date of signature");
    });

    it("'có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025' is a dated entry into force: the day itself", () => {
      const rule = parseDeadline("có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025");
      expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ year: 2025, month: 7, day: 1 }], bound: "by", role: "entry_into_force" });
      expect(computeDeadline(rule).lastDay).toBe("2025-07-01");
      expect(formatDeadline(rule)).toBe("có hiệu lực thi hành kể từ ngày 01/07/2025");
    });

    it("'có thời hạn 12 tháng' is a validity period: from 31/03/2024, the corresponding day twelve months on (BLDS Đ.148.3) = 31/03/2025", () => {
      const rule = parseDeadline("có thời hạn 12 tháng");
      const d = computeDeadline(rule, { anchor: "2024-03-31" });
      expect(rule).toMatchObject({ kind: "relative", amount: 12, unit: "month", role: "validity" });
      expect(d.lastDay).toBe("2025-03-31");
      expect(codes(d.trace)).toContain("role");
      expect(formatDeadline(rule, { locale: "en" })).toMatch(/^valid \(validity period\): /);
    });

    it("'niêm yết công khai ít nhất 15 ngày' is a minimum notice: the posting may end after 15 calendar days, not before", () => {
      const rule = parseDeadline("niêm yết công khai ít nhất 15 ngày");
      expect(rule).toMatchObject({ kind: "relative", amount: 15, unit: "day", role: "minimum_notice", wording: { lead: "ít nhất" } });
      expect(computeDeadline(rule, { anchor: "2025-06-02" }).lastDay).toBe("2025-06-17");
      expect(formatDeadline(rule)).toBe("niêm yết công khai ít nhất 15 ngày");
      expect(formatDeadline(rule, { locale: "en" })).toBe("posted or notified (minimum notice): at least 15 calendar days");
    });

    it("'có thể gia hạn một lần nhưng không quá 10 ngày làm việc' is an extension limit: 10 working days from Monday 02/06/2025 end on Monday 16/06/2025", () => {
      const rule = parseDeadline("có thể gia hạn một lần nhưng không quá 10 ngày làm việc");
      expect(rule).toMatchObject({ kind: "relative", amount: 10, unit: "working_day", role: "extension_limit", wording: { role: "có thể gia hạn một lần nhưng", lead: "không quá" } });
      expect(computeDeadline(rule, { anchor: "2025-06-02" }).lastDay).toBe("2025-06-16");
      expect(formatDeadline(rule)).toBe("có thể gia hạn một lần nhưng không quá 10 ngày làm việc");
    });

    it("'niêm yết công khai trong thời gian ít nhất 15 ngày': 'ít nhất' after another lead word is read with it, rendered 'at least' in English", () => {
      const rule = parseDeadline("niêm yết công khai trong thời gian ít nhất 15 ngày");
      expect(rule).toMatchObject({ kind: "relative", amount: 15, role: "minimum_notice", wording: { lead: "trong thời gian ít nhất" } });
      expect(formatDeadline(rule, { locale: "en" })).toBe("posted or notified (minimum notice): at least 15 calendar days");
    });

    it("an extension limit with the words naming what is extended is still one limit (Luật Chứng khoán 2019 Đ.26: 'gia hạn việc phân phối chứng khoán nhưng tối đa không quá 30 ngày' from 16/06/2025 = 16/07/2025), the words kept verbatim", () => {
      const rule = parseDeadline("gia hạn việc phân phối chứng khoán nhưng tối đa không quá 30 ngày");
      expect(rule).toMatchObject({ kind: "relative", amount: 30, unit: "day", role: "extension_limit", wording: { role: "gia hạn việc phân phối chứng khoán nhưng", lead: "tối đa không quá" } });
      const d = computeDeadline(rule, { anchor: "2025-06-16" });
      expect(d.lastDay).toBe("2025-07-16");
      expect(d.trace.find((s) => s.code === "role")?.params).toEqual({ role: "extension_limit" });
      expect(formatDeadline(rule)).toBe("gia hạn việc phân phối chứng khoán nhưng tối đa không quá 30 ngày");
      expect(formatDeadline(rule, { locale: "en" })).toMatch(/^may be extended \(extension limit\): no/);
    });

    it("the words may stand before the role words: 'Thời hạn mỗi lần gia hạn không quá 05 ngày làm việc' (TT 55/2019 Đ.23) from Fri 26/12/2025 skips the New Year days off = 06/01/2026", () => {
      const rule = parseDeadline("Thời hạn mỗi lần gia hạn không quá 05 ngày làm việc");
      expect(rule).toMatchObject({ kind: "relative", amount: 5, unit: "working_day", role: "extension_limit", wording: { role: "mỗi lần gia hạn" } });
      expect(computeDeadline(rule, { anchor: "2025-12-26" }).lastDay).toBe("2026-01-06");
      const named = parseDeadline("thời hạn thẩm tra, xác minh được gia hạn nhưng không quá 40 ngày, kể từ ngày kết thúc việc kiểm tra");
      expect(named).toMatchObject({ kind: "relative", amount: 40, role: "extension_limit", anchor: { text: "ngày kết thúc việc kiểm tra" } });
    });

    it("one extension, then more words before its limit ('Việc gia hạn được thực hiện một lần với thời hạn không quá 30 ngày', NĐ 105/2021 Đ.22); several extensions of N days each are no single limit and are rejected", () => {
      expect(parseDeadline("Việc gia hạn được thực hiện một lần với thời hạn không quá 30 ngày")).toMatchObject({ kind: "relative", amount: 30, role: "extension_limit" });
      expect(parseDeadline("Thời gian gia hạn là 01 lần và tối đa không quá 01 tháng")).toMatchObject({ kind: "relative", amount: 1, unit: "month", role: "extension_limit" });
      const several = safeParseDeadline("có thể gia hạn giải quyết tố cáo 02 lần, mỗi lần không quá 30 ngày");
      expect(several.success).toBe(false);
    });

    it("'có hiệu lực thi hành từ ngày 15 tháng 10 năm 2024 đến hết ngày 31 tháng 12 năm 2027' (NĐ 131/2024 Đ.6) is in force within a window: valid until 31/12/2027", () => {
      const rule = parseDeadline("có hiệu lực thi hành từ ngày 15 tháng 10 năm 2024 đến hết ngày 31 tháng 12 năm 2027");
      expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ year: 2027, month: 12, day: 31 }], bound: "by", role: "validity", wording: { from: "15/10/2024" } });
      const d = computeDeadline(rule);
      expect(d.lastDay).toBe("2027-12-31");
      expect(d.trace.find((s) => s.code === "role")?.params).toEqual({ role: "validity" });
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
      expect(formatDeadline(rule, { locale: "en" })).toMatch(/^valid \(validity period\): from 15\/10\/2024 to 31\/12\/2027/);
    });

    it("'có hiệu lực đến hết ngày 30 tháng 3 năm 2026' (TT 18/2021 Đ.4) is valid until that day, inclusive: 30/03/2026", () => {
      const rule = parseDeadline("có hiệu lực đến hết ngày 30 tháng 3 năm 2026");
      expect(rule).toMatchObject({ kind: "fixed_date", bound: "by", role: "validity", wording: { lead: "đến hết" } });
      expect(computeDeadline(rule).lastDay).toBe("2026-03-30");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
    });

    it("'ít nhất là 07 ngày kể từ ngày đăng, phát cải chính, xin lỗi' (Luật Báo chí 2016 Đ.42) is a minimum notice with no role words: kept at least to the end of 15/10/2025 when published 08/10/2025; 'tối thiểu 1 ngày 1 văn bản' stays a quota", () => {
      const rule = parseDeadline("ít nhất là 07 ngày kể từ ngày đăng, phát cải chính, xin lỗi");
      expect(rule).toMatchObject({ kind: "relative", amount: 7, anchor: { text: "ngày đăng, phát cải chính, xin lỗi" }, role: "minimum_notice", wording: { lead: "ít nhất là", role: "" } });
      expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-15");
      expect(formatDeadline(rule)).toBe("ít nhất là 7 ngày kể từ ngày đăng, phát cải chính, xin lỗi");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
      const quota = safeParseDeadline("tối thiểu 1 ngày 1 văn bản");
      expect(quota.success ? "" : quota.error.code).toBe("phrase_quota");
    });

    it("'có hiệu lực kể từ ngày ký' is in force on the day of the event itself, counted on it: signed Tuesday 11/03/2025, in force 11/03/2025", () => {
      const rule = parseDeadline("có hiệu lực kể từ ngày ký");
      expect(rule).toMatchObject({ kind: "same_day", nextWorkingDay: false, anchor: { text: "ngày ký" }, role: "entry_into_force" });
      const d = computeDeadline(rule, { anchor: "2025-03-11" });
      expect(d.lastDay).toBe("2025-03-11");
      expect(codes(d.trace)).toContain("role");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
      expect(formatDeadline(rule, { locale: "en" })).toBe("takes effect (entry into force): from the day of the date of signature");
    });

    it("'có hiệu lực thi hành từ ngày ban hành' keeps its words; 'có hiệu lực sau 45 ngày kể từ ngày ký' is still counted 45 days", () => {
      const rule = parseDeadline("có hiệu lực thi hành từ ngày ban hành");
      expect(rule).toMatchObject({ kind: "same_day", anchor: { text: "ngày ban hành" }, role: "entry_into_force", wording: { lead: "từ", role: "có hiệu lực thi hành" } });
      expect(formatDeadline(rule)).toBe("có hiệu lực thi hành từ ngày ban hành");
      expect(parseDeadline("có hiệu lực sau 45 ngày kể từ ngày ký")).toMatchObject({ kind: "relative", amount: 45, role: "entry_into_force" });
    });

    it("'có hiệu lực thi hành kể từ ngày ký đến hết ngày 31 tháng 12 năm 2022' (TT 11/2021 Đ.26) is valid until the day named, inclusive: 31/12/2022; the end is never read into the anchor", () => {
      const rule = parseDeadline("có hiệu lực thi hành kể từ ngày ký đến hết ngày 31 tháng 12 năm 2022");
      expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ year: 2022, month: 12, day: 31 }], bound: "by", role: "validity", wording: { role: "có hiệu lực thi hành kể từ ngày ký" } });
      expect(computeDeadline(rule, { anchor: "2022-06-01" }).lastDay).toBe("2022-12-31");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
    });

    it("'có hiệu lực 5 năm (năm năm) kể từ ngày cấp' (QĐ 55/2010 Đ.7) is a validity of five years, the words in brackets checked: from 26/12/2025, 26/12/2030", () => {
      const rule = parseDeadline("có hiệu lực 5 năm (năm năm) kể từ ngày cấp");
      expect(rule).toMatchObject({ kind: "relative", amount: 5, unit: "year", anchor: { text: "ngày cấp" }, role: "validity", wording: { role: "có hiệu lực" } });
      expect(computeDeadline(rule, { anchor: "2025-12-26" }).lastDay).toBe("2030-12-26");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
      const r = safeParseDeadline("có hiệu lực 5 năm (sáu năm) kể từ ngày cấp");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.params["reason"]).toBe("digits_words_mismatch");
    });
  });

  describe("counted back from an event that is not a deadline", () => {
    it("'trước ngày khai mạc kỳ họp ít nhất 15 ngày': the event day is context.due; at least 15 days before Tuesday 01/07/2025 is Monday 16/06/2025", () => {
      const rule = parseDeadline("trước ngày khai mạc kỳ họp ít nhất 15 ngày");
      const d = computeDeadline(rule, { due: "2025-07-01" });
      expect(rule).toMatchObject({ kind: "before_deadline", amount: 15, unit: "day", reference: "ngày khai mạc kỳ họp", wording: { lead: "ít nhất", order: "reference_first" } });
      expect(d.lastDay).toBe("2025-06-16");
      expect(codes(d.trace)).toContain("counted_back");
      expect(formatDeadline(rule, { locale: "en" })).toBe('at least 15 calendar days before "ngày khai mạc kỳ họp"');
    });

    it("'trước ngày tổ chức đại hội ít nhất 05 ngày làm việc' skips the National Day holidays (01–02/09/2025) counting back from Friday 05/09/2025: Wednesday 27/08/2025", () => {
      const rule = parseDeadline("trước ngày tổ chức đại hội ít nhất 05 ngày làm việc");
      expect(computeDeadline(rule, { due: "2025-09-05" }).lastDay).toBe("2025-08-27");
    });

    it("'trước khi hợp đồng hết hạn 30 ngày' keeps 'khi …' as the reference and the order for the round trip", () => {
      const rule = parseDeadline("trước khi hợp đồng hết hạn 30 ngày");
      expect(rule).toMatchObject({ kind: "before_deadline", amount: 30, reference: "khi hợp đồng hết hạn", wording: { order: "reference_first" } });
      expect(formatDeadline(rule)).toBe("trước khi hợp đồng hết hạn 30 ngày");
    });

    it("a reference with no count after it is not understood from its first word (the words after 'trước')", () => {
      for (const [text, index] of [["trước khi giấy phép hết hạn", 6], ["nộp trước Sở Nội vụ", 10], ["trước phiên họp", 6]] as const) {
        const r = safeParseDeadline(text);
        expect(r.success).toBe(false);
        if (!r.success) expect(r.error.issues[0]?.params).toMatchObject({ index });
      }
      expect(safeParseDeadline("nộp trước ngày...").success).toBe(false);
    });

    it("'trước phiên họp ít nhất 05 ngày làm việc', 'trước kỳ họp 10 ngày': a reference the lexicon does not know is read up to the count", () => {
      expect(parseDeadline("trước phiên họp ít nhất 05 ngày làm việc")).toMatchObject({ kind: "before_deadline", amount: 5, unit: "working_day", reference: "phiên họp" });
      expect(parseDeadline("trước kỳ họp 10 ngày")).toMatchObject({ kind: "before_deadline", amount: 10, unit: "day", reference: "kỳ họp" });
    });
  });

  describe("reporting days of Nghị định 09/2019", () => {
    it("'chậm nhất vào ngày 20 của tháng báo cáo' is day 20 of the reporting month itself (offset 0): 20/08/2025 for the period 2025-08", () => {
      const rule = parseDeadline("chậm nhất vào ngày 20 của tháng báo cáo");
      expect(rule).toMatchObject({ kind: "recurring", frequency: "monthly", day: 20, bound: "by", offset: 0 });
      expect(computeDeadline(rule, { period: "2025-08" }).lastDay).toBe("2025-08-20");
      expect(formatDeadline(rule)).toBe("chậm nhất vào ngày 20 của tháng báo cáo");
    });

    it("'ngày 10 của tháng trước tháng diễn ra kỳ họp' is day 10 of the month before the meeting's month (offset −1)", () => {
      const rule = parseDeadline("ngày 10 của tháng trước tháng diễn ra kỳ họp");
      expect(rule).toMatchObject({ frequency: "monthly", day: 10, offset: -1, wording: { base: "tháng diễn ra kỳ họp" } });
      expect(computeDeadline(rule, { anchor: "2025-12-08" }).lastDay).toBe("2025-11-10");
    });
  });

  describe("counted back from an event whose words start with a number word", () => {
    it("'chậm nhất là 15 ngày trước ngày không tiếp tục hành nghề kiểm toán' (TT 202/2012): 'không' is no number there, the reference is kept; 15 days before 31/03/2025 is Sunday 16/03, moved back to Friday 14/03/2025", () => {
      const rule = parseDeadline("chậm nhất là 15 ngày trước ngày không tiếp tục hành nghề kiểm toán");
      expect(rule).toMatchObject({ kind: "before_deadline", amount: 15, reference: "ngày không tiếp tục hành nghề kiểm toán" });
      expect(computeDeadline(rule, { due: "2025-03-31" }).lastDay).toBe("2025-03-14");
      // a date after "trước" is still no reference
      expect(safeParseDeadline("chậm nhất 2 ngày trước ngày hai mươi").success).toBe(false);
    });
  });

  describe("times on the next day", () => {
    it("'trước 14 giờ ngày tiếp theo' (TT 34/2018 Đ.21) is 14:00 of the next calendar day, a named day not rolled: from Saturday 30/08/2025, Sunday 31/08/2025 at 14:00", () => {
      const rule = parseDeadline("trước 14 giờ ngày tiếp theo");
      expect(rule).toEqual({ kind: "same_day", nextWorkingDay: false, time: "14:00", nextDay: "day" });
      const d = computeDeadline(rule, { anchor: "2025-08-30" });
      expect(d.lastDay).toBe("2025-08-31");
      expect(d.endsAt).toBe("2025-08-31T14:00:00+07:00");
      expect(formatDeadline(rule, { locale: "en" })).toBe("before 14:00 of the next day");
    });

    it("'chậm nhất trước 10 giờ ngày làm việc tiếp theo' (NĐ 126/2020 Đ.30) is 10:00 of the next working day: from Friday 29/08/2025, past the National Day days off, Wednesday 03/09/2025", () => {
      const rule = parseDeadline("chậm nhất trước 10 giờ ngày làm việc tiếp theo");
      expect(rule).toMatchObject({ kind: "same_day", time: "10:00", nextDay: "working_day", wording: { lead: "chậm nhất trước" } });
      expect(computeDeadline(rule, { anchor: "2025-08-29" }).endsAt).toBe("2025-09-03T10:00:00+07:00");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
    });

    it("'chậm nhất vào 14 giờ của ngày làm việc tiếp theo ngày báo cáo' (TT 16/2012 Đ.20) keeps the day it follows as the anchor; 'trước 09 giờ sáng ngày hôm sau' is the next day at 09:00", () => {
      const rule = parseDeadline("chậm nhất vào 14 giờ của ngày làm việc tiếp theo ngày báo cáo");
      expect(rule).toMatchObject({ kind: "same_day", anchor: { text: "ngày báo cáo" }, time: "14:00", nextDay: "working_day" });
      expect(computeDeadline(rule, { anchor: "2025-04-29" }).lastDay).toBe("2025-05-05");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
      const morning = parseDeadline("trước 09 giờ sáng ngày hôm sau");
      expect(morning).toMatchObject({ time: "09:00", nextDay: "day", wording: { day: "ngày hôm sau" } });
      expect(computeDeadline(morning, { anchor: "2025-03-12" }).endsAt).toBe("2025-03-13T09:00:00+07:00");
    });
  });

  describe("the day of a date also in words", () => {
    it("'trước ngày 06 (sáu) tháng 3 năm 2025' is the same date as without the words; other words are a contradiction at them", () => {
      expect(parseDeadline("trước ngày 06 (sáu) tháng 3 năm 2025")).toEqual(parseDeadline("trước ngày 06 tháng 3 năm 2025"));
      const r = safeParseDeadline("trước ngày 06 (bảy) tháng 3 năm 2025");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.params).toMatchObject({ reason: "digits_words_mismatch", index: 15 });
    });
  });

  describe("windows of every month", () => {
    it("'từ ngày 20 đến ngày 25 hằng tháng' is a window of every month, its last day a named day: from 22/03/2025, 25/03/2025; from 26/03/2025, 25/04/2025", () => {
      const rule = parseDeadline("từ ngày 20 đến ngày 25 hằng tháng");
      expect(rule).toMatchObject({ kind: "recurring", frequency: "monthly", day: 25, bound: "by", wording: { from: "20" } });
      expect(computeDeadline(rule, { anchor: "2025-03-22" }).lastDay).toBe("2025-03-25");
      expect(computeDeadline(rule, { anchor: "2025-03-26" }).lastDay).toBe("2025-04-25");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
    });

    it("a monthly window that ends before it starts, or with another frequency, is a contradiction", () => {
      const reason = (text: string): unknown => {
        const r = safeParseDeadline(text);
        return r.success ? undefined : r.error.issues[0]?.params["reason"];
      };
      expect(reason("từ ngày 25 đến ngày 20 hằng tháng")).toBe("window_ends_before_start");
      expect(reason("từ ngày 20 đến ngày 25 hằng quý")).toBe("frequencies_conflict");
      expect(reason("từ ngày 01 đến ngày 10")).toBe("window_end_without_month");
    });
  });

  describe("dates of every year", () => {
    it("'trước ngày 05/6 và 05/12 hàng năm' is the next of those days after the anchor, every year: from 01/07/2025, before 05/12/2025 = 04/12/2025; from 20/12/2025, 04/06/2026", () => {
      const rule = parseDeadline("trước ngày 05/6 và 05/12 hàng năm");
      expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ month: 6, day: 5 }, { month: 12, day: 5 }], bound: "before", wording: { everyYear: "hàng năm" } });
      expect(computeDeadline(rule, { anchor: "2025-07-01" }).lastDay).toBe("2025-12-04");
      expect(computeDeadline(rule, { anchor: "2025-12-20" }).lastDay).toBe("2026-06-04");
      expect(formatDeadline(rule)).toBe("trước ngày 05/06, 05/12 hàng năm");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
    });

    it("'Trước ngày 15 tháng 7 và trước ngày 15 tháng 01 hàng năm' (NĐ 54/2017): the lead may be repeated after 'và'; from 20/07/2025 the next is before 15/01/2026", () => {
      const rule = parseDeadline("Trước ngày 15 tháng 7 và trước ngày 15 tháng 01 hàng năm");
      expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ month: 7, day: 15 }, { month: 1, day: 15 }], bound: "before" });
      expect(computeDeadline(rule, { anchor: "2025-07-20" }).lastDay).toBe("2026-01-14");
    });

    it("a list with a year cannot recur every year: 'trước ngày 15/6 và 15/12/2025 hằng năm' is a contradiction", () => {
      const r = safeParseDeadline("trước ngày 15/6 và 15/12/2025 hằng năm");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.params["reason"]).toBe("list_cannot_recur_yearly");
    });
  });

  describe("the first days of the next period", () => {
    it("'trong thời hạn 10 ngày đầu của tháng tiếp theo' (TT 119/2020 Đ.41) is by day 10 of the next month, inclusive: for May 2025, 10/06/2025", () => {
      const rule = parseDeadline("trong thời hạn 10 ngày đầu của tháng tiếp theo");
      expect(rule).toMatchObject({ kind: "recurring", frequency: "monthly", day: 10, bound: "by", offset: 1 });
      expect(computeDeadline(rule, { period: "2025-05" }).lastDay).toBe("2025-06-10");
      expect(formatDeadline(rule)).toBe("trong thời hạn 10 ngày đầu của tháng tiếp theo");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
    });

    it("'trong 10 ngày của tháng kế tiếp' (NĐ 126/2020 Đ.30) and 'trong 15 ngày đầu quý sau' read the same way: 10/03/2025 for February, 15/01/2026 for Q4/2025", () => {
      expect(computeDeadline(parseDeadline("trong 10 ngày của tháng kế tiếp"), { period: "2025-02" }).lastDay).toBe("2025-03-10");
      expect(computeDeadline(parseDeadline("trong 15 ngày đầu quý sau"), { period: "2025-Q4" }).lastDay).toBe("2026-01-15");
    });

    it("the first 90 days of the next year name no day of its first month: a contradiction, not a guess", () => {
      const r = safeParseDeadline("trong thời hạn 90 ngày đầu của năm tiếp theo");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.params).toMatchObject({ reason: "day_not_exist", value: 90 });
    });
  });

  describe("reporting days with the number also in words", () => {
    it("'chậm nhất vào ngày 15 (mười lăm) của tháng đầu tiên quý tiếp theo quý báo cáo' (TT 16/2012) is day 15 of the first month of the next quarter: for Q4/2025, 15/01/2026", () => {
      const rule = parseDeadline("chậm nhất vào ngày 15 (mười lăm) của tháng đầu tiên quý tiếp theo quý báo cáo");
      expect(rule).toMatchObject({ kind: "recurring", frequency: "quarterly", month: 1, day: 15, bound: "by", offset: 1 });
      expect(computeDeadline(rule, { period: "2025-Q4" }).lastDay).toBe("2026-01-15");
      expect(formatDeadline(rule)).toBe("chậm nhất vào ngày 15 (mười lăm) của tháng đầu tiên quý tiếp theo quý báo cáo");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
    });

    it("the words must say the same number as the digits: 'ngày 15 (mười) của tháng tiếp theo' is a contradiction at 'mười'", () => {
      const r = safeParseDeadline("ngày 15 (mười) của tháng tiếp theo");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.params).toMatchObject({ reason: "digits_words_mismatch", token: "mười" });
    });
  });

  describe("the plan year", () => {
    it("'trước ngày 01 tháng 3 năm kế hoạch' (TT 312/2016 Đ.24) is before 1 March of the plan year, the period: for 2026, 28/02/2026", () => {
      const rule = parseDeadline("trước ngày 01 tháng 3 năm kế hoạch");
      expect(rule).toMatchObject({ kind: "recurring", frequency: "yearly", month: 3, day: 1, bound: "before", offset: 0 });
      const d = computeDeadline(rule, { period: "2026" });
      expect(d.lastDay).toBe("2026-02-28");
      expect(codes(d.trace)).toContain("before_date");
      expect(formatDeadline(rule)).toBe("trước ngày 01/03 năm kế hoạch");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
      expect(parseDeadline("truoc ngay 20 thang 7 nam ke hoach")).toMatchObject({ month: 7, day: 20, offset: 0 });
    });

    it("'đến hết ngày 15/12 năm nay' (TT 150/2012 Đ.12) is 15 December of the context's year, inclusive: 15/12/2025", () => {
      const rule = parseDeadline("đến hết ngày 15/12 năm nay");
      expect(rule).toMatchObject({ kind: "recurring", frequency: "yearly", month: 12, day: 15, bound: "by", offset: 0 });
      expect(computeDeadline(rule, { year: 2025 }).lastDay).toBe("2025-12-15");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
    });
  });

  describe("the day of each period in brackets", () => {
    it("'định kỳ hàng quý (trước ngày 30 của tháng đầu quý sau)' (TT 89/2015 Đ.25) is the deadline itself, not a remark: for Q3/2025, before 30/10/2025 = 29/10/2025", () => {
      const rule = parseDeadline("định kỳ hàng quý (trước ngày 30 của tháng đầu quý sau)");
      expect(rule).toMatchObject({ kind: "recurring", frequency: "quarterly", month: 1, day: 30, bound: "before", offset: 1, wording: { order: "every_first_bracket" } });
      const d = computeDeadline(rule, { period: "2025-Q3" });
      expect(d.lastDay).toBe("2025-10-29");
      expect(codes(d.trace)).toContain("before_date");
      expect(formatDeadline(rule)).toBe("định kỳ hàng quý (trước ngày 30 của tháng đầu quý sau)");
      expect(formatDeadline(rule, { locale: "en" }).length).toBeGreaterThan(0);
    });

    it("'hàng năm (trước ngày 01 tháng 10)' (NĐ 81/2018) is before 1 October of each year: 30/09/2025; a bracket that names no day stays a remark", () => {
      const rule = parseDeadline("hàng năm (trước ngày 01 tháng 10)");
      expect(computeDeadline(rule, { year: 2025 }).lastDay).toBe("2025-09-30");
      expect(parseDeadline("hằng tháng (ghi chú)")).toMatchObject({ kind: "recurring", frequency: "monthly", bound: "within", wording: { remark: "ghi chú" } });
    });
  });

  describe("windows of every year", () => {
    it("'từ ngày 01/12 đến ngày 31/12 hàng năm' (TT 272/2016 Đ.4) is a window of every year ending 31 December, a named day: 31/12/2025", () => {
      const rule = parseDeadline("từ ngày 01/12 đến ngày 31/12 hàng năm");
      expect(rule).toMatchObject({ kind: "recurring", frequency: "yearly", month: 12, day: 31, bound: "by", wording: { from: "01/12" } });
      expect(computeDeadline(rule, { anchor: "2025-01-02" }).lastDay).toBe("2025-12-31");
      expect(formatDeadline(rule)).toBe("từ ngày 01/12 đến ngày 31/12 hàng năm");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
    });

    it("'từ ngày 01/01 đến 31/12 năm sau' (TT 150/2012 Đ.12) is the window of the year after the context's: 31/12/2026 for 2025; another period after a yearly window is a contradiction", () => {
      const rule = parseDeadline("từ ngày 01/01 đến 31/12 năm sau");
      expect(rule).toMatchObject({ kind: "recurring", frequency: "yearly", month: 12, day: 31, offset: 1 });
      expect(computeDeadline(rule, { year: 2025 }).lastDay).toBe("2026-12-31");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
      const r = safeParseDeadline("từ ngày 01/12 đến ngày 31/12 hằng tháng");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.params).toMatchObject({ reason: "frequencies_conflict" });
    });
  });

  describe("hours with the part of the day, before their day", () => {
    it("'vào lúc 8h sáng ngày 15/3/2025' is 08:00 of that day; 'trước 5 giờ chiều ngày 15/3/2025' is 17:00 (an hour before noon with 'chiều' is in the afternoon)", () => {
      const morning = parseDeadline("vào lúc 8h sáng ngày 15/3/2025");
      expect(morning).toMatchObject({ kind: "fixed_date", dates: [{ year: 2025, month: 3, day: 15 }], bound: "by", time: "08:00" });
      expect(computeDeadline(morning).endsAt).toBe("2025-03-15T08:00:00+07:00");
      const afternoon = parseDeadline("trước 5 giờ chiều ngày 15/3/2025");
      expect(afternoon).toMatchObject({ time: "17:00" });
      expect(computeDeadline(afternoon).endsAt).toBe("2025-03-15T17:00:00+07:00");
      expect(parseDeadline("trước 17 giờ chiều ngày 15/3/2025")).toMatchObject({ time: "17:00" });
      expect(parseDeadline(formatDeadline(afternoon))).toEqual(afternoon);
    });

    it("'15 giờ sáng' names no time: a contradiction at the hour", () => {
      const r = safeParseDeadline("trước 15 giờ sáng ngày 1/3/2025");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.params).toMatchObject({ reason: "time_not_exist", index: 6 });
    });

    it("'trước 14 giờ, ngày 15/3/2025': the comma between the hour and its day changes nothing", () => {
      expect(parseDeadline("trước 14 giờ, ngày 15/3/2025")).toEqual(parseDeadline("trước 14 giờ ngày 15/3/2025"));
    });

    it("'trước 17 giờ chiều hàng ngày' (TT 34/2018 Đ.21) is every day before 17:00: for a case opened at 08:00 on 12/03/2025, 17:00 that day", () => {
      const rule = parseDeadline("trước 17 giờ chiều hàng ngày");
      expect(rule).toMatchObject({ kind: "recurring", frequency: "daily", time: "17:00" });
      expect(computeDeadline(rule, { anchor: "2025-03-12T08:00:00+07:00" }).endsAt).toBe("2025-03-12T17:00:00+07:00");
    });

    it("'trước 16 giờ ngày thứ sáu hàng tuần' (TT 91/2020 Đ.12) is Friday of every week before 16:00: from Monday 10/03/2025, Friday 14/03/2025", () => {
      const rule = parseDeadline("trước 16 giờ ngày thứ sáu hàng tuần");
      expect(rule).toMatchObject({ kind: "recurring", frequency: "weekly", weekday: 5, time: "16:00" });
      expect(computeDeadline(rule, { anchor: "2025-03-10" }).endsAt).toBe("2025-03-14T16:00:00+07:00");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
    });
  });

  describe("windows", () => {
    it("'từ ngày 05 đến 20-10-2025': the start without month or year takes them from the end; the end is the deadline", () => {
      const rule = parseDeadline("từ ngày 05 đến 20-10-2025");
      expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ year: 2025, month: 10, day: 20 }], bound: "by", wording: { from: "05" } });
      expect(formatDeadline(rule)).toBe("từ ngày 05 đến ngày 20/10/2025");
      expect(formatDeadline(rule, { locale: "en" })).toContain("from 05 to");
    });

    it("'từ ngày 15/9 đến 17 giờ ngày 30/9/2025': the window closes at 17:00 of its last day", () => {
      const rule = parseDeadline("từ ngày 15/9 đến 17 giờ ngày 30/9/2025");
      const d = computeDeadline(rule);
      expect(rule).toMatchObject({ kind: "fixed_date", time: "17:00", wording: { from: "15/09" } });
      expect(d.lastDay).toBe("2025-09-30");
      expect(d.endsAt).toBe("2025-09-30T17:00:00+07:00");
    });

    it("'đến 16 giờ 30 ngày 12-11-2025' reads 'đến' as the lead of a timed date", () => {
      const rule = parseDeadline("đến 16 giờ 30 ngày 12-11-2025");
      expect(rule).toMatchObject({ kind: "fixed_date", time: "16:30", bound: "by", wording: { lead: "đến" } });
      expect(computeDeadline(rule).endsAt).toBe("2025-11-12T16:30:00+07:00");
    });

    it("a window whose end has no month is a contradiction (the month cannot come from anywhere)", () => {
      const r = safeParseDeadline("từ ngày 01 đến ngày 10");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.params["reason"]).toBe("window_end_without_month");
    });
  });

  describe("alternatives by case", () => {
    it("'không quá 30 ngày, kể từ ngày thụ lý; trường hợp phức tạp thì không quá 45 ngày, kể từ ngày thụ lý' (Luật Khiếu nại 2011 Đ.28) keeps the case and its own limit; the main rule is computed, the trace names the case", () => {
      const rule = parseDeadline("không quá 30 ngày, kể từ ngày thụ lý; trường hợp phức tạp thì không quá 45 ngày, kể từ ngày thụ lý");
      const d = computeDeadline(rule, { anchor: "2025-03-03" });
      expect(rule.alternatives).toHaveLength(1);
      expect(rule.alternatives?.[0]?.condition).toBe("phức tạp");
      expect(d.lastDay).toBe("2025-04-02");
      expect(d.trace.find((s) => s.code === "alternatives")?.params).toEqual({ conditions: ["phức tạp"] });
      const complex = rule.alternatives?.[0]?.rule;
      expect(complex === undefined ? undefined : computeDeadline(complex, { anchor: "2025-03-03" }).lastDay).toBe("2025-04-17");
    });

    it("an anchor written once at the end belongs to the main rule too ('không quá 20 ngày; trường hợp phức tạp không quá 40 ngày kể từ ngày nhận đơn')", () => {
      const rule = parseDeadline("không quá 20 ngày; trường hợp phức tạp không quá 40 ngày kể từ ngày nhận đơn");
      expect(rule).toMatchObject({ kind: "relative", amount: 20, anchor: { text: "ngày nhận đơn" } });
      expect(rule.alternatives?.[0]?.rule).toMatchObject({ amount: 40, anchor: { text: "ngày nhận đơn" } });
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
      expect(formatDeadline(rule, { locale: "en" })).toContain('in the case "phức tạp"');
    });

    it("', đối với nội dung phức tạp thì không quá 60 ngày' after an extension limit is an alternative, not the scope of the first limit (NĐ 84/2014 Đ.7): the general case, 30 days from 10/03/2025 = 09/04/2025", () => {
      const rule = parseDeadline("gia hạn xử lý thông tin một lần nhưng không quá 30 ngày, đối với nội dung phức tạp thì không quá 60 ngày");
      expect(rule).toMatchObject({ kind: "relative", amount: 30, role: "extension_limit" });
      expect(rule.wording?.scope).toBeUndefined();
      expect(rule.alternatives?.[0]).toMatchObject({ condition: "nội dung phức tạp", rule: { kind: "relative", amount: 60 } });
      expect(computeDeadline(rule, { anchor: "2025-03-10" }).lastDay).toBe("2025-04-09");
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
      // without "thì" and a limit, "đối với …" after a comma is still the scope of the rule
      expect(parseDeadline("trong 10 ngày, đối với hồ sơ hợp lệ").wording?.scope).toBe("hồ sơ hợp lệ");
    });

    it("an alternative may repeat the subject and a verb before its extension words ('…; đối với vụ việc phức tạp thì thời hạn giải quyết tố cáo có thể kéo dài nhưng không quá 60 ngày', BLTTHS 2015 Đ.481)", () => {
      const rule = parseDeadline("không quá 30 ngày kể từ ngày nhận được tố cáo; đối với vụ việc phức tạp thì thời hạn giải quyết tố cáo có thể kéo dài nhưng không quá 60 ngày");
      expect(rule).toMatchObject({ kind: "relative", amount: 30, anchor: { text: "ngày nhận được tố cáo" } });
      expect(rule.alternatives?.[0]).toMatchObject({ condition: "vụ việc phức tạp", rule: { amount: 60, role: "extension_limit" } });
      expect(computeDeadline(rule, { anchor: "2025-03-10" }).lastDay).toBe("2025-04-09");
    });

    it("'; trường hợp hỏa tốc' without 'trừ' is neither an exception nor an alternative: rejected", () => {
      expect(safeParseDeadline("không quá 20 ngày; trường hợp hỏa tốc trong 24 giờ").success).toBe(false);
    });
  });
});

describe("forms beyond the seeds (properties)", () => {
  it("every phrase of a new form parses, and formats back (vi) to the same rule; the English rendering is not empty", () => {
    fc.assert(
      fc.property(newFormPhraseArb, (text) => {
        // Act
        const rule = parseDeadline(text);
        // Assert
        expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
        expect(formatDeadline(rule, { locale: "en" }).length).toBeGreaterThan(0);
      }),
    );
  });
});
