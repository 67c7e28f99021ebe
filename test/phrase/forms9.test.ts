/**
 * Forms of the seventh and eighth unseen batches that documents write around a count or a date: a
 * caption after the date ("ngày 15/1 là hạn cuối"), the noun of a last day opening a predicate
 * ("Hạn cuối nộp lệ phí là 17h ngày 21/7/2026") and the slips of the source that published texts
 * contain ("kê từ", "kế từ" for "kể từ"; "Trong thời 05 ngày"). Each form: read by parseDeadline,
 * written back by formatDeadline (vi round trip, en), computed by computeDeadline with its trace, and
 * found inside a sentence by findDeadlines with the same rule.
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { roundTrips } from "./_forms.js";

const codes = (trace: readonly { code: string }[]): string[] => trace.map((s) => s.code);

/** findDeadlines finds `phrase` inside `sentence`, with the rule parseDeadline gives for it. */
function foundIn(sentence: string, phrase: string): void {
  const match = findDeadlines(sentence).find((m) => m.text === phrase);
  expect(match?.rule).toEqual(parseDeadline(phrase));
}

describe("forms of the seventh and eighth unseen batches: captions and slips", () => {
  describe("a caption after the date", () => {
    it("'ngày 15/1 là hạn cuối' is by 15/01 inclusive: the caption is kept with its 'là', the day is the context's year's", () => {
      const rule = parseDeadline("ngày 15/1 là hạn cuối");
      expect(rule).toEqual({ kind: "fixed_date", dates: [{ month: 1, day: 15 }], bound: "by", wording: { caption: "là hạn cuối", lead: "" } });
      const d = computeDeadline(rule, { year: 2008 });
      expect(d.lastDay).toBe("2008-01-15");
      // 2008 lies before the calendar's published holidays: the day is flagged as projected
      expect(codes(d.trace)).toEqual(["named_date", "end_of_day", "data_status"]);
      expect(formatDeadline(rule)).toBe("ngày 15/01 là hạn cuối");
      expect(formatDeadline(rule, { locale: "en" })).toBe('by 15/01 inclusive ("hạn cuối")');
      roundTrips(rule);
      foundIn("Theo công văn của Bộ, ngày 15/1 là hạn cuối.", "ngày 15/1 là hạn cuối");
    });

    it("the colon and 'là' give the same day; 'là' without a word for a time limit is no caption", () => {
      const colon = parseDeadline("Ngày 13/3: Hạn cuối cùng");
      const linked = parseDeadline("ngày 13/3 là hạn chót nộp hồ sơ");
      expect(computeDeadline(linked, { year: 2026 }).lastDay).toBe(computeDeadline(colon, { year: 2026 }).lastDay);
      expect(linked.wording?.caption).toBe("là hạn chót nộp hồ sơ");
      roundTrips(linked);
      expect(safeParseDeadline("ngày 13/3 là ngày khai giảng").success).toBe(false);
    });
  });

  describe("the noun of a last day before what is due", () => {
    it("'Hạn cuối nộp lệ phí là 17h ngày 21/7/2026' is 21/07/2026 at 17:00: the words before 'là' are the predicate", () => {
      const rule = parseDeadline("Hạn cuối nộp lệ phí là 17h ngày 21/7/2026");
      expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2026, month: 7, day: 21 }], bound: "by", time: "17:00", wording: { lead: "là", predicate: "Hạn cuối nộp lệ phí" } });
      const d = computeDeadline(rule, {});
      expect(d.lastDay).toBe("2026-07-21");
      expect(d.endsAt).toBe("2026-07-21T17:00:00+07:00");
      expect(codes(d.trace)).toEqual(["named_date", "time_of_day"]);
      expect(formatDeadline(rule)).toBe("Hạn cuối nộp lệ phí là 17 giờ ngày 21/07/2026");
      expect(formatDeadline(rule, { locale: "en" })).toContain("21/07/2026");
      roundTrips(rule);
      foundIn("Hạn cuối nộp lệ phí là 17h ngày 21/7/2026.", "Hạn cuối nộp lệ phí là 17h ngày 21/7/2026");
    });

    it("'hạn chót nhận hồ sơ là ngày 5/3/2026' likewise, and 'Hạn cuối là …', 'hạn chót 5/3/2026' keep their lead", () => {
      expect(parseDeadline("hạn chót nhận hồ sơ là ngày 5/3/2026")).toEqual({ kind: "fixed_date", dates: [{ year: 2026, month: 3, day: 5 }], bound: "by", wording: { lead: "là", predicate: "hạn chót nhận hồ sơ" } });
      expect(parseDeadline("Hạn cuối là 17h ngày 21/7/2026").wording).toEqual({ lead: "hạn cuối là" });
      expect(parseDeadline("hạn chót 5/3/2026").wording).toEqual({ lead: "hạn chót" });
      // a count after the noun is no predicate: what is due by a named day is
      expect(safeParseDeadline("hạn cuối nộp hồ sơ 30 ngày").success).toBe(false);
    });
  });

  describe("slips of the source", () => {
    it("'chậm nhất là 30 ngày làm việc, kê từ ngày nhận được kiến nghị' is thirty working days from the day after receipt, as 'kể từ'", () => {
      const rule = parseDeadline("chậm nhất là 30 ngày làm việc, kê từ ngày nhận được kiến nghị");
      expect(rule).toEqual(parseDeadline("chậm nhất là 30 ngày làm việc, kể từ ngày nhận được kiến nghị"));
      expect(rule).toMatchObject({ kind: "relative", amount: 30, unit: "working_day", anchor: { text: "ngày nhận được kiến nghị" } });
      const d = computeDeadline(rule, { anchor: "2025-10-08" });
      expect(d.lastDay).toBe("2025-11-19");
      expect(codes(d.trace)).toEqual(["anchor", "start_excluded", "counted", "end_of_day"]);
      // the slip is corrected when written back
      expect(formatDeadline(rule)).toBe("chậm nhất là 30 ngày làm việc kể từ ngày nhận được kiến nghị");
      expect(formatDeadline(rule, { locale: "en" })).toContain("30 working days");
      roundTrips(rule);
      foundIn("thì thời hạn giải quyết và trả lời cử tri chậm nhất là 30 ngày làm việc, kê từ ngày nhận được kiến nghị.", "chậm nhất là 30 ngày làm việc, kê từ ngày nhận được kiến nghị");
    });

    it("'kế từ' is the same slip; 'kế tiếp' keeps its own sense", () => {
      expect(parseDeadline("trong 10 ngày kế từ ngày nhận đủ hồ sơ")).toEqual(parseDeadline("trong 10 ngày kể từ ngày nhận đủ hồ sơ"));
      expect(parseDeadline("trong 10 ngày ke tu ngày nhận đủ hồ sơ")).toEqual(parseDeadline("trong 10 ngày kể từ ngày nhận đủ hồ sơ"));
      expect(safeParseDeadline("chậm nhất 30 ngày kế tiếp").success).toBe(false);
    });

    it("'Trong thời 05 ngày kể từ …' is 'trong thời hạn': five days from the day after the event", () => {
      const rule = parseDeadline("Trong thời 05 ngày kể từ ngày tài khoản thư điện tử công vụ tạm khóa");
      expect(rule).toEqual(parseDeadline("trong thời hạn 05 ngày kể từ ngày tài khoản thư điện tử công vụ tạm khóa"));
      expect(rule).toMatchObject({ kind: "relative", amount: 5, unit: "day", wording: { lead: "trong thời hạn" } });
      const d = computeDeadline(rule, { anchor: "2025-10-08" });
      expect(d.lastDay).toBe("2025-10-13");
      expect(codes(d.trace)).toContain("start_excluded");
      expect(formatDeadline(rule)).toBe("trong thời hạn 5 ngày kể từ ngày tài khoản thư điện tử công vụ tạm khóa");
      roundTrips(rule);
      foundIn("Trong thời 05 ngày kể từ ngày tài khoản thư điện tử công vụ tạm khóa, người dùng phải liên hệ.", "Trong thời 05 ngày kể từ ngày tài khoản thư điện tử công vụ tạm khóa");
      // "trong thời gian" is still its own lead
      expect(parseDeadline("trong thời gian 05 ngày kể từ ngày nhận").wording?.lead).toBe("trong thời gian");
    });
  });

  describe("counts as documents write them", () => {
    it("'báo cáo ngay' is at once: the same day as the duty arises, its event left to the plan", () => {
      const rule = parseDeadline("báo cáo ngay");
      expect(rule).toEqual({ kind: "same_day", nextWorkingDay: false, wording: { lead: "báo cáo ngay" } });
      const d = computeDeadline(rule, { anchor: "2025-10-08T15:00:00+07:00" });
      expect(d.lastDay).toBe("2025-10-08");
      expect(codes(d.trace)).toEqual(["anchor", "same_day", "end_of_day"]);
      expect(formatDeadline(rule)).toBe("báo cáo ngay");
      expect(formatDeadline(rule, { locale: "en" })).toBe("report immediately, on the same day");
      // the tail clauses go with it as with every form
      expect(parseDeadline("báo cáo ngay (trừ trường hợp hỏa tốc)")).toMatchObject({ kind: "same_day", except: [{ urgency: "hoa_toc" }] });
      roundTrips(rule);
      foundIn("Bộ Y tế yêu cầu báo cáo ngay các trường hợp viêm gan cấp tính bất thường", "báo cáo ngay");
      foundIn("Khi phát hiện sự cố phải báo cáo ngay.", "báo cáo ngay");
      // "ngay" alone in running text is no deadline ("ngay cả khi …")
      expect(findDeadlines("Ngay cả khi trời mưa, đoàn vẫn làm việc.")).toEqual([]);
      expect(safeParseDeadline("ngay cả khi trời mưa").success).toBe(false);
      // without the verb, "ngay" alone names no event and no report: refused
      expect(safeParseDeadline("ngay").success).toBe(false);
    });

    it("'trong thời gian không quá 2 ngày đêm' is two whole days from the day after the event: a day and its night is no bare day", () => {
      const rule = parseDeadline("trong thời gian không quá 2 ngày đêm");
      expect(rule).toEqual({ kind: "relative", amount: 2, unit: "day", anchor: { text: "" }, wording: { lead: "trong thời gian không quá", unit: "ngày đêm" } });
      const d = computeDeadline(rule, { anchor: "2025-10-08" });
      expect(d.lastDay).toBe("2025-10-10");
      expect(codes(d.trace)).toEqual(["anchor", "start_excluded", "counted", "end_of_day"]);
      expect(formatDeadline(rule)).toBe("trong thời gian không quá 2 ngày đêm");
      expect(formatDeadline(rule, { locale: "en" })).toBe("within 2 calendar days");
      roundTrips(rule);
      roundTrips(parseDeadline("trong 3 ngày đêm kể từ khi tiếp nhận chất thải"));
      foundIn("Chất thải phải được xử lý trong thời gian không quá 2 ngày đêm.", "trong thời gian không quá 2 ngày đêm");
    });

    it("'không quá 24h00 kể từ khi …' is twenty-four hours from the notice, not a clock reading", () => {
      const phrase = "không quá 24h00 kể từ khi nhận được thông báo của cơ quan, đơn vị";
      const rule = parseDeadline(phrase);
      expect(rule).toEqual({ kind: "relative", amount: 24, unit: "hour", anchor: { text: "khi nhận được thông báo của cơ quan, đơn vị" }, wording: { lead: "không quá", unit: "h00" } });
      const d = computeDeadline(rule, { anchor: "2025-10-08T09:00+07:00" });
      expect(d.lastDay).toBe("2025-10-09");
      expect(d.endsAt).toBe("2025-10-09T09:00:00+07:00");
      expect(codes(d.trace)).toEqual(["anchor", "hours_counted"]);
      expect(formatDeadline(rule)).toBe(phrase);
      expect(formatDeadline(rule, { locale: "en" })).toBe('no more than 24 hours after "khi nhận được thông báo của cơ quan, đơn vị"');
      roundTrips(rule);
      foundIn(`Đơn vị phải phản hồi ${phrase}.`, phrase);
      // minutes other than zero make no count; "trước 24h00 ngày …" stays an hour of a named day
      expect(safeParseDeadline("trong 24h30").success).toBe(false);
      expect(parseDeadline("trước 24h00 ngày 5/3/2026")).toMatchObject({ kind: "fixed_date", time: "24:00" });
    });

    it("'03 ngày làm việc (24 giờ làm việc) kể từ khi …': the gloss in office hours before the anchor is a remark, the count is the days", () => {
      const phrase = "trong thời gian 03 ngày làm việc (24 giờ làm việc) kể từ khi nhận được chứng từ thực hiện xong nghĩa vụ tài chính";
      const rule = parseDeadline(phrase);
      expect(rule).toEqual({ kind: "relative", amount: 3, unit: "working_day", anchor: { text: "khi nhận được chứng từ thực hiện xong nghĩa vụ tài chính" }, wording: { lead: "trong thời gian", remark: "24 giờ làm việc" } });
      const d = computeDeadline(rule, { anchor: "2025-10-08" });
      expect(d.lastDay).toBe("2025-10-13");
      expect(codes(d.trace)).toEqual(["anchor", "start_excluded", "counted", "end_of_day"]);
      expect(formatDeadline(rule)).toBe("trong thời gian 3 ngày làm việc kể từ khi nhận được chứng từ thực hiện xong nghĩa vụ tài chính (24 giờ làm việc)");
      expect(formatDeadline(rule, { locale: "en" })).toContain("3 working days");
      roundTrips(rule);
      expect(parseDeadline("không quá 07 ngày làm việc (56 giờ làm việc), kể từ ngày nhận đủ hồ sơ")).toMatchObject({ amount: 7, anchor: { text: "ngày nhận đủ hồ sơ" }, wording: { remark: "56 giờ làm việc" } });
      foundIn(`Cơ quan thuế thông báo ${phrase}.`, phrase);
    });

    it("'trong vòng 30 ngày tại trụ sở tiếp công dân UBND tỉnh, kể từ …': the place between the count and its anchor is kept, the count runs from the day after", () => {
      const phrase = "trong vòng 30 ngày tại trụ sở tiếp công dân UBND tỉnh, kể từ ngày có kết quả giải quyết";
      const rule = parseDeadline(phrase);
      expect(rule).toEqual({ kind: "relative", amount: 30, unit: "day", anchor: { text: "ngày có kết quả giải quyết" }, notes: [{ code: "bare_day_unit" }], wording: { lead: "trong vòng", place: "trụ sở tiếp công dân UBND tỉnh" } });
      const d = computeDeadline(rule, { anchor: "2025-10-08" });
      expect(d.lastDay).toBe("2025-11-07");
      expect(codes(d.trace)).toEqual(["anchor", "start_excluded", "counted", "end_of_day"]);
      expect(formatDeadline(rule)).toBe(phrase);
      expect(formatDeadline(rule, { locale: "en" })).toBe('within 30 calendar days after "ngày có kết quả giải quyết" (at "trụ sở tiếp công dân UBND tỉnh")');
      roundTrips(rule);
      // without the comma the place ends at the connector just the same
      expect(parseDeadline("trong 30 ngày tại trụ sở UBND xã kể từ ngày có kết quả").wording).toEqual({ place: "trụ sở UBND xã" });
      // a place with no anchor after it is not read
      expect(safeParseDeadline("trong 30 ngày tại trụ sở UBND xã").success).toBe(false);
      foundIn(`Niêm yết kết quả giải quyết kiến nghị ${phrase}.`, phrase);
    });

    it("'hai tuần tới' is the coming two weeks, counted from the text's own date: from a meeting of Thursday 19/08/2021, rolled past Quốc khánh to Monday 06/09/2021", () => {
      const rule = parseDeadline("hai tuần tới");
      expect(rule).toEqual({ kind: "relative", amount: 2, unit: "week", anchor: { text: "" }, wording: { lead: "", unit: "tuần tới" } });
      const d = computeDeadline(rule, { anchor: "2021-08-19" });
      expect(d.lastDay).toBe("2021-09-06");
      expect(codes(d.trace)).toEqual(["anchor", "start_excluded", "calendar_added", "rolled_forward", "skipped", "skipped", "end_of_day"]);
      expect(formatDeadline(rule)).toBe("2 tuần tới");
      expect(formatDeadline(rule, { locale: "en" })).toBe("2 weeks (the coming ones, from the text's date)");
      roundTrips(rule);
      roundTrips(parseDeadline("trong 30 ngày tới"));
      foundIn("Thủ tướng yêu cầu xét nghiệm diện rộng trong hai tuần tới tại TP.HCM.", "trong hai tuần tới");
      // "tới" before a date is "đến" (by that day), not the coming weeks
      expect(safeParseDeadline("trong 2 tuần tới ngày 5/3").success).toBe(false);
    });
  });
});
