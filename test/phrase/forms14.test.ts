/**
 * Forms of this round: the words saying from when a rule applies ("được thực hiện kể từ ngày …",
 * "được áp dụng từ ngày …") and a document named without "này" as the subject of an entry into
 * force; a time of day after "vào"/"lúc" without its day ("vào 16h00 hàng ngày"); ranges of counts
 * ("10 - 15 ngày", "từ 15 đến 30 ngày"), refused with their reason; and the hour of a recurring
 * or same-day rule in the English rendering.
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline, scanDeadlines } from "../../src/phrase/index.js";
import type { PhraseParseError } from "../../src/errors.js";
import { reasonOf, roundTrips } from "./_forms.js";

/** The error of a phrase the grammar refuses (the test fails if it reads it). */
function refused(phrase: string): PhraseParseError {
  const result = safeParseDeadline(phrase);
  if (result.success) throw new Error(`read: ${phrase}`);
  return result.error;
}

describe("from when a rule applies: an entry into force", () => {
  it("'được thực hiện kể từ ngày 15 tháng 6 năm 2013' (TT 98/2013 Đ.6.3) is in force on that day itself, which does not roll", () => {
    const rule = parseDeadline("được thực hiện kể từ ngày 15 tháng 6 năm 2013");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2013, month: 6, day: 15 }], bound: "by", role: "entry_into_force", wording: { lead: "kể từ", role: "được thực hiện" } });
    // a Saturday: entry into force is a day, not a time limit to roll (BLDS Đ.148 applies to limits)
    expect(computeDeadline(rule).lastDay).toBe("2013-06-15");
    expect(formatDeadline(rule)).toBe("được thực hiện kể từ ngày 15/06/2013");
    expect(formatDeadline(rule, { locale: "en" })).toBe("takes effect (entry into force): from 15/06/2013");
    roundTrips(rule);
    const found = findDeadlines("Chính sách hỗ trợ người có công với cách mạng về nhà ở được thực hiện kể từ ngày 15 tháng 6 năm 2013.");
    expect(found.map((m) => [m.text, m.role])).toEqual([["kể từ ngày 15 tháng 6 năm 2013", "entry_into_force"]]);
  });

  it("'Quy định này được áp dụng từ ngày 01/01/2026' keeps its subject with the words; 'Quyết định có hiệu lực kể từ ngày ký' needs no 'này'", () => {
    const applied = parseDeadline("Quy định này được áp dụng từ ngày 01/01/2026");
    expect(applied).toMatchObject({ kind: "fixed_date", role: "entry_into_force", wording: { lead: "từ", role: "Quy định này được áp dụng" } });
    roundTrips(applied);
    const signed = parseDeadline("Quyết định có hiệu lực kể từ ngày ký");
    expect(signed).toEqual({ kind: "same_day", nextWorkingDay: false, anchor: { text: "ngày ký" }, role: "entry_into_force", wording: { lead: "kể từ", role: "Quyết định có hiệu lực" } });
    expect(computeDeadline(signed, { anchor: "2014-04-21" }).lastDay).toBe("2014-04-21");
    roundTrips(signed);
  });

  it("the same words before a limit or a span are no entry into force: 'được thực hiện trong 10 ngày', '… kể từ ngày ký đến hết năm 2025'", () => {
    const limit = parseDeadline("được thực hiện trong 10 ngày kể từ ngày nhận hồ sơ");
    expect(limit).toMatchObject({ kind: "relative", amount: 10 });
    expect(limit.role).toBeUndefined();
    const span = findDeadlines("Kế hoạch được thực hiện kể từ ngày ký đến hết năm 2025.");
    expect(span.map((m) => [m.text, m.role, m.rule.kind])).toEqual([["kể từ ngày ký đến hết năm 2025", "deadline", "period"]]);
    // a report "được thực hiện trước ngày 15 tháng 01 của năm tiếp theo" stays a time limit
    expect(parseDeadline("Báo cáo năm được thực hiện trước ngày 15 tháng 01 của năm tiếp theo")).toMatchObject({ kind: "recurring", frequency: "yearly", month: 1, day: 15, bound: "before", offset: 1 });
  });
});

describe("a time of day after 'vào' or 'lúc'", () => {
  it("'vào 16h00 hàng ngày' is due at 16:00 each day, as 'trước 16 giờ hằng ngày' ends then, not a count of 16 hours", () => {
    const rule = parseDeadline("vào 16h00 hàng ngày");
    expect(rule).toEqual({ kind: "recurring", frequency: "daily", bound: "by", time: "16:00", wording: { every: "hàng", lead: "vào" } });
    const d = computeDeadline(rule, { anchor: "2025-10-08" });
    expect(d.lastDay).toBe("2025-10-08");
    expect(d.endsAt).toBe("2025-10-08T16:00:00+07:00");
    expect(formatDeadline(rule)).toBe("vào 16 giờ hàng ngày");
    expect(formatDeadline(rule, { locale: "en" })).toBe("before 16:00 every day");
    roundTrips(rule);
    expect(findDeadlines("Các đơn vị báo cáo số liệu vào 16h00 hàng ngày về Sở Y tế.").map((m) => m.text)).toEqual(["vào 16h00 hàng ngày"]);
  });

  it("'lúc 8 giờ' alone is a time of the anchor's day, not a duration of 8 hours", () => {
    const rule = parseDeadline("lúc 8 giờ");
    expect(rule).toEqual({ kind: "same_day", nextWorkingDay: false, time: "08:00", wording: { lead: "lúc" } });
    expect(formatDeadline(rule, { locale: "en" })).toBe("before 08:00 on the same day");
    roundTrips(rule);
  });

  it("the English rendering names the hour of a recurring day: 'trước 10 giờ ngày 15 hằng tháng'", () => {
    expect(formatDeadline(parseDeadline("trước 10 giờ ngày 15 hằng tháng"), { locale: "en" })).toBe("by the 15th of every month, before 10:00");
    expect(formatDeadline(parseDeadline("trước 15h00 hàng ngày"), { locale: "en" })).toBe("before 15:00 every day");
  });
});

describe("ranges of counts", () => {
  it.each([
    ["10 - 15 ngày làm việc", 10, 15],
    ["Từ 15 đến 30 ngày kể từ ngày nhận hồ sơ", 15, 30],
    ["sau 07 đến 10 ngày", 7, 10],
    ["trong thời gian từ 5 – 7 ngày", 5, 7],
  ])("'%s' depends on the case and gives no single last day: refused as count_range, not read as its last count", (phrase, from, to) => {
    const error = refused(phrase);
    expect(error.code).toBe("phrase_unsupported");
    expect(reasonOf(phrase)).toBe("count_range");
    expect(error.issues[0]?.params).toMatchObject({ from, to });
    expect(error.format("en")).toContain(`a range of ${from} to ${to}`);
    expect(error.format("vi")).toContain(`từ ${from} đến ${to}`);
  });

  it("inside text the range is reported unread, and its last count is not found alone", () => {
    const scan = scanDeadlines("Thời gian xử lý hồ sơ 10 - 15 ngày làm việc tùy theo tính chất vụ việc.");
    expect(scan.matches).toEqual([]);
    expect(scan.unread.map((u) => [u.text, u.reason])).toEqual([["10 - 15 ngày", "phrase_unsupported"]]);
    // a window of days of a month, and a span of hours of a day, are not ranges of counts
    expect(parseDeadline("từ 15 - 20/6/2025")).toMatchObject({ kind: "fixed_date", dates: [{ year: 2025, month: 6, day: 20 }] });
    expect(refused("từ 7 đến 17 giờ").code).not.toBe("phrase_unsupported");
  });
});

describe("a count back read as its unit is read", () => {
  it("'trước ít nhất 1 năm làm việc kể từ ngày …' is refused with a reason, never a TypeError: 'làm việc' follows only a day or an hour", () => {
    const error = refused("trước ít nhất 1 năm làm việc kể từ ngày ký");
    expect(error.code).toBe("phrase_unrecognized_token");
    expect(error.cause).toBeUndefined();
    expect(parseDeadline("trước 5 ngày làm việc kể từ ngày họp")).toEqual({ kind: "before_deadline", amount: 5, unit: "working_day", reference: "ngày họp", wording: { order: "counted_from" } });
  });
});

describe("a month or quarter a thing is expected in", () => {
  it("'dự kiến vào tháng 6/2022' sets no time limit: refused as planned_period, while a planned day is read with its planned note", () => {
    const error = refused("dự kiến vào tháng 6/2022");
    expect(error.code).toBe("phrase_unsupported");
    expect(reasonOf("dự kiến vào tháng 6/2022")).toBe("planned_period");
    expect(error.format("en")).toContain("expected in (dự kiến)");
    expect(reasonOf("Dự kiến Đại hội MTTQ các xã hoàn thành trong quý II/2019")).toBe("planned_period");
    // without "dự kiến" the month is a limit (its last day, BLDS Đ.146.2)
    expect(parseDeadline("hoàn thành trong tháng 3/2019")).toMatchObject({ kind: "period", period: { unit: "month", month: 3, year: 2019 } });
    expect(parseDeadline("Kỳ họp dự kiến khai mạc ngày 7/12/2025").notes).toEqual([{ code: "planned", params: { text: "dự kiến" } }]);
  });

  it("inside text the whole expected time is one unread fragment, and its month is not found as a limit", () => {
    const scan = scanDeadlines("Kết quả dự kiến sẽ được công bố vào tháng 1/2027.");
    expect(scan.matches).toEqual([]);
    expect(scan.unread.map((u) => [u.text, u.reason])).toEqual([["dự kiến sẽ được công bố vào tháng 1/2027", "phrase_unsupported"]]);
  });
});

describe("months and quarters as news reports write them", () => {
  it("'trong tháng 1 này' is this January, its year the text's (context.year); 'trong quý III tới' the coming third quarter", () => {
    const rule = parseDeadline("trong tháng 1 này");
    expect(rule).toEqual({ kind: "period", period: { unit: "month", month: 1 }, wording: { coming: "này" } });
    expect(computeDeadline(rule, { year: 2018 }).lastDay).toBe("2018-01-31");
    expect(formatDeadline(rule)).toBe("trong tháng 01 này");
    expect(formatDeadline(rule, { locale: "en" })).toBe("by the end of January (this one, of the text's year)");
    roundTrips(rule);
    // the source's missing spaces
    expect(parseDeadline("trong tháng8này")).toEqual({ kind: "period", period: { unit: "month", month: 8 }, wording: { coming: "này" } });
    const quarter = parseDeadline("trong quý III tới");
    expect(quarter).toEqual({ kind: "period", period: { unit: "quarter", quarter: 3 }, wording: { coming: "tới" } });
    roundTrips(quarter);
  });

  it("'hoàn thành trong quý II.2018', 'tháng 10.2020': a year after a dot written against it; the quarter's end on a Saturday rolls (BLDS Đ.148.5)", () => {
    const rule = parseDeadline("hoàn thành trong quý II.2018");
    expect(rule).toEqual({ kind: "period", period: { unit: "quarter", quarter: 2, year: 2018 } });
    expect(computeDeadline(rule).lastDay).toBe("2018-07-02");
    expect(parseDeadline("trong tháng 10.2020")).toEqual({ kind: "period", period: { unit: "month", month: 10, year: 2020 } });
    // ". 2020" after a space ends the sentence: no year is taken from it
    expect(safeParseDeadline("trong tháng 10. 2020").success).toBe(false);
  });

  it("'Tháng 9, 10/2022' and 'trong tháng 9 và tháng 10.2020' are a span of two months, as 'tháng 9 - 10/2022': the later month's end", () => {
    const listed = parseDeadline("Tháng 9, 10/2022");
    expect(listed).toEqual(parseDeadline("tháng 9 - 10/2022"));
    expect(computeDeadline(listed).lastDay).toBe("2022-10-31");
    const joined = parseDeadline("trong tháng 9 và tháng 10.2020");
    expect(joined).toEqual({ kind: "period", period: { unit: "month", month: 10, year: 2020 }, wording: { from: "9" } });
    expect(computeDeadline(joined).lastDay).toBe("2020-11-02");
    roundTrips(joined);
    // "Tháng 9, 10 ngày sau …": a count follows the comma, not a month
    expect(findDeadlines("Tháng 9, 10 ngày sau khi nhận hồ sơ").map((m) => m.text)).toEqual(["Tháng 9", "10 ngày sau khi nhận hồ sơ"]);
  });

  it("'ngay trong tháng 12-2009' is within the month, 'ngay' kept with the lead; inside text a limit, not a mention", () => {
    const rule = parseDeadline("ngay trong tháng 12-2009");
    expect(rule).toEqual({ kind: "period", period: { unit: "month", month: 12, year: 2009 }, wording: { lead: "ngay trong" } });
    expect(computeDeadline(rule).lastDay).toBe("2009-12-31");
    roundTrips(rule);
    expect(findDeadlines("TP yêu cầu các quận hoàn thành ngay trong tháng 12-2009.").map((m) => [m.text, m.role])).toEqual([["ngay trong tháng 12-2009", "deadline"]]);
  });
});

describe("documents and bodies as subjects of an entry into force", () => {
  it("'Nghị định số 152/2020/NĐ-CP có hiệu lực từ ngày 15/02/2021': the document with its number is the subject", () => {
    const rule = parseDeadline("Nghị định số 152/2020/NĐ-CP có hiệu lực từ ngày 15/02/2021");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2021, month: 2, day: 15 }], bound: "by", role: "entry_into_force", wording: { lead: "từ", role: "Nghị định số 152/2020/NĐ-CP có hiệu lực" } });
    expect(computeDeadline(rule).lastDay).toBe("2021-02-15");
    roundTrips(rule);
  });

  it("'chính thức hoạt động từ ngày 1.7.2025': the first day a body operates, read as an entry into force", () => {
    const rule = parseDeadline("chính thức hoạt động từ ngày 1.7.2025");
    expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ year: 2025, month: 7, day: 1 }], role: "entry_into_force", wording: { role: "chính thức hoạt động" } });
    expect(computeDeadline(rule).lastDay).toBe("2025-07-01");
    roundTrips(rule);
  });
});

describe("the date of a cited document (findDeadlines)", () => {
  it.each([
    ["… và thay thế Quyết định số 1649/QĐ-UBND ngày 02/12/2016 của Chủ tịch UBND tỉnh.", "ngày 02/12/2016"],
    ["Thông tư 21/2010/TT-NHNN ngày 08/10/2010 quy định về báo cáo thống kê.", "ngày 08/10/2010"],
    ["quán triệt Kế hoạch số 10/KH-MTTQ-BTT, ngày 10/10/2019 của Ban Thường trực", "ngày 10/10/2019"],
  ])("'%s': a date right after a document's number names the document, not a time of the text: not found", (text, date) => {
    expect(parseDeadline(date).kind).toBe("fixed_date");
    expect(scanDeadlines(text).matches).toEqual([]);
    expect(scanDeadlines(text).unread).toEqual([]);
  });

  it("a limit after a citation is still found, and a dateline is still a mention", () => {
    expect(findDeadlines("Thực hiện Công văn số 246/CĐ-TTg ngày 30/12/2025, các đơn vị báo cáo trước ngày 15/01/2026.").map((m) => [m.text, m.role])).toEqual([["trước ngày 15/01/2026", "deadline"]]);
    expect(findDeadlines("Hải Phòng, ngày 15 tháng 01 năm 2024").map((m) => [m.text, m.role])).toEqual([["ngày 15 tháng 01 năm 2024", "mention"]]);
    // a number with no code in capitals is no document's number
    expect(findDeadlines("kết quả số 12/2024 ngày 15/3/2024").map((m) => m.text)).toEqual(["ngày 15/3/2024"]);
  });
});

describe("fields of a record and cells of a table", () => {
  it("'Ngày có hiệu lực: 26-09-2014', 'Ngày có hiệu lực | 28/08/2025': a record's field and its day, the first day in force", () => {
    const rule = parseDeadline("Ngày có hiệu lực: 26-09-2014");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2014, month: 9, day: 26 }], bound: "by", role: "entry_into_force", wording: { lead: "", role: "Ngày có hiệu lực:" } });
    expect(computeDeadline(rule).lastDay).toBe("2014-09-26");
    expect(formatDeadline(rule)).toBe("Ngày có hiệu lực: ngày 26/09/2014");
    roundTrips(rule);
    roundTrips(parseDeadline("Ngày có hiệu lực | 28/08/2025"));
    expect(findDeadlines("Số ký hiệu | 30/2014/QĐ-UBND | Ngày có hiệu lực thi hành: 01/07/2025 | Tình trạng").map((m) => [m.text, m.role])).toEqual([["Ngày có hiệu lực thi hành: 01/07/2025", "entry_into_force"]]);
    // the day a record says a decision stopped applying is not read as one
    expect(safeParseDeadline("Ngày hết hiệu lực: 27-02-2016").success).toBe(false);
  });

  it("'Thời hạn giải quyết | 15 ngày làm việc kể từ …': the cell after the label, as after 'Thời hạn giải quyết:'", () => {
    expect(parseDeadline("Thời hạn giải quyết | 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")).toEqual(parseDeadline("Thời hạn giải quyết: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"));
  });
});

describe("found by the properties under other seeds", () => {
  it("'có hiệu lực bắt đầu từ ngày ký' is written back with one 'ngày' (it was 'bắt đầu từ ngày ngày ký'); found under FC_SEED=16", () => {
    const rule = parseDeadline("có hiệu lực thi hành bắt đầu từ ngày mai (ngày 01/01)");
    expect(formatDeadline(rule)).toBe("có hiệu lực thi hành bắt đầu từ ngày mai (ngày 01/01)");
    roundTrips(rule);
    expect(formatDeadline(parseDeadline("có hiệu lực bắt đầu từ ngày ký"))).toBe("có hiệu lực bắt đầu từ ngày ký");
  });

  it("'--> yêu cầu 1 giờ' in a task table is a limit of one hour, while 'từ 7 giờ đến 24 giờ' names times of day; found under FC_SEED=17", () => {
    expect(findDeadlines("Rà soát hồ sơ\t--> yêu cầu 1 giờ\tVăn phòng").map((m) => [m.text, m.rule])).toEqual([["1 giờ", parseDeadline("1 giờ")]]);
    expect(findDeadlines("Trực ban từ 7 giờ đến 24 giờ hằng ngày.").map((m) => m.text)).not.toContain("7 giờ");
  });
});
