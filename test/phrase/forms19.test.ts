/**
 * Forms of this round: a remark in brackets between a count and its anchor ("02 ngày làm việc (cắt
 * giảm 01/03 ngày làm việc, tỷ lệ 33,33%) kể từ …"), the number of an appointment in a label ("Hẹn
 * lần 1: không quá 05 ngày làm việc"), and, in running text, words `findDeadlines` no longer takes
 * for time limits: the day and month of a date whose reading was refused ("ngày 27 tháng 11 năm
 * 2025" is no count of 27 months and 11 years), an ordinal after "thứ" ("kỳ họp thứ 28"), the hour of
 * a same-day cut-off ("tiếp nhận sau 15 giờ hàng ngày"), how long an event lasts ("diễn ra trong 2
 * ngày") and the name of a periodic report ("tại các báo cáo định kỳ hằng tuần").
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { found, roundTrips } from "./_forms.js";

describe("a remark in brackets between a count and its anchor", () => {
  it("'Trong thời hạn 02 ngày làm việc (cắt giảm 01/03 ngày làm việc, tỷ lệ 33,33%) kể từ ngày nhận đủ hồ sơ hợp lệ' (a procedure list's cut): 2 working days from Wednesday 08/10/2025 = Friday 10/10/2025", () => {
    const phrase = "Trong thời hạn 02 ngày làm việc (cắt giảm 01/03 ngày làm việc, tỷ lệ 33,33%) kể từ ngày nhận đủ hồ sơ hợp lệ";
    const rule = parseDeadline(phrase);
    expect(rule).toEqual({
      kind: "relative",
      amount: 2,
      unit: "working_day",
      anchor: { text: "ngày nhận đủ hồ sơ hợp lệ" },
      wording: { lead: "trong thời hạn", remark: "cắt giảm 01/03 ngày làm việc, tỷ lệ 33,33%" },
    });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-10");
    // written back after the anchor, where a remark stands
    expect(formatDeadline(rule)).toBe("trong thời hạn 2 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (cắt giảm 01/03 ngày làm việc, tỷ lệ 33,33%)");
    roundTrips(rule);
    expect(found(`Thời hạn giải quyết: ${phrase}.`)).toEqual([[phrase, "relative", "deadline"]]);
  });

  it("the count restated in hours stays a remark as before: '03 ngày làm việc (24 giờ làm việc) kể từ khi nhận hồ sơ'", () => {
    expect(parseDeadline("03 ngày làm việc (24 giờ làm việc) kể từ khi nhận hồ sơ")).toMatchObject({ amount: 3, unit: "working_day", anchor: { text: "khi nhận hồ sơ" }, wording: { remark: "24 giờ làm việc" } });
  });

  it("a bracket that holds another bracket, or is not followed by the anchor's connector, is no such remark", () => {
    expect(safeParseDeadline("Trong thời hạn 02 ngày làm việc (cắt giảm (01) ngày) kể từ ngày nhận hồ sơ").success).toBe(false);
    expect(parseDeadline("Trong thời hạn 02 ngày làm việc (cắt giảm 01 ngày)")).toMatchObject({ anchor: { text: "" }, wording: { remark: "cắt giảm 01 ngày" } });
  });
});

describe("the number of an appointment in a label before a colon", () => {
  it("'Hẹn lần 1: không quá 05 ngày làm việc' (a one-stop appointment): the label is kept, 5 working days from Wednesday 08/10/2025 = Wednesday 15/10/2025", () => {
    const rule = parseDeadline("Hẹn lần 1: không quá 05 ngày làm việc");
    expect(rule).toEqual({ kind: "relative", amount: 5, unit: "working_day", anchor: { text: "" }, wording: { lead: "không quá", preface: "Hẹn lần 1:" } });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-15");
    expect(formatDeadline(rule)).toBe("Hẹn lần 1: không quá 5 ngày làm việc");
    roundTrips(rule);
  });

  it("a number in a label is read only after 'lần' and before the colon: 'Thời gian 10 - 15 ngày' stays refused, a label opening with 'lần' needs a word before it", () => {
    expect(safeParseDeadline("Thời gian 10 - 15 ngày").success).toBe(false);
    expect(safeParseDeadline("lần 1: trong 5 ngày").success).toBe(false);
    expect(safeParseDeadline("Hẹn 1: không quá 05 ngày làm việc").success).toBe(false);
  });
});

describe("findDeadlines: words that are not time limits", () => {
  it("'kỳ họp thứ 28 thông qua ngày 27 tháng 11 năm 2025': an ordinal, not a weekday; the date is named (a mention), not counts of 27 months and 11 years", () => {
    const text = "Nghị quyết này đã được Hội đồng nhân dân thành phố khóa XVI, kỳ họp thứ 28 thông qua ngày 27 tháng 11 năm 2025 và có hiệu lực từ ngày 08 tháng 12 năm 2025.";
    expect(found(text)).toEqual([
      ["ngày 27 tháng 11 năm 2025", "fixed_date", "mention"],
      ["có hiệu lực từ ngày 08 tháng 12 năm 2025", "fixed_date", "entry_into_force"],
    ]);
  });

  it("a weekday after 'thứ' (2 to 7) is still read: 'Họp vào thứ 3 ngày 14/10/2025'", () => {
    expect(found("Họp vào thứ 3 ngày 14/10/2025.")).toEqual([["vào thứ 3 ngày 14/10/2025", "fixed_date", "deadline"]]);
    // (with no lead word the weekday and its date are a mention of the day, as "Ngày 14/10/2025, …" is)
    expect(found("Họp thứ 03 ngày 14/10/2025.")).toEqual([["thứ 03 ngày 14/10/2025", "fixed_date", "mention"]]);
  });

  it("a count written in months and days after another count is still a count: 'thời hạn 01 tháng 27 ngày'", () => {
    expect(findDeadlines("Gia hạn thời hạn tạm giam là 01 tháng 27 ngày.").some((m) => m.rule.kind === "relative" && m.text.startsWith("27 ngày"))).toBe(true);
  });

  it("'tiếp nhận sau 15 giờ hàng ngày' is the hour of a same-day cut-off (NĐ 61/2018 Đ.18.2), not a limit of 15 hours nor a daily one", () => {
    expect(found("chuyển vào đầu giờ ngày làm việc tiếp theo đối với trường hợp tiếp nhận sau 15 giờ hàng ngày")).toEqual([]);
    expect(found("Hồ sơ nộp sau 16 giờ được tính vào ngày làm việc tiếp theo.")).toEqual([]);
  });

  it("'sau 15 giờ kể từ khi nhận hồ sơ' (with its anchor) and 'sau 24 giờ' after other words are still counts of hours", () => {
    expect(found("trả kết quả sau 15 giờ kể từ khi nhận hồ sơ")).toEqual([["sau 15 giờ kể từ khi nhận hồ sơ", "relative", "deadline"]]);
    expect(found("Hệ thống tự động khóa sau 24 giờ")).toEqual([["sau 24 giờ", "relative", "deadline"]]);
  });

  it("'Kỳ họp sẽ diễn ra trong 2 ngày (từ 25 - 26.12.2019)': how long an event lasts is no limit; a window in brackets after it is read on its own", () => {
    expect(found("Theo dự kiến, Kỳ họp thứ 9 sẽ diễn ra trong 2 ngày (từ 25 - 26.12.2019).")).toEqual([["từ 25 - 26.12.2019", "fixed_date", "deadline"]]);
    expect(found("Lễ hội năm nay sẽ diễn ra trong 03 ngày (từ ngày 01/5/2025 đến hết ngày 03/5/2025) tại Quảng trường")).toEqual([
      ["từ ngày 01/5/2025 đến hết ngày 03/5/2025", "fixed_date", "deadline"],
    ]);
  });

  it("'tại các báo cáo định kỳ hằng tuần', 'trong báo cáo cải cách TTHC hằng tháng': the name of a periodic report results go into, with no day; 'gửi báo cáo hằng tháng' is still a monthly duty", () => {
    expect(found("báo cáo kết quả thực hiện về Ban Chỉ đạo trước Thứ Tư ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần để tổng hợp")).toEqual([
      ["trước Thứ Tư ngày 03/12/2025", "fixed_date", "deadline"],
    ]);
    expect(found("báo cáo Chính phủ kết quả thực hiện trong báo cáo cải cách TTHC hằng tháng.")).toEqual([]);
    expect(found("Các đơn vị gửi báo cáo hằng tháng về Sở Tư pháp.")).toEqual([["hằng tháng", "recurring", "deadline"]]);
  });
});

describe("English rendering", () => {
  it("'sau 10 ngày kể từ ngày ký' is written '10 calendar days after the date of signature', not 'after 10 calendar days after …'; with no anchor 'sau' stays 'after'", () => {
    expect(formatDeadline(parseDeadline("sau 10 ngày kể từ ngày ký"), { locale: "en" })).toBe("10 calendar days after the date of signature");
    expect(formatDeadline(parseDeadline("sau 15 giờ"), { locale: "en" })).toBe("after 15 hours");
    expect(formatDeadline(parseDeadline("trong 10 ngày kể từ ngày ký"), { locale: "en" })).toBe("within 10 calendar days after the date of signature");
  });

  it("the English reason of a range of counts quotes the Vietnamese words ('15 - 30 ngày') instead of mixing them into its prose", () => {
    const result = safeParseDeadline("từ 15 đến 30 ngày làm việc");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.format("en")).toContain('a range of 15 to 30 ("15 - 30 ngày") depends on the case');
  });
});

describe("hyphens that web pages write for '-'", () => {
  it("'từ 16‑26/1/2026' with a non-breaking hyphen (U+2011) reads as 'từ 16-26/1/2026': a window to Monday 26/01/2026; so do U+2010, U+2012 and the minus sign", () => {
    for (const hyphen of ["\u2010", "\u2011", "\u2012", "\u2212"]) {
      expect(parseDeadline(`từ 16${hyphen}26/1/2026`)).toEqual(parseDeadline("từ 16-26/1/2026"));
    }
    expect(computeDeadline(parseDeadline("từ 16\u201126/1/2026")).lastDay).toBe("2026-01-26");
    expect(found("Lễ hội diễn ra từ 16\u201126/1/2026 tại đảo.")).toEqual([["từ 16\u201126/1/2026", "fixed_date", "deadline"]]);
  });

  it("a range of counts written with one is still refused as a range, and reported unread in running text", () => {
    const result = safeParseDeadline("10\u201115 ngày làm việc");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.params).toMatchObject({ reason: "count_range", from: 10, to: 15 });
    expect(findDeadlines("Thời gian xử lý 10\u201115 ngày làm việc.")).toEqual([]);
  });
});
