/**
 * Forms tuned on heldout26.ts and heldout27.ts (each a general form with examples of its own):
 * - windows of every period that end on a day of it ("từ ngày 25 đến ngày 30 của tháng cuối quý",
 *   "từ ngày 1 đến ngày 17 của tháng tiếp theo");
 * - a span of months after "từ" ("từ tháng 4 - 5/2012");
 * - a count back ended by "và" before a second clause ("trước 5 ngày và thông báo trước 3 ngày …");
 * - hours no clock shows after "trước" ("trước 48 giờ"), and "trước 24 giờ" with no day after it;
 * - the English rendering of a recurring day in the period after the one it is counted from;
 * - in running text, a date or period followed by a comma and what happened ("đã", "xảy ra") is a mention;
 * - a roll clause written with no comma before it ends the free text before it (a scope, an anchor);
 * - what is to be done before a count back from an implicit event ("phải thông báo cho bên mua điện trước 5 ngày").
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { found, reasonOf, roundTrips } from "./_forms.js";

describe("windows of every period that end on a day of it", () => {
  it("'từ ngày 25 đến ngày 30 của tháng cuối quý' (TT 23/2019/TT-BNNPTNT Đ.4, livestock declarations) ends on the 30th of the last month of each quarter: from Wednesday 08/10/2025, Tuesday 30/12/2025", () => {
    const rule = parseDeadline("từ ngày 25 đến ngày 30 của tháng cuối quý");
    expect(rule).toEqual({ kind: "recurring", frequency: "quarterly", month: 3, day: 30, bound: "by", wording: { from: "25" } });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-12-30");
    roundTrips(rule);
    expect(parseDeadline("từ ngày 25 đến ngày 30 của tháng cuối quý hằng quý")).toEqual(rule);
  });

  it("'từ ngày 1 đến ngày 17 của tháng tiếp theo' ends on the 17th of the month after: from October 2025, Monday 17/11/2025", () => {
    const rule = parseDeadline("từ ngày 1 đến ngày 17 của tháng tiếp theo");
    expect(rule).toEqual({ kind: "recurring", frequency: "monthly", day: 17, bound: "by", offset: 1, wording: { from: "01" } });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-11-17");
    roundTrips(rule);
    expect(formatDeadline(rule, { locale: "en" })).toBe("by the 17th of the following month");
  });

  it("a start after the end's day lies in the period before when the end names the month after ('từ ngày 20 đến ngày 10 của tháng sau'), and is a contradiction within one period", () => {
    expect(parseDeadline("từ ngày 20 đến ngày 10 của tháng sau")).toMatchObject({ kind: "recurring", frequency: "monthly", day: 10, offset: 1, wording: { from: "20" } });
    expect(reasonOf("từ ngày 28 đến ngày 25 của tháng cuối quý")).toBe("window_ends_before_start");
  });

  it("a frequency that contradicts the period is refused ('… của tháng cuối quý hằng tháng')", () => {
    expect(reasonOf("từ ngày 25 đến ngày 30 của tháng cuối quý hằng tháng")).toBe("frequency_mismatch");
  });

  it("in running text the window is found with its end", () => {
    expect(found("Tổ chức, cá nhân chăn nuôi thực hiện kê khai hoạt động chăn nuôi từ ngày 25 đến ngày 30 của tháng cuối quý theo biểu mẫu quy định.")).toEqual([
      ["từ ngày 25 đến ngày 30 của tháng cuối quý", "recurring", "deadline"],
    ]);
  });
});

describe("a span of months after 'từ'", () => {
  it("'từ tháng 4 - 5/2012' ends with May 2012, as 'từ tháng 4 đến tháng 5/2012': Thursday 31/05/2012", () => {
    const rule = parseDeadline("từ tháng 4 - 5/2012");
    expect(rule).toEqual({ kind: "period", period: { unit: "month", month: 5, year: 2012 }, wording: { from: "4", lead: "từ" } });
    expect(computeDeadline(rule).lastDay).toBe(computeDeadline(parseDeadline("từ tháng 4 đến tháng 5/2012")).lastDay);
    expect(computeDeadline(rule).lastDay).toBe("2012-05-31");
    roundTrips(rule);
  });

  it("found in running text as a limit, not as a bare mention of months", () => {
    expect(found("Thời gian tiêm phòng được chia làm hai đợt: Đợt 1 từ tháng 4 - 5/2012 và đợt 2 từ tháng 10 - 11/2012.")).toEqual([
      ["từ tháng 4 - 5/2012", "period", "deadline"],
      ["từ tháng 10 - 11/2012", "period", "deadline"],
    ]);
  });

  it("a span that runs backwards is not read as one", () => {
    expect(safeParseDeadline("từ tháng 4 - 3/2012").success).toBe(false);
  });
});

describe("a count back ended by 'và' before a second clause", () => {
  it("'… trước 5 ngày và thông báo trước 3 ngày …' is five days before the event, not 'before the 5th': due Wednesday 08/10/2025, Friday 03/10/2025", () => {
    const matches = found("Bên bán điện phải thông báo cho bên mua điện trước 5 ngày và thông báo trước 3 ngày đối với các tổ chức, cá nhân có liên quan.");
    expect(matches[0]).toEqual(["trước 5 ngày", "before_deadline", "deadline"]);
    expect(computeDeadline(parseDeadline("trước 5 ngày"), { due: "2025-10-08" }).lastDay).toBe("2025-10-03");
  });

  it("'và' before a second amount still belongs to the phrase's own reading ('trước 5 ngày và 6 giờ' is no count back ended at 'và')", () => {
    expect(safeParseDeadline("trước 5 ngày và 6 giờ").success).toBe(false);
  });
});

describe("hours no clock shows after 'trước'", () => {
  it("'trước 48 giờ' is 48 hours before the event (it was refused as a time of day that does not exist)", () => {
    const rule = parseDeadline("trước 48 giờ");
    expect(rule).toEqual({ kind: "before_deadline", amount: 48, unit: "hour", reference: "", wording: { order: "reference_first" } });
    roundTrips(rule);
  });

  it("'trước 24 giờ' with no day after it is 24 hours before the event (as notices write it: 'phải thông báo trước 24 giờ'), and with a day after it the end of that day", () => {
    expect(parseDeadline("trước 24 giờ")).toMatchObject({ kind: "before_deadline", amount: 24, unit: "hour" });
    expect(parseDeadline("trước 24 giờ ngày 31/12/2025")).toEqual({ kind: "fixed_date", dates: [{ year: 2025, month: 12, day: 31 }], bound: "by", time: "24:00" });
    expect(parseDeadline("trước 17 giờ")).toEqual({ kind: "same_day", nextWorkingDay: false, time: "17:00" });
  });
});

describe("the English rendering of a day in another period than the one it is counted from", () => {
  it("says which month, quarter or year the day falls in (it read 'of every month' for all of them)", () => {
    expect(formatDeadline(parseDeadline("chậm nhất là ngày 20 của tháng sau"), { locale: "en" })).toBe("by the 20th of the following month");
    expect(formatDeadline(parseDeadline("ngày 20 của tháng báo cáo"), { locale: "en" })).toBe("by the 20th of the reporting month");
    expect(formatDeadline(parseDeadline("ngày 31/3 năm sau"), { locale: "en" })).toBe("by 31/03 of the following year");
    expect(formatDeadline(parseDeadline("ngày cuối cùng của tháng đầu của quý tiếp theo"), { locale: "en" })).toBe("by the last day of the first month of the following quarter");
    expect(formatDeadline(parseDeadline("trong tháng tiếp theo"), { locale: "en" })).toBe("within the following month");
    expect(formatDeadline(parseDeadline("ngày 20 hằng tháng"), { locale: "en" })).toBe("by the 20th of every month");
  });

  it("names the day of a half-year ('định kỳ 6 tháng, trước ngày 15/6 và 15/12')", () => {
    expect(formatDeadline(parseDeadline("định kỳ 6 tháng, trước ngày 15/6 và 15/12"), { locale: "en" })).toBe("strictly before the 15th of the 6th month of every half year");
  });
});

describe("a date or period followed by what happened is no limit", () => {
  it("'Trong tháng 01/2013, xảy ra 02 ổ dịch …' and 'đến ngày 17.2, toàn tỉnh đã làm đất …' name the time of a past statement (a mention)", () => {
    expect(found("Trong tháng 01/2013, xảy ra 02 ổ dịch cúm gia cầm tại huyện Bến Cầu.")).toEqual([["Trong tháng 01/2013", "period", "mention"]]);
    expect(found("Theo tổng hợp từ các huyện, đến ngày 17.2, toàn tỉnh đã làm đất đợt 1 được 38.615ha.")).toEqual([["đến ngày 17.2", "fixed_date", "mention"]]);
    expect(found("Đến ngày 12/9/2023, Bộ Tài chính đã nhận được báo cáo của 59/63 địa phương.")).toEqual([["Đến ngày 12/9/2023", "fixed_date", "mention"]]);
  });

  it("a limit followed by what is to be done stays a limit, as does a lead of a limit, a count, or 'đã' far into the clause", () => {
    expect(found("Trong tháng 12/2025, các sở gửi kết quả về UBND tỉnh.")).toEqual([["Trong tháng 12/2025", "period", "deadline"]]);
    expect(found("Chậm nhất ngày 15/12, các đơn vị đã được giao nhiệm vụ gửi báo cáo.")).toEqual([["Chậm nhất ngày 15/12", "fixed_date", "deadline"]]);
    expect(found("Trong thời hạn 10 ngày, cơ quan đã tiếp nhận hồ sơ phải trả lời.")[0]?.slice(1)).toEqual(["relative", "deadline"]);
    expect(found("Trong tháng 12/2025, các sở hoàn thành việc rà soát và gửi kết quả đã tổng hợp về UBND tỉnh.")).toEqual([["Trong tháng 12/2025", "period", "deadline"]]);
    expect(found("Sau ngày 26/02/2017, SV đã đăng ký học phần nhưng không nộp học phí thì phải nộp thêm.")[0]?.[2]).toBe("deadline");
  });
});

describe("a roll clause written with no comma before it", () => {
  it("ends the scope before it: '… đối với hồ sơ quyết toán thuế năm nếu trùng ngày nghỉ thì thực hiện vào ngày làm việc tiếp theo' rolls forward, and writes back to the same rule", () => {
    const rule = parseDeadline("chậm nhất ngày 15/01 đối với hồ sơ quyết toán thuế năm nếu trùng ngày nghỉ thì thực hiện vào ngày làm việc tiếp theo");
    expect(rule).toMatchObject({ kind: "fixed_date", roll: "next_working_day", wording: { scope: "hồ sơ quyết toán thuế năm" } });
    roundTrips(rule);
  });

  it("after an exception written after ';', as a generated near-miss wrote it (the roll clause was read into the scope when written back)", () => {
    const rule = parseDeadline("dịp ngày 01/01 tới hoặc theo yêu cầu thời hạn trong văn bản đối với hồ sơ quyết toán thuế năm; trừ trường hợp hỏa tốc nếu trùng ngày nghỉ thì thực hiện vào ngày làm việc tiếp theo");
    expect(rule).toMatchObject({ roll: "next_working_day", except: [{ urgency: "hoa_toc" }], wording: { scope: "hồ sơ quyết toán thuế năm" } });
    roundTrips(rule);
  });
});

describe("what is to be done before a count back from an event the text leaves implicit", () => {
  it("'phải thông báo cho bên mua điện trước 5 ngày' is 5 days before the cut (context.due), the words before 'trước' kept as the predicate: due Wednesday 08/10/2025, Friday 03/10/2025", () => {
    const rule = parseDeadline("phải thông báo cho bên mua điện trước 5 ngày");
    expect(rule).toMatchObject({ kind: "before_deadline", amount: 5, unit: "day", reference: "", wording: { predicate: "phải thông báo cho bên mua điện", order: "reference_first" } });
    expect(computeDeadline(rule, { due: "2025-10-08" }).lastDay).toBe("2025-10-03");
    roundTrips(rule);
  });

  it("'báo trước ít nhất 45 ngày' (BLLĐ 2019 Đ.35.1.a) is a notice 45 days before the day the contract ends: due Wednesday 08/10/2025, Sunday 24/08 rolls back to Friday 22/08/2025", () => {
    const rule = parseDeadline("báo trước ít nhất 45 ngày");
    expect(rule).toMatchObject({ kind: "before_deadline", amount: 45, unit: "day", reference: "", wording: { predicate: "báo", lead: "ít nhất" } });
    expect(computeDeadline(rule, { due: "2025-10-08" }).lastDay).toBe("2025-08-22");
    roundTrips(rule);
  });

  it("'thông báo trước 24 giờ' is a day's notice, not 'before midnight'", () => {
    expect(parseDeadline("thông báo trước 24 giờ")).toMatchObject({ kind: "before_deadline", amount: 24, unit: "hour", reference: "", wording: { predicate: "thông báo" } });
  });

  it("a count back from a named event keeps its own start: no predicate is read before it", () => {
    expect(safeParseDeadline("phải thông báo trước 5 ngày kể từ ngày nhận hồ sơ").success).toBe(false);
  });
});
