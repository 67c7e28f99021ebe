/**
 * Forms of the seventh and eighth unseen batches: windows with an hour at both ends, ranges of
 * days, weekly weekdays, reporting days in the month after the period, spans of months. Each form:
 * read by parseDeadline, written back by formatDeadline (vi round trip, en), computed by
 * computeDeadline under the BLDS defaults with its trace, and found inside a sentence by
 * findDeadlines with the same rule.
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { reasonOf, roundTrips } from "./_forms.js";

const codes = (trace: readonly { code: string }[]): string[] => trace.map((s) => s.code);

/** findDeadlines finds `phrase` inside `sentence` with `role`, with the rule parseDeadline gives for it. */
function foundIn(sentence: string, phrase: string, role: string): void {
  const match = findDeadlines(sentence).find((m) => m.text === phrase);
  expect(match?.role).toBe(role);
  expect(match?.rule).toEqual(parseDeadline(phrase));
}

describe("a window with an hour at both ends: it closes at the end's hour of its last day", () => {
  it("'từ 9h ngày 1/2 đến 16h30 ngày 7/2' ends at 16:30 on 07/02 (a Saturday, a named day not rolled); the opening hour does not count", () => {
    const rule = parseDeadline("từ 9h ngày 1/2 đến 16h30 ngày 7/2");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ month: 2, day: 7 }], bound: "by", time: "16:30", wording: { from: "01/02" } });
    const d = computeDeadline(rule, { year: 2026 });
    expect(d.lastDay).toBe("2026-02-07");
    expect(d.endsAt).toBe("2026-02-07T16:30:00+07:00");
    expect(codes(d.trace)).toEqual(["named_date", "not_rolled", "time_of_day"]);
    expect(formatDeadline(rule)).toBe("từ ngày 01/02 đến 16 giờ 30 ngày 07/02");
    expect(formatDeadline(rule, { locale: "en" })).toBe("from 01/02 to 16:30 on 07/02");
    roundTrips(rule);
    foundIn("Lịch đăng ký ca thi đánh giá năng lực bắt đầu từ 9h ngày 1/2 đến 16h30 ngày 7/2, thí sinh chọn ca thi trên hệ thống.", "bắt đầu từ 9h ngày 1/2 đến 16h30 ngày 7/2", "deadline");
  });

  it("the same hour at both ends, hours with minutes, and only the end timed read alike", () => {
    expect(computeDeadline(parseDeadline("từ 9h ngày 8/2 đến 9h ngày 14/2"), { year: 2026 }).endsAt).toBe("2026-02-14T09:00:00+07:00");
    const minutes = parseDeadline("từ 10 giờ 00 phút ngày 01/3/2018 đến 10 giờ 00 phút ngày 04/3/2018");
    expect(minutes).toEqual({ kind: "fixed_date", dates: [{ year: 2018, month: 3, day: 4 }], bound: "by", time: "10:00", wording: { from: "01/03/2018" } });
    roundTrips(minutes);
    const planned = parseDeadline("dự kiến từ ngày 9/9 đến 17 giờ ngày 16/9");
    expect(planned).toMatchObject({ dates: [{ month: 9, day: 16 }], time: "17:00", notes: [{ code: "planned" }] });
    expect(computeDeadline(planned, { year: 2020 }).lastDay).toBe("2020-09-16");
    roundTrips(planned);
    foundIn("Hệ thống mở cho thí sinh chọn ca thi thứ 2 từ 9h ngày 8/2 đến 9h ngày 14/2.", "từ 9h ngày 8/2 đến 9h ngày 14/2", "deadline");
  });

  it("an opening hour must be followed by its day, and a window cannot end before it opens", () => {
    expect(safeParseDeadline("từ 9h 1/2 đến 16h ngày 7/2").success).toBe(false);
    expect(reasonOf("từ 9h ngày 15 đến 16h ngày 7/2")).toBe("window_ends_before_start");
  });
});

describe("a range of days written with a dash: the end day counts", () => {
  it("'từ ngày 5-15/2/2026' is the window of 5 to 15 February 2026: last day Sunday 15/02, named and not rolled", () => {
    const rule = parseDeadline("từ ngày 5-15/2/2026");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2026, month: 2, day: 15 }], bound: "by", wording: { from: "05" } });
    const d = computeDeadline(rule);
    expect(d.lastDay).toBe("2026-02-15");
    expect(codes(d.trace)).toEqual(["named_date", "not_rolled", "end_of_day"]);
    expect(formatDeadline(rule)).toBe("từ ngày 05 đến ngày 15/02/2026");
    expect(formatDeadline(rule, { locale: "en" })).toBe("from 05 to 15/02/2026 inclusive");
    roundTrips(rule);
    expect(parseDeadline("từ 5 - 15/2")).toEqual({ kind: "fixed_date", dates: [{ month: 2, day: 15 }], bound: "by", wording: { from: "05" } });
    foundIn("Thí sinh đăng ký dự thi từ ngày 5-15/2/2026 trên hệ thống của trường.", "từ ngày 5-15/2/2026", "deadline");
  });

  it("'từ 30/4 - 03/5': the dash between two dated days stands for 'đến', the end (03/05) counts", () => {
    const rule = parseDeadline("từ 30/4 - 03/5");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ month: 5, day: 3 }], bound: "by", wording: { from: "30/04" } });
    expect(computeDeadline(rule, { year: 2025 }).lastDay).toBe("2025-05-03");
    expect(formatDeadline(rule)).toBe("từ ngày 30/04 đến ngày 03/05");
    roundTrips(rule);
    expect(parseDeadline("từ ngày 30/4 - ngày 3/5/2026")).toMatchObject({ dates: [{ year: 2026, month: 5, day: 3 }], wording: { from: "30/04" } });
    foundIn("Các cơ quan bố trí trực trong kỳ nghỉ từ 30/4 - 03/5 theo thông báo.", "từ 30/4 - 03/5", "deadline");
  });

  it("a date written with dashes is still one day (a start), and a range ending before it starts is refused", () => {
    expect(parseDeadline("từ ngày 15-3-2026")).toMatchObject({ dates: [{ year: 2026, month: 3, day: 15 }], role: "entry_into_force" });
    expect(reasonOf("từ ngày 15-5/2")).toBe("window_ends_before_start");
    expect(reasonOf("từ ngày 15 đến ngày 5/2")).toBe("window_ends_before_start");
  });
});

describe("a weekday of every week written after 'ngày'", () => {
  it("'vào ngày thứ Tư hằng tuần' is Wednesday of every week: from Monday 05/01/2026, Wednesday 07/01/2026", () => {
    const rule = parseDeadline("vào ngày thứ Tư hằng tuần");
    expect(rule).toEqual({ kind: "recurring", frequency: "weekly", weekday: 3, bound: "by", wording: { lead: "vào" } });
    const d = computeDeadline(rule, { anchor: "2026-01-05" });
    expect(d.lastDay).toBe("2026-01-07");
    expect(codes(d.trace)).toEqual(["anchor", "occurrence", "named_date", "end_of_day"]);
    expect(formatDeadline(rule)).toBe("vào thứ Tư hằng tuần");
    expect(formatDeadline(rule, { locale: "en" })).toBe("by Wednesday every week");
    roundTrips(rule);
    foundIn("Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào ngày thứ Tư hằng tuần, trong giờ hành chính.", "định kỳ vào ngày thứ Tư hằng tuần", "deadline");
  });

  it("'trước ngày thứ Sáu hằng tuần' is strictly before Friday (Thursday 08/01/2026); 'ngày Chủ nhật hàng tuần' keeps 'hàng'", () => {
    const before = parseDeadline("trước ngày thứ Sáu hằng tuần");
    expect(before).toMatchObject({ kind: "recurring", frequency: "weekly", weekday: 5, bound: "before" });
    expect(computeDeadline(before, { anchor: "2026-01-05" }).lastDay).toBe("2026-01-08");
    roundTrips(before);
    const sunday = parseDeadline("vào ngày Chủ nhật hàng tuần");
    expect(sunday).toEqual({ kind: "recurring", frequency: "weekly", weekday: 7, bound: "by", wording: { every: "hàng", lead: "vào" } });
    roundTrips(sunday);
    foundIn("Các phòng gửi báo cáo tuần trước ngày thứ Sáu hằng tuần.", "trước ngày thứ Sáu hằng tuần", "deadline");
  });

  it("without 'hằng tuần' 'ngày thứ tư' is no weekday, and no eighth weekday exists", () => {
    expect(safeParseDeadline("vào ngày thứ Tư hằng tháng").success).toBe(false);
    expect(reasonOf("vào ngày thứ Tám hằng tuần")).toBeUndefined();
    expect(safeParseDeadline("vào ngày thứ Tám hằng tuần").success).toBe(false);
  });
});

describe("an entry into force 'kể từ sau' an event", () => {
  it("'có hiệu lực kể từ sau ngày ký' is not read as in force on the signing day itself (it used to format back as 'kể từ sau ngày ngày ký')", () => {
    expect(safeParseDeadline("có hiệu lực kể từ sau ngày ký").success).toBe(false);
    expect(parseDeadline("có hiệu lực kể từ ngày ký")).toMatchObject({ kind: "same_day", anchor: { text: "ngày ký" }, role: "entry_into_force" });
  });
});

describe("a span of months: its last month counts", () => {
  it("'Tháng 11 - 12/2025' ends with December 2025: 31/12/2025, the first month kept and written back", () => {
    const rule = parseDeadline("Tháng 11 - 12/2025");
    expect(rule).toEqual({ kind: "period", period: { unit: "month", month: 12, year: 2025 }, wording: { from: "11", lead: "" } });
    const d = computeDeadline(rule);
    expect(d.lastDay).toBe("2025-12-31");
    expect(codes(d.trace)).toEqual(["period_end", "end_of_day"]);
    expect(formatDeadline(rule)).toBe("tháng 11 - 12/2025");
    expect(formatDeadline(rule, { locale: "en" })).toBe("by the end of December 2025 (a span of months from month 11)");
    roundTrips(rule);
    expect(parseDeadline("trong tháng 3 - 5/2026")).toEqual({ kind: "period", period: { unit: "month", month: 5, year: 2026 }, wording: { from: "3" } });
    const found = findDeadlines("Thời gian hoàn thành: Tháng 11 - 12/2025.").find((m) => m.text === "Tháng 11 - 12/2025");
    expect(found?.rule).toEqual(rule);
  });

  it("a span backwards, or of every year, is not read; 'tháng 11-2025' is still November 2025", () => {
    expect(safeParseDeadline("tháng 12 - 11/2025").success).toBe(false);
    expect(safeParseDeadline("tháng 11 - 12 hằng năm").success).toBe(false);
    expect(parseDeadline("tháng 11-2025")).toMatchObject({ kind: "period", period: { unit: "month", month: 11, year: 2025 } });
  });
});
