/**
 * Forms tuned on heldout24.ts (each a general form with examples of its own):
 * - more verbs before "ngay" (at once): "cần báo ngay cho kiểm lâm", "giải quyết thông quan ngay";
 * - "tháng Tư" (April written in words: "tư" alone is a number only there);
 * - a window that ends with "kết thúc" or "hoàn thành" and "vào" in place of "đến";
 * - "từ nay đến trước ngày 30/5/2018";
 * - the lead of a limit before a count back written after its reference ("chậm nhất là trước ngày thi 01 ngày làm việc").
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { formatDeadline, parseDeadline } from "../../src/phrase/index.js";
import { found, roundTrips } from "./_forms.js";

describe("more acts done at once", () => {
  it("'báo ngay' (report at once) is due the day of the event, as 'báo cáo ngay'", () => {
    const rule = parseDeadline("báo ngay");
    expect(rule).toMatchObject({ kind: "same_day", nextWorkingDay: false });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-08");
    roundTrips(rule);
  });

  it("in running text the act is found when what follows is no lexicon word, and not in 'ngay tại', 'ngay cả'", () => {
    expect(found("Khi phát hiện cháy rừng, cần báo ngay cho kiểm lâm hoặc chính quyền địa phương để kịp thời xử lý.")).toEqual([["báo ngay", "same_day", "deadline"]]);
    expect(found("Báo Nhân Dân đưa tin ngay tại hiện trường.")).toEqual([]);
    expect(found("Hồ sơ được cấp ngay cả khi thiếu giấy tờ.")).toEqual([]);
    expect(found("Đồng thời ưu tiên giải quyết thông quan ngay đối với hàng hóa là thực phẩm nhập khẩu.")[0]?.slice(1)).toEqual(["same_day", "deadline"]);
  });
});

describe("'tháng Tư': April in words", () => {
  it("'trước ngày 15 tháng Tư năm 2025' is before 15/04/2025 (the day before, 14/04/2025), as 'trước ngày 15 tháng 4 năm 2025'", () => {
    const rule = parseDeadline("trước ngày 15 tháng Tư năm 2025");
    expect(rule).toEqual(parseDeadline("trước ngày 15 tháng 4 năm 2025"));
    expect(computeDeadline(rule).lastDay).toBe("2025-04-14");
  });

  it("'Tháng tư hàng năm' is April of every year; 'thứ tư' stays Wednesday and 'hai mươi tư ngày' 24 days", () => {
    expect(parseDeadline("Tháng tư hàng năm")).toMatchObject({ kind: "recurring", frequency: "yearly", month: 4, bound: "within" });
    expect(parseDeadline("trong tháng Tư")).toEqual(parseDeadline("trong tháng 4"));
    expect(parseDeadline("thứ tư")).toMatchObject({ kind: "recurring", frequency: "weekly", weekday: 3 });
    expect(parseDeadline("hai mươi tư ngày")).toMatchObject({ kind: "relative", amount: 24 });
  });

  it("in running text the month in words is found", () => {
    expect(found("Các đơn vị gửi báo cáo trước ngày 15 tháng Tư năm 2025.")).toEqual([["trước ngày 15 tháng Tư năm 2025", "fixed_date", "deadline"]]);
  });
});

describe("a window that ends with 'kết thúc … vào' or 'hoàn thành vào'", () => {
  it("'bắt đầu từ ngày 06 tháng 5 năm 2025 và hoàn thành vào ngày 05 tháng 6 năm 2025' ends on its named last day, 05/06/2025, as 'từ … đến ngày …'", () => {
    const rule = parseDeadline("bắt đầu từ ngày 06 tháng 5 năm 2025 và hoàn thành vào ngày 05 tháng 6 năm 2025");
    expect(rule).toEqual(parseDeadline("bắt đầu từ ngày 06 tháng 5 năm 2025 đến ngày 05 tháng 6 năm 2025"));
    expect(computeDeadline(rule).lastDay).toBe("2025-06-05");
    roundTrips(rule);
  });

  it("'bắt đầu từ ngày 6-5 và kết thúc vào ngày 29-5', 'từ ngày 1/12, kết thúc nhận bài vào ngày 15/2/2021' (what ends, up to four words, before 'vào')", () => {
    expect(parseDeadline("bắt đầu từ ngày 6-5 và kết thúc vào ngày 29-5")).toEqual(parseDeadline("bắt đầu từ ngày 6-5 đến ngày 29-5"));
    expect(parseDeadline("từ ngày 1/12, kết thúc nhận bài vào ngày 15/2/2021")).toEqual(parseDeadline("từ ngày 1/12 đến ngày 15/2/2021"));
    // with no day after "vào" it is no end: a start with no end stays one
    expect(parseDeadline("từ ngày 15/3/2025")).toMatchObject({ role: "entry_into_force" });
  });

  it("in running text the whole window is found", () => {
    expect(found("Đợt lấy ý kiến bắt đầu từ ngày 6-5 và kết thúc vào ngày 29-5.")).toEqual([["bắt đầu từ ngày 6-5 và kết thúc vào ngày 29-5", "fixed_date", "deadline"]]);
  });
});

describe("'từ nay đến trước ngày …'", () => {
  it("'từ nay đến trước ngày 30/5/2018' is before 30/05/2018 (strictly: 29/05/2018, not rolled), the lead kept", () => {
    const rule = parseDeadline("từ nay đến trước ngày 30/5/2018");
    expect(rule).toMatchObject({ kind: "fixed_date", bound: "before", wording: { lead: "từ nay đến trước" } });
    expect(computeDeadline(rule).lastDay).toBe("2018-05-29");
    roundTrips(rule);
  });
});

describe("the lead of a limit before a count back written after its reference", () => {
  it("'chậm nhất là trước ngày thi 01 ngày làm việc' is one working day before the exam: exam on Wednesday 08/10/2025, Tuesday 07/10/2025", () => {
    const rule = parseDeadline("chậm nhất là trước ngày thi 01 ngày làm việc");
    expect(rule).toEqual({ kind: "before_deadline", amount: 1, unit: "working_day", reference: "ngày thi", wording: { lead: "chậm nhất là", order: "lead_reference_first" } });
    expect(computeDeadline(rule, { due: "2025-10-08" }).lastDay).toBe("2025-10-07");
    expect(formatDeadline(rule)).toBe("chậm nhất là trước ngày thi 1 ngày làm việc");
    roundTrips(rule);
    roundTrips(parseDeadline("chậm nhất trước ngày khai mạc 05 ngày"));
  });

  it("a second lead after the reference is not read, and a named day after the lead stays a named day", () => {
    expect(() => parseDeadline("chậm nhất trước ngày họp ít nhất 05 ngày")).toThrow();
    expect(parseDeadline("chậm nhất trước ngày 15/3/2025")).toMatchObject({ kind: "fixed_date", bound: "before" });
  });

  it("in running text the whole phrase is found, not the count alone", () => {
    expect(found("Thí sinh nộp đơn chậm nhất là trước ngày thi 01 ngày làm việc.")).toEqual([["chậm nhất là trước ngày thi 01 ngày làm việc", "before_deadline", "deadline"]]);
  });
});
