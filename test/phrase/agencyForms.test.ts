/**
 * Forms as agencies write them in notices (found by the unseen batch of real phrases): windows
 * with a part of the day, weekdays and lunar dates in brackets; each read by parseDeadline,
 * written back by formatDeadline to the same rule, and computed by computeDeadline.
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { reasonOf, roundTrips } from "./_forms.js";


describe("windows as agencies write them", () => {
  it("'từ chiều ngày 24/4/2018 đến hết ngày 25/4/2018': the part of the day of the start does not matter; the window ends with 25/04/2018, a named day", () => {
    const rule = parseDeadline("từ chiều ngày 24/4/2018 đến hết ngày 25/4/2018");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2018, month: 4, day: 25 }], bound: "by", wording: { from: "24/04/2018" } });
    expect(computeDeadline(rule).lastDay).toBe("2018-04-25");
    roundTrips(rule);
  });

  it("'từ thứ Hai ngày 13/11/2017 đến hết thứ Hai ngày 27/11/2017': weekdays are checked against the dates and the window ends with Monday 27/11/2017", () => {
    const rule = parseDeadline("từ thứ Hai ngày 13/11/2017 đến hết thứ Hai ngày 27/11/2017");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2017, month: 11, day: 27 }], bound: "by", wording: { from: "13/11/2017" } });
    expect(computeDeadline(rule).lastDay).toBe("2017-11-27");
    roundTrips(rule);
  });

  it("a weekday that is not the date's is a contradiction, at the start and at the end ('thứ Ba ngày 13/11/2017' is a Monday)", () => {
    expect(reasonOf("từ thứ Ba ngày 13/11/2017 đến hết ngày 27/11/2017")).toBe("written_weekday_mismatch");
    expect(reasonOf("từ ngày 13/11/2017 đến hết Chủ nhật, ngày 27/11/2017")).toBe("written_weekday_mismatch");
  });

  it("'từ 27/11/2017 đến hết ngày 04/12/2017' and 'bắt đầu từ ngày 3/2/2026 đến hết ngày 15/3/2026': the start without 'ngày', and 'bắt đầu từ' kept as the lead", () => {
    const a = parseDeadline("từ 27/11/2017 đến hết ngày 04/12/2017");
    expect(a).toEqual({ kind: "fixed_date", dates: [{ year: 2017, month: 12, day: 4 }], bound: "by", wording: { from: "27/11/2017" } });
    const b = parseDeadline("bắt đầu từ ngày 3/2/2026 đến hết ngày 15/3/2026");
    expect(b).toEqual({ kind: "fixed_date", dates: [{ year: 2026, month: 3, day: 15 }], bound: "by", wording: { from: "03/02/2026", lead: "bắt đầu từ" } });
    expect(formatDeadline(b)).toBe("bắt đầu từ ngày 03/02/2026 đến ngày 15/03/2026");
    expect(computeDeadline(b).lastDay).toBe("2026-03-15");
    roundTrips(a);
    roundTrips(b);
  });

  it("'từ ngày 01 tháng 9 đến hết ngày 14 tháng 12 của năm' is a window of every year: 14/12/2025 for 2025, a Sunday that does not roll (a named day)", () => {
    const rule = parseDeadline("từ ngày 01 tháng 9 đến hết ngày 14 tháng 12 của năm");
    expect(rule).toEqual({ kind: "recurring", frequency: "yearly", month: 12, day: 14, bound: "by", wording: { from: "01/09" } });
    expect(computeDeadline(rule, { period: "2025" }).lastDay).toBe("2025-12-14");
    roundTrips(rule);
  });

  it("lunar dates in brackets '(tức ngày 27 tháng Chạp năm Ất Tỵ)' are checked against the lunar calendar: 14/02/2026 is 27 tháng Chạp, 22/02/2026 is mùng 6 tháng Giêng", () => {
    const rule = parseDeadline("từ thứ Bảy, ngày 14/02/2026 (tức ngày 27 tháng Chạp năm Ất Tỵ) đến hết Chủ nhật, ngày 22/02/2026 (tức ngày mùng 06 tháng Giêng năm Bính Ngọ)");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2026, month: 2, day: 22 }], bound: "by", wording: { from: "14/02/2026" } });
    expect(computeDeadline(rule).lastDay).toBe("2026-02-22");
    roundTrips(rule);
  });

  it("a lunar date in brackets that is not the solar date's is a contradiction; one that cannot be read is rejected with its own reason", () => {
    expect(reasonOf("từ ngày 14/02/2026 (tức ngày 28 tháng Chạp năm Ất Tỵ) đến hết ngày 22/02/2026")).toBe("lunar_gloss_mismatch");
    expect(reasonOf("từ ngày 14/02/2026 đến hết ngày 22/02/2026 (tức ngày 6 tháng 2)")).toBe("lunar_gloss_mismatch");
    expect(reasonOf("từ ngày 14/02/2026 (tức hôm qua) đến hết ngày 22/02/2026")).toBe("lunar_gloss_unreadable");
  });

  it("the lunar gloss is also written without 'ngày' and with a comma before the year's name: '(tức 27 tháng Chạp, năm Ất Tỵ)' is read and checked the same way", () => {
    const rule = parseDeadline("từ thứ Bảy 14/2/2026 (tức 27 tháng Chạp, năm Ất Tỵ) đến hết Chủ nhật 22/2/2026");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2026, month: 2, day: 22 }], bound: "by", wording: { from: "14/02/2026" } });
    expect(reasonOf("từ thứ Bảy 14/2/2026 (tức 26 tháng Chạp, năm Ất Tỵ) đến hết Chủ nhật 22/2/2026")).toBe("lunar_gloss_mismatch");
    expect(reasonOf("từ thứ Bảy 14/2/2026 (tức 27, năm Ất Tỵ) đến hết Chủ nhật 22/2/2026")).toBe("lunar_gloss_unreadable");
  });
});

describe("hours as agencies write them", () => {
  it("'chậm nhất 10h00' ngày 27/4/2020': the apostrophe marks the minutes; the day itself is the last day, ending at 10:00", () => {
    const rule = parseDeadline("chậm nhất 10h00' ngày 27/4/2020");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2020, month: 4, day: 27 }], bound: "by", time: "10:00", wording: { lead: "chậm nhất" } });
    expect(computeDeadline(rule).lastDay).toBe("2020-04-27");
    roundTrips(rule);
  });

  it("'17h00 thứ Sáu, ngày 20/5/2022': the weekday between the hour and its day is checked (20/5/2022 is a Friday) and the day ends at 17:00", () => {
    const rule = parseDeadline("17h00 thứ Sáu, ngày 20/5/2022");
    expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ year: 2022, month: 5, day: 20 }], bound: "by", time: "17:00" });
    expect(computeDeadline(rule).lastDay).toBe("2022-05-20");
    roundTrips(rule);
    expect(reasonOf("17h00 thứ Năm, ngày 20/5/2022")).toBe("written_weekday_mismatch");
  });
});

describe("anchors joined by 'khi'", () => {
  it("'2 ngày khi nhận được tờ trình' counts like 'kể từ khi': the receipt day is not counted (BLDS Đ.147), 08/10/2025 + 2 days = 10/10/2025", () => {
    const rule = parseDeadline("2 ngày khi nhận được tờ trình");
    expect(rule).toMatchObject({ kind: "relative", amount: 2, unit: "day", anchor: { text: "khi nhận được tờ trình" }, wording: { connector: "" } });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-10");
    expect(formatDeadline(rule)).toBe("2 ngày khi nhận được tờ trình");
    roundTrips(rule);
  });

  it("'Sau 15 ngày khi kết thúc Hội nghị' is a limit of 15 days from the end of the meeting: 08/10/2025 + 15 days = 23/10/2025", () => {
    const rule = parseDeadline("Sau 15 ngày khi kết thúc Hội nghị");
    expect(rule).toMatchObject({ kind: "relative", amount: 15, unit: "day", anchor: { text: "khi kết thúc Hội nghị" }, wording: { lead: "sau", connector: "" } });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-23");
    roundTrips(rule);
  });

  it("'khi' with nothing after it names no event: rejected", () => {
    expect(safeParseDeadline("trong thời hạn 2 ngày khi").success).toBe(false);
  });
});

describe("reporting days as agencies write them", () => {
  it("'trước ngày 15 của tháng' is day 15 of each reporting month, strictly before: 14/10/2025 for October 2025", () => {
    const rule = parseDeadline("trước ngày 15 của tháng");
    expect(rule).toMatchObject({ kind: "recurring", frequency: "monthly", day: 15, bound: "before", wording: { every: "của" } });
    expect(computeDeadline(rule, { period: "2025-10" }).lastDay).toBe("2025-10-14");
    expect(formatDeadline(rule)).toBe("trước ngày 15 của tháng");
    roundTrips(rule);
  });

  it("'trước ngày 05 tháng cuối cùng của mỗi quý' is day 5 of the quarter's last month, strictly before: 04/12/2025 for Q4 2025", () => {
    const rule = parseDeadline("trước ngày 05 tháng cuối cùng của mỗi quý");
    expect(rule).toMatchObject({ kind: "recurring", frequency: "quarterly", month: 3, day: 5, bound: "before" });
    expect(computeDeadline(rule, { period: "2025-Q4" }).lastDay).toBe("2025-12-04");
    expect(formatDeadline(rule)).toBe("trước ngày 5 tháng cuối cùng của mỗi quý");
    roundTrips(rule);
  });

  it("'trước ngày 10/01 của năm liền kề năm báo cáo' is 10 January of the year after the reporting year, strictly before: 09/01/2025 for 2024", () => {
    const rule = parseDeadline("trước ngày 10/01 của năm liền kề năm báo cáo");
    expect(rule).toMatchObject({ kind: "recurring", frequency: "yearly", month: 1, day: 10, bound: "before", offset: 1 });
    expect(computeDeadline(rule, { period: "2024" }).lastDay).toBe("2025-01-09");
    roundTrips(rule);
  });

  it("'mỗi tháng' is read as 'hằng tháng' and kept as written; 'của năm' after a day without a month is the wrong period (a contradiction)", () => {
    const rule = parseDeadline("trước ngày 15 mỗi tháng");
    expect(rule).toMatchObject({ kind: "recurring", frequency: "monthly", day: 15, bound: "before", wording: { every: "mỗi" } });
    roundTrips(rule);
    expect(reasonOf("trước ngày 10 của năm")).toBe("frequency_mismatch");
  });
});

describe("same-day service with a cut-off hour", () => {
  const phrase = "ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ";

  it("a request received at 10:00 on Wednesday 08/10/2025, before the 15:00 cut-off, is served the same day", () => {
    const rule = parseDeadline(phrase);
    expect(rule).toMatchObject({ kind: "same_day", nextWorkingDay: false, cutoff: "15:00", anchor: { text: "cơ quan, tổ chức tiếp nhận yêu cầu" }, wording: { cutoffEvent: "tiếp nhận yêu cầu" } });
    const d = computeDeadline(rule, { anchor: "2025-10-08T10:00:00+07:00" });
    expect(d.lastDay).toBe("2025-10-08");
    expect(d.trace.map((s) => s.code)).not.toContain("cutoff_applied");
    expect(formatDeadline(rule)).toBe(phrase);
    roundTrips(rule);
  });

  it("received at 15:30 on Friday 10/10/2025, after the cut-off: the next working day, Monday 13/10/2025; a date without a time keeps the same day", () => {
    const rule = parseDeadline(phrase);
    const late = computeDeadline(rule, { anchor: "2025-10-10T15:30:00+07:00" });
    expect(late.lastDay).toBe("2025-10-13");
    expect(late.trace.find((s) => s.code === "cutoff_applied")?.params).toMatchObject({ cutoff: "15:00", time: "15:30", reason: "after_cutoff" });
    expect(computeDeadline(rule, { anchor: "2025-10-10" }).lastDay).toBe("2025-10-10");
  });

  it("'nếu …' without a cut-off hour is rejected; an hour that does not exist is a contradiction", () => {
    expect(safeParseDeadline("ngay trong ngày tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu").success).toBe(false);
    expect(reasonOf("ngay trong ngày tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 25 giờ")).toBe("time_not_exist");
  });
});

describe("'kết thúc vào ngày …'", () => {
  it("'kết thúc vào ngày 31 tháng 01 năm sau' (TT 85/2017): the period ends with 31 January of the year after the budget year, a named day (31/01/2025 for 2024, not rolled although a Tết day off)", () => {
    const rule = parseDeadline("kết thúc vào ngày 31 tháng 01 năm sau");
    expect(rule).toMatchObject({ kind: "recurring", frequency: "yearly", month: 1, day: 31, bound: "by", offset: 1, wording: { lead: "kết thúc vào" } });
    expect(computeDeadline(rule, { period: "2024" }).lastDay).toBe("2025-01-31");
    roundTrips(rule);
  });

  it("'kết thúc' not followed by 'vào ngày <date>' is not a lead: rejected", () => {
    expect(safeParseDeadline("kết thúc hội nghị").success).toBe(false);
  });
});
