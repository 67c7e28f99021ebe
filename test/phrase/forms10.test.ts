/**
 * Windows and named days as news reports and contest rules write them: a window opened by an event,
 * a month or a part of "today" and closed by a named day; a window closed by a whole month; hours
 * and commas at both ends; weekdays in brackets after the dates and before a named day; the
 * occasion of a day ("dịp 2.9"); and "sau" with a count but no start, which names no day. Each
 * form: read by parseDeadline, written back by formatDeadline (vi round trip, en), computed by
 * computeDeadline with its trace, and found inside a sentence by findDeadlines with the same rule.
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { reasonOf, roundTrips } from "./_forms.js";

const codes = (trace: readonly { code: string }[]): string[] => trace.map((s) => s.code);

/** findDeadlines finds `phrase` inside `sentence`, with the rule parseDeadline gives for it. */
function foundIn(sentence: string, phrase: string): void {
  const match = findDeadlines(sentence).find((m) => m.text === phrase);
  expect(match?.rule).toEqual(parseDeadline(phrase));
}

describe("windows whose start is not a day, or whose end is a month", () => {
  it("'từ ngày công bố kết quả đến hết ngày 15/7/2024' is due by 15/07/2024: the window closes on its named end whenever the event opened it", () => {
    const rule = parseDeadline("từ ngày công bố kết quả đến hết ngày 15/7/2024");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2024, month: 7, day: 15 }], bound: "by", wording: { lead: "đến hết", start: "từ ngày công bố kết quả" } });
    const d = computeDeadline(rule, {});
    expect(d.lastDay).toBe("2024-07-15");
    expect(codes(d.trace)).toEqual(["named_date", "end_of_day"]);
    expect(formatDeadline(rule)).toBe("từ ngày công bố kết quả đến hết ngày 15/07/2024");
    expect(formatDeadline(rule, { locale: "en" })).toBe('by 15/07/2024 inclusive (the end of a window opening "từ ngày công bố kết quả")');
    roundTrips(rule);
    foundIn("Hồ sơ dự tuyển nhận từ ngày công bố kết quả đến hết ngày 15/7/2024 tại bộ phận một cửa.", "từ ngày công bố kết quả đến hết ngày 15/7/2024");
  });

  it("'tính từ ngày nhận được thông báo đến ngày 20-11-2023' keeps its connector; an hour closes the last day at that hour", () => {
    const rule = parseDeadline("tính từ ngày nhận được thông báo đến ngày 20-11-2023");
    expect(rule.wording?.start).toBe("tính từ ngày nhận được thông báo");
    expect(computeDeadline(rule, {}).lastDay).toBe("2023-11-20");
    roundTrips(rule);
    const timed = parseDeadline("từ sáng ngày mai đến 17 giờ ngày 12/6/2024");
    expect(timed).toMatchObject({ kind: "fixed_date", time: "17:00", wording: { start: "từ sáng ngày mai", lead: "đến" } });
    expect(computeDeadline(timed, {}).endsAt).toBe("2024-06-12T17:00:00+07:00");
    roundTrips(timed);
  });

  it("'từ tháng 3/2024 đến hết ngày 31/5/2024': a month as the start changes no day, the window's last day is the named one", () => {
    const rule = parseDeadline("từ tháng 3/2024 đến hết ngày 31/5/2024");
    expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ year: 2024, month: 5, day: 31 }], wording: { start: "từ tháng 3/2024" } });
    expect(computeDeadline(rule, {}).lastDay).toBe("2024-05-31");
    roundTrips(rule);
  });

  it("'từ 10-4 đến hết tháng 6-2024' ends with the month: its last day, Sunday 30/06/2024, rolls to Monday 01/07 as any month's end (BLDS Đ.148)", () => {
    const rule = parseDeadline("từ 10-4 đến hết tháng 6-2024");
    expect(rule).toEqual({ kind: "period", period: { unit: "month", month: 6, year: 2024 }, wording: { lead: "đến hết", start: "từ 10-4" } });
    const d = computeDeadline(rule, {});
    expect(d.lastDay).toBe("2024-07-01");
    expect(codes(d.trace)).toEqual(["period_end", "rolled_forward", "end_of_day"]);
    expect(formatDeadline(rule)).toBe("từ 10-4 đến hết tháng 06/2024");
    expect(formatDeadline(rule, { locale: "en" })).toContain("June 2024");
    roundTrips(rule);
    foundIn("Đợt tiêm bổ sung từ 10-4 đến hết tháng 6-2024, các xã báo cáo kết quả về huyện.", "từ 10-4 đến hết tháng 6-2024");
    // a dated start before a named day stays a dated window (its start is read as a date)
    expect(parseDeadline("từ 10-4 đến ngày 30-6-2024").wording).toEqual({ from: "10/04" });
  });

  it("a bare number after 'từ' is a span of amounts or hours, not the start of a window", () => {
    expect(safeParseDeadline("từ 8 đến 17 giờ").success).toBe(false);
    expect(safeParseDeadline("từ 03 đến 05 ngày làm việc").success).toBe(false);
  });
});

describe("hours, commas and weekdays around the days of a window", () => {
  it("'từ 7h30, 2/12/2024 đến 17h00, ngày 6/12/2024': a comma between the hour and its day at either end, with or without 'ngày'", () => {
    const rule = parseDeadline("từ 7h30, 2/12/2024 đến 17h00, ngày 6/12/2024");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2024, month: 12, day: 6 }], bound: "by", time: "17:00", wording: { from: "02/12/2024" } });
    expect(computeDeadline(rule, {}).endsAt).toBe("2024-12-06T17:00:00+07:00");
    roundTrips(rule);
    expect(parseDeadline("trước 17 giờ, 15/3/2025")).toEqual(parseDeadline("trước 17 giờ ngày 15/3/2025"));
    foundIn("Thời gian nhận bài từ 7h30, 2/12/2024 đến 17h00, ngày 6/12/2024.", "từ 7h30, 2/12/2024 đến 17h00, ngày 6/12/2024");
  });

  it("'từ ngày 06/7/2024 (thứ Bảy) đến hết ngày 09/7/2024 (thứ Ba)': the weekdays in brackets are checked against the days, then not kept", () => {
    const rule = parseDeadline("từ ngày 06/7/2024 (thứ Bảy) đến hết ngày 09/7/2024 (thứ Ba)");
    expect(rule).toEqual(parseDeadline("từ ngày 06/7/2024 đến hết ngày 09/7/2024"));
    expect(computeDeadline(rule, {}).lastDay).toBe("2024-07-09");
    roundTrips(rule);
    // 09/07/2024 was a Tuesday: a Wednesday in brackets contradicts it
    expect(reasonOf("từ ngày 06/7/2024 đến hết ngày 09/7/2024 (thứ Tư)")).toBe("written_weekday_mismatch");
    foundIn("Người lao động được nghỉ từ ngày 06/7/2024 (thứ Bảy) đến hết ngày 09/7/2024 (thứ Ba).", "từ ngày 06/7/2024 (thứ Bảy) đến hết ngày 09/7/2024 (thứ Ba)");
  });

  it("'(tức từ ngày 29 tháng Chạp … đến hết ngày mùng 5 tháng Giêng …)' after a window's end glosses the whole window in the lunar calendar: its end is checked", () => {
    const glossed = "từ ngày 23/1/2020 đến hết ngày 29/1/2020 (tức từ ngày 29 tháng Chạp năm Kỷ Hợi đến hết ngày mùng 5 tháng Giêng năm Canh Tý)";
    expect(parseDeadline(glossed)).toEqual(parseDeadline("từ ngày 23/1/2020 đến hết ngày 29/1/2020"));
    // 29/01/2020 was lunar 5/1, not 6/1
    expect(reasonOf(glossed.replace("mùng 5", "mùng 6"))).toBe("lunar_gloss_mismatch");
    foundIn(`Công chức nghỉ Tết 7 ngày, ${glossed}.`, `7 ngày, ${glossed}`);
  });

  it("'vào thứ Sáu ngày 12/7/2024', 'trước Chủ nhật, ngày 14/7/2024': a weekday before a named day is checked, then the day is read as without it", () => {
    const on = parseDeadline("vào thứ Sáu ngày 12/7/2024");
    expect(on).toEqual(parseDeadline("vào ngày 12/7/2024"));
    expect(computeDeadline(on, {}).lastDay).toBe("2024-07-12");
    roundTrips(on);
    const before = parseDeadline("trước Chủ nhật, ngày 14/7/2024");
    expect(before).toEqual(parseDeadline("trước ngày 14/7/2024"));
    expect(computeDeadline(before, {}).lastDay).toBe("2024-07-13");
    expect(reasonOf("vào thứ Hai ngày 12/7/2024")).toBe("written_weekday_mismatch");
    foundIn("Hội nghị tổng kết tổ chức vào thứ Sáu ngày 12/7/2024 tại hội trường.", "vào thứ Sáu ngày 12/7/2024");
  });
});

describe("the occasion of a named day, and a count after nothing", () => {
  it("'vào dịp 30/4/2025', 'dịp 2.9': the occasion of a day is that day (a point, it does not roll), the word kept with the lead", () => {
    const rule = parseDeadline("vào dịp 30/4/2025");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2025, month: 4, day: 30 }], bound: "by", wording: { lead: "vào dịp" } });
    const d = computeDeadline(rule, {});
    expect(d.lastDay).toBe("2025-04-30");
    expect(codes(d.trace)).toEqual(["named_date", "not_rolled", "end_of_day"]);
    expect(formatDeadline(rule)).toBe("vào dịp ngày 30/04/2025");
    roundTrips(rule);
    const dotted = parseDeadline("dịp 2.9");
    expect(computeDeadline(dotted, { year: 2024 }).lastDay).toBe("2024-09-02");
    roundTrips(dotted);
    foundIn("Phấn đấu khánh thành công trình dịp 2.9, bảo đảm an toàn giao thông.", "dịp 2.9");
    // "dịp" before words that are not a day is no time expression
    expect(safeParseDeadline("dịp nghỉ lễ").success).toBe(false);
  });

  it("'Sau 10 ngày' alone names no start: refused (count_after_nothing); 'trong 10 ngày' (the start left to the plan) and 'sau 15 giờ' (an hour) are read", () => {
    expect(reasonOf("Sau 10 ngày")).toBe("count_after_nothing");
    expect(reasonOf("sau 2 tháng")).toBe("count_after_nothing");
    expect(parseDeadline("sau 10 ngày kể từ ngày ký")).toMatchObject({ kind: "relative", amount: 10, anchor: { text: "ngày ký" } });
    expect(parseDeadline("trong 10 ngày")).toMatchObject({ kind: "relative", amount: 10, anchor: { text: "" } });
    expect(parseDeadline("sau 15 giờ")).toMatchObject({ kind: "relative", amount: 15, unit: "hour" });
    const issues = safeParseDeadline("Sau 10 ngày");
    expect(issues.success).toBe(false);
    if (!issues.success) expect(issues.error.issues[0]?.code).toBe("phrase_contradiction");
  });

  it("'có hiệu lực sau 15 ngày' after role words still counts from the text's own date (a decision's usual wording), unlike a bare 'Sau 15 ngày'", () => {
    expect(parseDeadline("có hiệu lực sau 15 ngày")).toMatchObject({ kind: "relative", amount: 15, unit: "day", anchor: { text: "" }, role: "entry_into_force" });
    expect(reasonOf("Sau 15 ngày")).toBe("count_after_nothing");
  });
});

describe("a length and its first day", () => {
  it("'30 ngày, bắt đầu từ ngày 10/5/2024': the first day counts ('bắt đầu từ' opens the period on it), so the 30th day is 08/06/2024, a named day that does not roll", () => {
    const rule = parseDeadline("30 ngày, bắt đầu từ ngày 10/5/2024");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2024, month: 6, day: 8 }], bound: "by", wording: { span: "30 ngày", start: "bắt đầu từ ngày 10/5/2024" } });
    const d = computeDeadline(rule, {});
    expect(d.lastDay).toBe("2024-06-08");
    expect(codes(d.trace)).toEqual(["named_date", "not_rolled", "end_of_day"]);
    expect(formatDeadline(rule)).toBe("30 ngày, bắt đầu từ ngày 10/5/2024");
    expect(formatDeadline(rule, { locale: "en" })).toBe('by 08/06/2024 inclusive (the last of "30 ngày" whose first day is "bắt đầu từ ngày 10/5/2024")');
    roundTrips(rule);
    foundIn("Thời gian điều tra là 30 ngày, bắt đầu từ ngày 10/5/2024.", "30 ngày, bắt đầu từ ngày 10/5/2024");
  });

  it("a two-day meeting from '07h30’ ngày 04 tháng 12 năm 2024 (Thứ Tư)' ends on 05/12: the hour and the checked weekday change no day", () => {
    const rule = parseDeadline("02 ngày, bắt đầu từ 07h30’ ngày 04 tháng 12 năm 2024 (Thứ Tư)");
    expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ year: 2024, month: 12, day: 5 }] });
    roundTrips(rule);
    expect(reasonOf("02 ngày, bắt đầu từ ngày 04/12/2024 (thứ Năm)")).toBe("written_weekday_mismatch");
  });

  it("the first day needs its year, and only calendar days are counted this way ('kể từ ngày X' keeps the BLDS count from the next day)", () => {
    expect(reasonOf("30 ngày, bắt đầu từ ngày 10/5")).toBe("span_start_needs_year");
    expect(safeParseDeadline("30 ngày làm việc, bắt đầu từ ngày 10/5/2024").success).toBe(false);
    expect(parseDeadline("trong 10 ngày, kể từ ngày 10/5/2024")).toMatchObject({ kind: "relative", amount: 10, anchor: { text: "ngày 10/5/2024" } });
  });

  it("'nghỉ 05 ngày, từ ngày 27/4/2024 (thứ Bảy) đến hết ngày 01/5/2024 (thứ Tư)': the length glosses the window, whose end is the limit", () => {
    const rule = parseDeadline("05 ngày, từ ngày 27/4/2024 (thứ Bảy) đến hết ngày 01/5/2024 (thứ Tư)");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2024, month: 5, day: 1 }], bound: "by", wording: { from: "27/04/2024", span: "05 ngày" } });
    expect(computeDeadline(rule, {}).lastDay).toBe("2024-05-01");
    expect(formatDeadline(rule)).toBe("05 ngày, từ ngày 27/04/2024 đến ngày 01/05/2024");
    roundTrips(rule);
    foundIn("Công chức được nghỉ 05 ngày, từ ngày 27/4/2024 (thứ Bảy) đến hết ngày 01/5/2024 (thứ Tư).", "05 ngày, từ ngày 27/4/2024 (thứ Bảy) đến hết ngày 01/5/2024 (thứ Tư)");
  });
});

describe("an extension, a moved day and a slip before 'hằng năm'", () => {
  it("'kéo dài nhưng không quá 30 ngày' is an extension limit as 'gia hạn nhưng không quá 30 ngày' is: 30 days added to the first limit (the anchor)", () => {
    const rule = parseDeadline("kéo dài nhưng không quá 30 ngày");
    expect(rule).toMatchObject({ kind: "relative", amount: 30, unit: "day", role: "extension_limit", wording: { role: "kéo dài nhưng", lead: "không quá" } });
    // the first limit ended on Friday 07/11/2025: 07/12 is a Sunday and rolls to Monday 08/12
    expect(computeDeadline(rule, { anchor: "2025-11-07" }).lastDay).toBe("2025-12-08");
    roundTrips(rule);
    expect(parseDeadline("có thể kéo dài hơn nhưng không quá 45 ngày")).toMatchObject({ role: "extension_limit", amount: 45 });
    // a length an activity lasts is no extension
    expect(safeParseDeadline("kéo dài 10 ngày").success).toBe(false);
    foundIn("Thời gian thẩm định được kéo dài nhưng không quá 30 ngày.", "được kéo dài nhưng không quá 30 ngày");
  });

  it("'sang thứ 2 ngày 21 tháng 10 năm 2024': the day a session is moved to, its weekday checked ('sang' without accent; 'sáng' is the morning)", () => {
    const rule = parseDeadline("sang thứ 2 ngày 21 tháng 10 năm 2024");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2024, month: 10, day: 21 }], bound: "by", wording: { lead: "sang" } });
    expect(computeDeadline(rule, {}).lastDay).toBe("2024-10-21");
    roundTrips(rule);
    expect(parseDeadline("sáng ngày 21/10/2024").wording).toMatchObject({ daypart: "sáng" });
    foundIn("Buổi tiếp công dân trùng ngày nghỉ nên được chuyển sang thứ 2 ngày 21 tháng 10 năm 2024.", "sang thứ 2 ngày 21 tháng 10 năm 2024");
  });

  it("'trước ngày 15 tháng 4 năm hằng năm': the stray 'năm' before 'hằng năm' is a slip, read as 'trước ngày 15 tháng 4 hằng năm' and written back without it", () => {
    const rule = parseDeadline("trước ngày 15 tháng 4 năm hằng năm");
    expect(rule).toEqual(parseDeadline("trước ngày 15 tháng 4 hằng năm"));
    expect(formatDeadline(rule)).toBe("trước ngày 15/04 hằng năm");
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2026-04-14");
  });
});

describe("older forms of the reporting and notice rules", () => {
  it("'tối thiểu trước 45 ngày tính đến ngày đóng quỹ' is counted back 45 days from the closing day, as 'trước tối thiểu 45 ngày kể từ …'", () => {
    const rule = parseDeadline("tối thiểu trước 45 ngày tính đến ngày đóng quỹ");
    expect(rule).toEqual({ kind: "before_deadline", amount: 45, unit: "day", reference: "ngày đóng quỹ", notes: [{ code: "bare_day_unit" }], wording: { connector: "tính đến", lead: "tối thiểu", order: "counted_from" } });
    // 45 days before Monday 02/03/2026 is Friday 16/01/2026
    expect(computeDeadline(rule, { due: "2026-03-02" }).lastDay).toBe("2026-01-16");
    expect(formatDeadline(rule)).toBe("trước tối thiểu 45 ngày tính đến ngày đóng quỹ");
    roundTrips(rule);
    foundIn("Công ty quản lý quỹ thông báo tối thiểu trước 45 ngày tính đến ngày đóng quỹ.", "tối thiểu trước 45 ngày tính đến ngày đóng quỹ");
  });

  it("'trước 9 giờ ngày giao dịch tiếp theo': a trading day of the exchange is a working day, so Friday's next is Monday", () => {
    const rule = parseDeadline("trước 9 giờ ngày giao dịch tiếp theo");
    expect(rule).toEqual({ kind: "same_day", nextWorkingDay: false, time: "09:00", nextDay: "working_day", wording: { day: "ngày giao dịch tiếp theo" } });
    const d = computeDeadline(rule, { anchor: "2025-06-13T16:00:00+07:00" });
    expect(d.endsAt).toBe("2025-06-16T09:00:00+07:00");
    expect(formatDeadline(rule, { locale: "en" })).toBe("before 09:00 of the next trading day (a working day)");
    roundTrips(rule);
    foundIn("Tổ chức niêm yết công bố thông tin trước 9 giờ ngày giao dịch tiếp theo.", "trước 9 giờ ngày giao dịch tiếp theo");
  });

  it("'chậm nhất ngày 05 của tháng đầu tiên của quý báo cáo': day 5 of the reporting quarter's first month (the quarter of context.period)", () => {
    const rule = parseDeadline("chậm nhất ngày 05 của tháng đầu tiên của quý báo cáo");
    expect(rule).toMatchObject({ kind: "recurring", frequency: "quarterly", month: 1, day: 5, bound: "by", wording: { base: "báo cáo" } });
    expect(computeDeadline(rule, { period: "2025-Q4" }).lastDay).toBe("2025-10-05");
    roundTrips(rule);
  });
});

describe("the schedules of citizen receptions", () => {
  it("'vào ngày 10 hằng tháng; nếu trùng ngày nghỉ lễ sẽ tiếp công dân vào ngày làm việc tiếp theo': 'sẽ' opens the consequence as 'thì' does, the day rolls forward", () => {
    const rule = parseDeadline("vào ngày 10 hằng tháng; nếu trùng ngày nghỉ lễ sẽ tiếp công dân vào ngày làm việc tiếp theo");
    expect(rule).toMatchObject({ kind: "recurring", frequency: "monthly", day: 10, roll: "next_working_day" });
    // 10/05/2025 is a Saturday: the reception moves to Monday 12/05
    expect(computeDeadline(rule, { period: "2025-05" }).lastDay).toBe("2025-05-12");
    roundTrips(rule);
  });

  it("'…thì chuyển sang ngày làm việc tiếp theo của tháng đó': the working day of the same month is the next one", () => {
    const rule = parseDeadline("vào ngày 15 hằng tháng, nếu trùng vào ngày nghỉ thì chuyển sang ngày làm việc tiếp theo của tháng đó");
    expect(rule).toMatchObject({ roll: "next_working_day" });
    roundTrips(rule);
  });

  it("'vào thứ 5 hằng tuần (trừ ngày lễ, ngày tết)': the days a weekly schedule skips are a remark, not an exception by urgency", () => {
    const rule = parseDeadline("vào thứ 5 hằng tuần (trừ ngày lễ, ngày tết)");
    expect(rule).toEqual({ kind: "recurring", frequency: "weekly", weekday: 4, bound: "by", wording: { lead: "vào", remark: "trừ ngày lễ, ngày tết" } });
    roundTrips(rule);
    expect(parseDeadline("trong 3 ngày (trừ trường hợp hỏa tốc)").except).toEqual([{ urgency: "hoa_toc" }]);
    foundIn("Lãnh đạo Ủy ban tiếp công dân vào thứ 5 hằng tuần (trừ ngày lễ, ngày tết) tại trụ sở.", "vào thứ 5 hằng tuần (trừ ngày lễ, ngày tết)");
  });
});

describe("'tới' after a date without its year", () => {
  it("'từ 8h ngày 3/3 đến 17h ngày 10/3 tới': the coming day, its year the context's (the year of the report); 'tới' kept and written back", () => {
    const rule = parseDeadline("từ 8h ngày 3/3 đến 17h ngày 10/3 tới");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ month: 3, day: 10 }], bound: "by", time: "17:00", wording: { from: "03/03", coming: "tới" } });
    expect(computeDeadline(rule, { year: 2026 }).endsAt).toBe("2026-03-10T17:00:00+07:00");
    expect(formatDeadline(rule)).toBe("từ ngày 03/03 đến 17 giờ ngày 10/03 tới");
    expect(formatDeadline(rule, { locale: "en" })).toBe("from 03/03 to 17:00 on 10/03 (the coming one)");
    roundTrips(rule);
    foundIn("Thí sinh đăng ký dự thi từ 8h ngày 3/3 đến 17h ngày 10/3 tới.", "từ 8h ngày 3/3 đến 17h ngày 10/3 tới");
  });

  it("'trước ngày 15/3 tới' is strictly before 15/03 of the context's year; after a date with its year 'tới' says nothing more and is refused", () => {
    const rule = parseDeadline("trước ngày 15/3 tới");
    expect(computeDeadline(rule, { year: 2026 }).lastDay).toBe("2026-03-14");
    roundTrips(rule);
    expect(safeParseDeadline("trước ngày 15/3/2026 tới").success).toBe(false);
  });
});

describe("a dated window written without 'từ'", () => {
  it("'ngày 5 đến ngày 7/12/2024' is the window 'từ ngày 5 đến ngày 7/12/2024': its last day, the start taking the end's month", () => {
    const rule = parseDeadline("ngày 5 đến ngày 7/12/2024");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2024, month: 12, day: 7 }], bound: "by", wording: { from: "05", lead: "" } });
    expect(computeDeadline(rule, {}).lastDay).toBe(computeDeadline(parseDeadline("từ ngày 5 đến ngày 7/12/2024"), {}).lastDay);
    expect(formatDeadline(rule)).toBe("ngày 05 đến ngày 07/12/2024");
    roundTrips(rule);
    expect(reasonOf("ngày 9 đến ngày 7/12/2024")).toBe("window_ends_before_start");
    expect(parseDeadline("ngày 15 đến ngày 20 hằng tháng")).toMatchObject({ kind: "recurring", frequency: "monthly", day: 20 });
    foundIn("Kỳ họp diễn ra ngày 5 đến ngày 7/12/2024 tại hội trường tỉnh.", "ngày 5 đến ngày 7/12/2024");
  });
});

describe("through the end of a named year or quarter", () => {
  it("'kể từ ngày ký đến hết năm 2025', 'đến hết quý III/2025': the period's last day, rolled as every period's end; 'đến năm 2025' alone (a target year) is not read", () => {
    const rule = parseDeadline("kể từ ngày ký đến hết năm 2025");
    expect(rule).toEqual({ kind: "period", period: { unit: "year", year: 2025 }, wording: { lead: "đến hết", start: "kể từ ngày ký" } });
    expect(computeDeadline(rule, {}).lastDay).toBe("2025-12-31");
    roundTrips(rule);
    const quarter = parseDeadline("đến hết quý III/2025");
    expect(quarter).toEqual({ kind: "period", period: { unit: "quarter", quarter: 3, year: 2025 }, wording: { lead: "đến hết" } });
    expect(computeDeadline(quarter, {}).lastDay).toBe("2025-09-30");
    roundTrips(quarter);
    expect(safeParseDeadline("đến năm 2025").success).toBe(false);
    foundIn("Kế hoạch được thực hiện kể từ ngày ký đến hết năm 2025.", "kể từ ngày ký đến hết năm 2025");
  });
});

