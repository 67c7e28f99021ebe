/**
 * Forms of this round: a label or a condition before a time limit ("Hoàn chỉnh hồ sơ: Trong thời
 * hạn …", "Trực tiếp - 12 Ngày", "chưa đủ hồ sơ hợp lệ, trong vòng …"), an article's heading before
 * its sentence ("Điều 2. Quyết định này có hiệu lực …"), an entry into force on a day named with no
 * connector ("có hiệu lực ngày 24/3/2014"), "tới đây" / "sắp tới" after a day without its year,
 * "năm kế tiếp của năm báo cáo", and an anchor that ends before what the text replaces ("kể từ
 * ngày ký và thay thế Quyết định số …").
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline, scanDeadlines, type DeadlineMatch } from "../../src/phrase/index.js";
import { roundTrips } from "./_forms.js";

describe("a label or a condition before a time limit is kept verbatim (wording.preface) and the limit after it is read", () => {
  it("'Hoàn chỉnh hồ sơ: Trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ' (a step of a procedure): 3 working days from Wednesday 08/10/2025 = Monday 13/10/2025", () => {
    const rule = parseDeadline("Hoàn chỉnh hồ sơ: Trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ");
    expect(rule).toEqual({ kind: "relative", amount: 3, unit: "working_day", anchor: { text: "ngày nhận hồ sơ" }, wording: { lead: "trong thời hạn", preface: "Hoàn chỉnh hồ sơ:" } });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-13");
    expect(formatDeadline(rule)).toBe("Hoàn chỉnh hồ sơ: trong thời hạn 3 ngày làm việc kể từ ngày nhận hồ sơ");
    roundTrips(rule);
  });

  it("'Trực tiếp - 12 Ngày' (the channel column of a one-stop table): 12 days from the receipt, 08/10/2025 → Monday 20/10/2025", () => {
    const rule = parseDeadline("Trực tiếp - 12 Ngày");
    expect(rule).toMatchObject({ kind: "relative", amount: 12, unit: "day", wording: { preface: "Trực tiếp -" } });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-20");
    expect(formatDeadline(rule)).toBe("Trực tiếp - 12 ngày");
    roundTrips(rule);
  });

  it("'chưa đủ hồ sơ hợp lệ, trong vòng 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ': the condition is kept, the limit is 3 working days", () => {
    const rule = parseDeadline("chưa đủ hồ sơ hợp lệ, trong vòng 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ");
    expect(rule).toMatchObject({ kind: "relative", amount: 3, unit: "working_day", wording: { lead: "trong vòng", preface: "chưa đủ hồ sơ hợp lệ" } });
    roundTrips(rule);
  });

  it("a clause with a number, a lead word or no lead after its mark is no preface: '10 - 15 ngày' stays a refused range, 'Hồ sơ: gồm 02 bộ' is not read", () => {
    expect(safeParseDeadline("Thời gian 10 - 15 ngày").success).toBe(false);
    expect(safeParseDeadline("Hồ sơ: gồm 02 bộ").success).toBe(false);
    expect(safeParseDeadline("Cơ quan, đơn vị").success).toBe(false);
  });
});

describe("an article's heading before its sentence", () => {
  it("'Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký': signed Friday 31/10/2014, in force Monday 10/11/2014, the heading written back first", () => {
    const rule = parseDeadline("Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký");
    expect(rule).toMatchObject({ kind: "relative", amount: 10, unit: "day", role: "entry_into_force", wording: { preface: "Điều 2.", role: "Quyết định này có hiệu lực", lead: "sau" } });
    expect(computeDeadline(rule, { anchor: "2014-10-31" }).lastDay).toBe("2014-11-10");
    expect(formatDeadline(rule)).toBe("Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký");
    roundTrips(rule);
  });

  it("'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký' is in force on the day of signing; two headings are not read as one", () => {
    const rule = parseDeadline("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký");
    expect(rule).toMatchObject({ kind: "same_day", role: "entry_into_force", anchor: { text: "ngày ký" }, wording: { preface: "Điều 2." } });
    roundTrips(rule);
    expect(safeParseDeadline("Điều 3. Điều 2. trong 10 ngày").success).toBe(false);
  });
});

describe("an entry into force on a day named with no connector", () => {
  it("'có hiệu lực ngày 24/3/2014' is in force on Monday 24/03/2014, written back as it is written", () => {
    const rule = parseDeadline("có hiệu lực ngày 24/3/2014");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2014, month: 3, day: 24 }], bound: "by", role: "entry_into_force", wording: { lead: "" } });
    expect(computeDeadline(rule).lastDay).toBe("2014-03-24");
    expect(formatDeadline(rule)).toBe("có hiệu lực ngày 24/03/2014");
    roundTrips(rule);
    // "có hiệu lực ngày ký" names no day: not this form
    expect(safeParseDeadline("có hiệu lực ngày ký").success).toBe(false);
  });
});

describe("the coming day and the year after the reporting year", () => {
  it("'trước ngày 30/7 tới đây' (the coming 30/7, its year the text's: 2025) is strictly before it, Tuesday 29/07/2025; 'sắp tới' the same", () => {
    for (const phrase of ["trước ngày 30/7 tới đây", "trước ngày 30/7 sắp tới"]) {
      const rule = parseDeadline(phrase);
      expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ month: 7, day: 30 }], bound: "before", wording: { coming: phrase.slice("trước ngày 30/7 ".length) } });
      expect(computeDeadline(rule, { year: 2025 }).lastDay).toBe("2025-07-29");
      roundTrips(rule);
    }
    expect(formatDeadline(parseDeadline("trước ngày 30/7 tới đây"), { locale: "en" })).toContain("(the coming one)");
  });

  it("'chậm nhất là ngày 15/01 năm kế tiếp của năm báo cáo' (the yearly report): the report of 2025 is due 15/01/2026, as 'năm kế tiếp' alone", () => {
    const rule = parseDeadline("chậm nhất là ngày 15/01 năm kế tiếp của năm báo cáo");
    expect(rule).toMatchObject({ kind: "recurring", frequency: "yearly", month: 1, day: 15, offset: 1 });
    expect(computeDeadline(rule, { period: "2025" }).lastDay).toBe(computeDeadline(parseDeadline("chậm nhất là ngày 15/01 năm kế tiếp"), { period: "2025" }).lastDay);
    expect(computeDeadline(rule, { period: "2025" }).lastDay).toBe("2026-01-15");
    roundTrips(rule);
  });
});

describe("an anchor ends before what the text replaces or repeals", () => {
  it("'… có hiệu lực sau 10 ngày kể từ ngày ký và thay thế Quyết định số 623/2012/QĐ-UBND ngày 27/4/2012 …': the entry into force is counted from the signing, and the replaced decision's date is no time of this text", () => {
    const found = findDeadlines("Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký và thay thế Quyết định số 623/2012/QĐ-UBND ngày 27/4/2012 của UBND tỉnh.");
    expect(found.map((m) => [m.text, m.role])).toEqual([["có hiệu lực sau 10 ngày kể từ ngày ký", "entry_into_force"]]);
    expect(found[0]?.rule).toMatchObject({ anchor: { text: "ngày ký" } });
    const repealed = findDeadlines("Quyết định này có hiệu lực thi hành kể từ ngày ký và bãi bỏ Quyết định số 31/QĐ-KTNN ngày 20/01/2016.");
    expect(repealed.map((m) => m.text)).toEqual(["có hiệu lực thi hành kể từ ngày ký"]);
    // "và" before other words is part of the anchor as before
    expect(parseDeadline("trong 10 ngày kể từ ngày nhận và kiểm tra hồ sơ")).toMatchObject({ anchor: { text: "ngày nhận và kiểm tra hồ sơ" } });
  });
});

describe("findDeadlines: a phrase of its own inside refused words, and brackets that are not a remark", () => {
  it("'… hằng năm  chậm nhất là 30 ngày trước ngày cơ sở tín ngưỡng bắt đầu hoạt động …': the frequency word is read alone and the count back after it is found, not swallowed in a refused fragment", () => {
    const scan = scanDeadlines("Ban quản lý gửi văn bản đăng ký hoạt động tín ngưỡng hằng năm  chậm nhất là 30 ngày trước ngày cơ sở tín ngưỡng bắt đầu hoạt động tín ngưỡng.");
    expect(scan.matches.map((m) => [m.text, m.rule.kind])).toEqual([
      ["hằng năm", "recurring"],
      ["chậm nhất là 30 ngày trước ngày cơ sở tín ngưỡng bắt đầu hoạt động tín ngưỡng", "before_deadline"],
    ]);
    expect(scan.unread).toEqual([]);
    // the day the registration is due, for an opening on Wednesday 08/10/2025: Monday 08/09/2025
    expect(computeDeadline((scan.matches[1] as DeadlineMatch).rule, { due: "2025-10-08" }).lastDay).toBe("2025-09-08");
  });

  it("refused words that say what follows is no limit stay one unread fragment ('sớm nhất vào ngày 1-8 hàng năm'), and two frequencies are not split ('định kỳ 6 tháng, hàng năm')", () => {
    expect(scanDeadlines("Học sinh tựu trường sớm nhất vào ngày 1-8 hàng năm.").unread.map((u) => u.text)).toEqual(["sớm nhất vào ngày 1-8 hàng năm"]);
    const both = scanDeadlines("Báo cáo định kỳ 6 tháng, hàng năm.");
    expect(both.unread.length + both.matches.length).toBeGreaterThan(0);
    expect(both.matches.some((m) => m.text.includes("6 tháng, hàng năm"))).toBe(false);
  });

  it("'19 ngày (trước ngày dự kiến lễ hội 30 ngày) (Quyết định 1057/QĐ-UBND ngày 13/3/2020 …)' (a national portal's row): neither bracket is a remark of '19 ngày'; the count back in the first is found, the cited decision's date is not", () => {
    const found = findDeadlines("Trực tiếp 19 ngày (trước ngày dự kiến lễ hội 30 ngày) (Quyết định 1057/QĐ-UBND ngày 13/3/2020 v/v thông qua phương án đơn giản hóa thủ tục hành chính năm 2019)");
    expect(found.map((m) => [m.text, m.rule.kind])).toEqual([
      ["19 ngày", "relative"],
      ["trước ngày dự kiến lễ hội 30 ngày", "before_deadline"],
    ]);
    // a bracket that glosses the count stays with it
    expect(findDeadlines("Thời hạn giải quyết 15 ngày (mười lăm ngày) kể từ ngày nhận hồ sơ.").map((m) => m.text)).toEqual(["Thời hạn giải quyết 15 ngày (mười lăm ngày) kể từ ngày nhận hồ sơ"]);
  });

  it("'trước ngày dự định khai mạc lễ hội ít nhất là 20 (hai mươi) ngày': the amount in words in brackets after the digits belongs to the count back (20 days before 08/10/2025 = 18/09/2025)", () => {
    const rule = parseDeadline("trước ngày dự định khai mạc lễ hội ít nhất là 20 (hai mươi) ngày");
    expect(rule).toMatchObject({ kind: "before_deadline", amount: 20, unit: "day", reference: "ngày dự định khai mạc lễ hội" });
    expect(computeDeadline(rule, { due: "2025-10-08" }).lastDay).toBe("2025-09-18");
    roundTrips(rule);
  });
});

describe("findDeadlines: dates of documents cited by their name", () => {
  it("a clause of the legal basis ('Căn cứ Luật Tiếp cận thông tin ngày 06 tháng 4 năm 2016;') and a law named with its date cite documents: no time of the text", () => {
    expect(findDeadlines("Căn cứ Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015; Căn cứ Luật Tiếp cận thông tin ngày 06 tháng 4 năm 2016;")).toEqual([]);
    expect(findDeadlines("Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh ngày 10/12/2024;")).toEqual([]);
    const text = "Theo Luật Đất đai ngày 18 tháng 01 năm 2024, người sử dụng đất nộp hồ sơ trước ngày 20/12/2025.";
    expect(findDeadlines(text).map((m) => m.text)).toEqual(["trước ngày 20/12/2025"]);
  });

  it("a limit in the same clause is still found, and words that make a date a limit end a law's name ('… Luật bầu cử … nhân dânchậm nhất là ngày 4 tháng 3 năm 2021', the space lost in the source)", () => {
    expect(findDeadlines("Căn cứ Kế hoạch của tỉnh, các đơn vị hoàn thành trước ngày 30/6/2025;").map((m) => m.text)).toEqual(["trước ngày 30/6/2025"]);
    const glued = findDeadlines("theo quy định tại Điều 10 của Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dânchậm nhất là ngày 4 tháng 3 năm 2021 (80 ngày trước ngày bầu cử).");
    expect(glued.some((m) => m.rule.kind === "fixed_date" && computeDeadline(m.rule).lastDay === "2021-03-04")).toBe(true);
    // a date named in running text with no citation before it stays a mention
    expect(findDeadlines("Kế hoạch triển khai ngày 15/3/2024 tại Hội trường.").map((m) => [m.text, m.role])).toEqual([["ngày 15/3/2024", "mention"]]);
  });
});

describe("findDeadlines: names, 'as of' dates and counts written in words before their digits", () => {
  it("'Việt Nam năm 2022', 'Quảng Nam': 'Nam' in a name is no 'năm' (five), so no count of five years is found", () => {
    const found = findDeadlines("Lễ tuyên dương Người thợ trẻ giỏi Việt Nam năm 2022 sẽ được tổ chức vào ngày 14/10/2022.");
    expect(found.map((m) => m.text)).toEqual(["vào ngày 14/10/2022"]);
    expect(findDeadlines("Đoàn Thanh niên tỉnh Quảng Nam năm 2022 tổ chức hội trại.")).toEqual([]);
    // the number word itself, with its diacritics or at the start, is still a count
    expect(findDeadlines("Năm năm kể từ ngày cấp.").map((m) => m.rule)).toEqual([parseDeadline("Năm năm kể từ ngày cấp")]);
  });

  it("'Tính đến ngày 9/9, …' names the day figures are counted up to: a mention, not a limit; a limit after it in the sentence is found", () => {
    expect(findDeadlines("Tính đến ngày 9/9, Kho bạc đã giải ngân 50% kế hoạch vốn.").map((m) => [m.text, m.role])).toEqual([["đến ngày 9/9", "mention"]]);
    expect(findDeadlines("Các đơn vị báo cáo số liệu tính đến hết ngày 30/6/2024 về Sở trước ngày 10/7/2024.").map((m) => [m.text, m.role])).toEqual([
      ["đến hết ngày 30/6/2024", "mention"],
      ["trước ngày 10/7/2024", "deadline"],
    ]);
  });

  it("'Tất cả | Bảy (07) ngày làm việc kể từ ngày nhận đầy đủ hồ sơ hợp lệ.' (a procedure's row): the count written in words, then its digits in brackets, is found (7 working days from 08/10/2025 = 17/10/2025)", () => {
    const [match] = findDeadlines("Tất cả | Bảy (07) ngày làm việc kể từ ngày nhận đầy đủ hồ sơ hợp lệ.");
    expect(match?.text).toBe("Bảy (07) ngày làm việc kể từ ngày nhận đầy đủ hồ sơ hợp lệ");
    expect(computeDeadline((match as DeadlineMatch).rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-17");
    expect(findDeadlines("Có năm (05) người tham dự.")).toEqual([]);
  });
});

describe("an act done at once ('xác nhận ngay', 'trả lời ngay'), as 'báo cáo ngay'", () => {
  it("'tiến hành xác nhận ngay', 'trả lời ngay tính hợp lệ của thành phần hồ sơ', 'phải thực hiện ngay việc khai báo': on the day the duty arises (the anchor's day, Wednesday 08/10/2025)", () => {
    const rule = parseDeadline("xác nhận ngay");
    expect(rule).toEqual({ kind: "same_day", nextWorkingDay: false, wording: { lead: "xác nhận ngay" } });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-08");
    expect(formatDeadline(rule)).toBe("xác nhận ngay");
    expect(formatDeadline(rule, { locale: "en" })).toBe('at once ("xác nhận ngay"), on the same day');
    roundTrips(rule);
    expect(findDeadlines("Hạt Kiểm lâm tiến hành xác nhận ngay.").map((m) => m.text)).toEqual(["xác nhận ngay"]);
    expect(findDeadlines("Cán bộ tiếp nhận trả lời ngay tính hợp lệ của thành phần hồ sơ.").map((m) => m.text)).toEqual(["trả lời ngay"]);
    expect(findDeadlines("Chủ vật nuôi phải thực hiện ngay việc khai báo với nhân viên thú y.").map((m) => m.text)).toEqual(["thực hiện ngay"]);
  });

  it("'ngay' that is no 'at once' is not read: 'ngay cả khi', 'ngay tại chỗ', 'ngay từ đầu năm'; 'xác nhận ngay khi …' is at once after the event", () => {
    expect(findDeadlines("Thông báo ngay cả khi chưa có kết quả.")).toEqual([]);
    expect(findDeadlines("Lực lượng chức năng phải xử lý ngay tại chỗ.")).toEqual([]);
    expect(findDeadlines("Cần thực hiện ngay từ đầu năm.").some((m) => m.text.includes("ngay"))).toBe(false);
    expect(parseDeadline("xác nhận ngay khi thực hiện nuôi trồng")).toEqual({ kind: "same_day", nextWorkingDay: false, anchor: { text: "khi thực hiện nuôi trồng" }, wording: { lead: "ngay" } });
  });
});

describe("a list of counts by case", () => {
  it("'05 ngày làm việc đối với việc đăng ký giám hộ cử, 03 ngày làm việc đối với việc đăng ký giám hộ đương nhiên': two limits, each with its case; the first's scope ends at the comma before the next count", () => {
    const found = findDeadlines("Trực tiếp | 05 ngày làm việc đối với việc đăng ký giám hộ cử, 03 ngày làm việc đối với việc đăng ký giám hộ đương nhiên.");
    expect(found.map((m) => m.text)).toEqual(["05 ngày làm việc đối với việc đăng ký giám hộ cử", "03 ngày làm việc đối với việc đăng ký giám hộ đương nhiên"]);
    expect(found.map((m) => computeDeadline(m.rule, { anchor: "2025-10-08" }).lastDay)).toEqual(["2025-10-15", "2025-10-13"]);
    // a list of days of a month is no list of counts: still refused for its own reason (a day without its month)
    const days = safeParseDeadline("ngày 5, 6 tháng 3 năm 2025");
    expect(days.success ? undefined : days.error.issues[0]?.params["reason"]).toBe("list_date_without_month");
  });
});

describe("a case with no time limit of its own after a comma", () => {
  it("'… chi trả cho bạn trong vòng 10 ngày, trường hợp không giải quyết thì phải trả lời bằng văn bản …': the limit is found, the case after the comma is no part of it", () => {
    const found = findDeadlines("Cơ quan bảo hiểm xã hội có trách nhiệm giải quyết và chi trả cho bạn trong vòng 10 ngày, trường hợp không giải quyết thì phải trả lời bằng văn bản và nêu rõ lý do.");
    expect(found.map((m) => m.text)).toEqual(["trong vòng 10 ngày"]);
    // a case that holds a limit of its own is still read with the rule
    expect(parseDeadline("trong 10 ngày; trường hợp phức tạp thì trong 20 ngày")).toMatchObject({ kind: "relative", alternatives: [{ condition: "phức tạp" }] });
  });
});

describe("records, table cells and conditions", () => {
  it("'Ngày đăng ký cuối cùng: 11/5/2018' (a record's field and its date) reads as that day, the label kept; 'Ngày có hiệu lực: …' stays an entry into force", () => {
    const rule = parseDeadline("Ngày đăng ký cuối cùng: 11/5/2018");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2018, month: 5, day: 11 }], bound: "by", wording: { lead: "", preface: "Ngày đăng ký cuối cùng:" } });
    expect(computeDeadline(rule).lastDay).toBe("2018-05-11");
    roundTrips(rule);
    expect(parseDeadline("Ngày có hiệu lực: 26-09-2014")).toMatchObject({ role: "entry_into_force" });
  });

  it("an anchor ends at '|' (a table's cells joined into one line): '05 ngày làm việc khi nhận được hồ sơ hợp lệ | + 10 ngày làm việc …' is two limits", () => {
    const found = findDeadlines("Trực tiếp | + 05 ngày làm việc khi nhận được hồ sơ hợp lệ | + 10 ngày làm việc khi nhận đủ hồ sơ hợp lệ đối với những cơ sở nộp hồ sơ qua các Trạm Thú y");
    expect(found.map((m) => m.text)).toEqual(["05 ngày làm việc khi nhận được hồ sơ hợp lệ", "10 ngày làm việc khi nhận đủ hồ sơ hợp lệ đối với những cơ sở nộp hồ sơ qua các Trạm Thú y"]);
  });

  it("a condition after a comma ('…, nếu xét thấy … thì …') is no roll clause: the limit before it is found; a roll clause ('…, nếu trùng ngày nghỉ thì …') stays with its rule", () => {
    expect(findDeadlines("Trong thời hạn ba ngày kể từ ngày nhận đủ giấy tờ hợp lệ, nếu xét thấy hai bên có đủ điều kiện kết hôn theo quy định của Luật hôn nhân và gia đình, UBND cấp xã đăng ký kết hôn.").map((m) => m.text)).toEqual(["Trong thời hạn ba ngày kể từ ngày nhận đủ giấy tờ hợp lệ"]);
    expect(findDeadlines("Hạn nộp là ngày 15/3, nếu trùng ngày nghỉ thì nộp vào ngày làm việc tiếp theo.").map((m) => m.text)).toEqual(["Hạn nộp là ngày 15/3, nếu trùng ngày nghỉ thì nộp vào ngày làm việc tiếp theo"]);
  });
});

describe("a second limit after 'và'", () => {
  it("'nộp ngay sau khi hàng hóa đã tập kết … và chậm nhất là 04 giờ trước khi phương tiện vận tải xuất cảnh': the first anchor ends before 'và chậm nhất', and the count back is found on its own", () => {
    const found = findDeadlines("Tiến hành nộp ngay sau khi hàng hóa đã tập kết tại địa điểm người khai hải quan thông báo và chậm nhất là 04 giờ trước khi phương tiện vận tải xuất cảnh.");
    expect(found.map((m) => [m.text, m.rule.kind])).toEqual([
      ["nộp ngay sau khi hàng hóa đã tập kết tại địa điểm người khai hải quan thông báo", "same_day"],
      ["chậm nhất là 04 giờ trước khi phương tiện vận tải xuất cảnh", "before_deadline"],
    ]);
  });
});

describe("what the forms of this round must not read (found in review)", () => {
  it("words before an inner lead that do not read are still reported: '10 - 15 ngày làm việc, chậm nhất là ngày 30/6/2024' keeps the range as an unread fragment", () => {
    const scan = scanDeadlines("Thời gian giải quyết: 10 - 15 ngày làm việc, chậm nhất là ngày 30/6/2024.");
    expect(scan.matches.map((m) => m.text)).toEqual(["chậm nhất là ngày 30/6/2024"]);
    expect(scan.unread.map((u) => [u.text, u.issue.params["reason"]])).toEqual([["10 - 15 ngày làm việc", "count_range"]]);
  });

  it("a bracket that is a remark stays one ('(hồ sơ nộp trước 15 giờ được tính trong ngày)', '(trước đây là 15 ngày làm việc)': 'trước đây' is formerly)", () => {
    expect(findDeadlines("Trả kết quả trong 05 ngày làm việc (hồ sơ nộp trước 15 giờ được tính trong ngày).").map((m) => m.text)).toEqual(["trong 05 ngày làm việc (hồ sơ nộp trước 15 giờ được tính trong ngày)"]);
    expect(findDeadlines("Thời hạn giải quyết 10 ngày làm việc (trước đây là 15 ngày làm việc).").map((m) => m.text)).toEqual(["Thời hạn giải quyết 10 ngày làm việc (trước đây là 15 ngày làm việc)"]);
    expect(safeParseDeadline("trước đây là 15 ngày").success).toBe(false);
    // "trước đó 3 ngày" counts back from "đó", as before
    expect(parseDeadline("trước đó 3 ngày")).toMatchObject({ kind: "before_deadline", reference: "đó" });
  });

  it("an act told as done is no duty ('đã tiến hành ngay …, xử lý ngay …', 'Tôi đã gửi ngay'), and 'nop ngay 15/7/2024' without diacritics is a day, not 'nộp ngay'", () => {
    expect(findDeadlines("Công an huyện đã tiến hành ngay việc xác minh, xử lý ngay các đối tượng vi phạm.")).toEqual([]);
    expect(findDeadlines("Tôi đã gửi ngay.")).toEqual([]);
    expect(findDeadlines("Các đơn vị đã được giao phải xử lý ngay.").map((m) => m.text)).toEqual(["xử lý ngay"]);
    expect(findDeadlines("Ho so nop ngay 15/7/2024 duoc tiep nhan.").map((m) => [m.text, m.role])).toEqual([["ngay 15/7/2024", "mention"]]);
  });

  it("one leading clause only: 'Điều 2. Hồ sơ: trong 5 ngày' is refused, not read with the heading dropped; a label keeps the words the preamble read ('Hạn nộp hồ sơ: 15/5/2018'); a lead is no label ('Chậm nhất ngày: …')", () => {
    expect(safeParseDeadline("Điều 2. Hồ sơ: trong 5 ngày").success).toBe(false);
    const field = parseDeadline("Hạn nộp hồ sơ: 15/5/2018");
    expect(field).toMatchObject({ kind: "fixed_date", wording: { preface: "Hạn nộp hồ sơ:" } });
    expect(formatDeadline(field)).toBe("Hạn nộp hồ sơ: ngày 15/05/2018");
    roundTrips(field);
    expect(safeParseDeadline("Chậm nhất ngày: 11/5/2018").success).toBe(false);
    // the dash is kept as written
    expect(parseDeadline("Trực tiếp – 12 ngày").wording).toMatchObject({ preface: "Trực tiếp –" });
  });

  it("'tính đến' after a word of a limit is a limit ('Thời hạn nhận hồ sơ tính đến hết ngày 30/6/2024'); a comma ends the legal basis ('Căn cứ Kế hoạch của UBND tỉnh, ngày 15/7/2024 các đơn vị …')", () => {
    expect(findDeadlines("Thời hạn nhận hồ sơ tính đến hết ngày 30/6/2024.").map((m) => m.role)).toEqual(["deadline"]);
    expect(findDeadlines("Căn cứ Kế hoạch của UBND tỉnh, ngày 15/7/2024 các đơn vị nộp báo cáo.").map((m) => m.text)).toEqual(["ngày 15/7/2024"]);
  });
});
