/**
 * Forms of this round:
 * - words run together: syllables of the lexicon written without the space between them ("05
 *   ngàylàm việc", "kể từngày ký"), as text copied from some web pages and PDF files has them, are
 *   read apart by `parseDeadline` and `findDeadlines`; an entry into force "kể từ ngày ký, thay thế
 *   Quyết định số …" ends before the clause that replaces another document;
 * - a count back with its event right after it ("Trước 05 ngày bắt đầu phiên họp");
 * - "trước tháng 5.2014" (a dot before the year);
 * - the start or the middle of a named month ("giữa tháng 10-2017") refused as an approximate time;
 * - in running text: the number before "ngày" and a date ("Chỉ thị số 34 ngày 11/12/2014") is no count,
 *   and a span of weekdays ("từ thứ 2 đến thứ 6 hàng tuần") is when an office works, no weekly limit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { MARKED_WORDS } from "../../src/phrase/lexicon.js";
import { accentKey } from "../../src/phrase/normalize.js";
import { tokenize } from "../../src/phrase/tokenize.js";
import { found, roundTrips } from "./_forms.js";

/** A rule without the words it was written with (`wording`, at any depth): what it means. */
const meaning = (rule: unknown): unknown => JSON.parse(JSON.stringify(rule, (key, value: unknown) => (key === "wording" ? undefined : value)));

describe("words of the lexicon run together are read apart", () => {
  it("'05 ngàylàm việc kể từ ngày nhận hồ sơ' (a procedure list copied without a space) is 5 working days, as '05 ngày làm việc …': from Wednesday 08/10/2025, Wednesday 15/10/2025", () => {
    const glued = parseDeadline("05 ngàylàm việc kể từ ngày nhận hồ sơ");
    expect(glued).toEqual(parseDeadline("05 ngày làm việc kể từ ngày nhận hồ sơ"));
    expect(computeDeadline(glued, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-15");
  });

  it("'có hiệu lực kể từngày ký' is in force from the day of signature (the anchor is 'ngày ký', not a glued word)", () => {
    expect(parseDeadline("có hiệu lực kể từngày ký")).toMatchObject({ kind: "same_day", role: "entry_into_force", anchor: { text: "ngày ký" } });
  });

  it("in running text the match keeps the glued words as written, and the anchor ends before ', thay thế Quyết định …'", () => {
    expect(found("3Cấp giấy chứng nhận an toàn kỹ thuật tàu cá05 ngàylàm việc kể từ ngày nhận hồ sơ")).toEqual([["05 ngàylàm việc kể từ ngày nhận hồ sơ", "relative", "deadline"]]);
    expect(found("Điều 2.Quyết định có hiệu lực thi hành sau 10 ngày kể từngày ký, thay thế Quyết định 13/2010/QĐ-UBND ngày 26 tháng 5 năm 2010.")).toEqual([
      ["có hiệu lực thi hành sau 10 ngày kể từngày ký", "relative", "entry_into_force"],
    ]);
    expect(found("Quyết định này có hiệu lực kể từ ngày ký, bãi bỏ Quyết định số 12/2010/QĐ-UBND ngày 3/4/2010.")).toEqual([["có hiệu lực kể từ ngày ký", "same_day", "entry_into_force"]]);
  });

  it("a word that is one word of the lexicon, a word without diacritics, or a run that is not made of lexicon words whole stays one word", () => {
    for (const word of ["nghiêng", "ngaylam", "ngàyxyz", "việcđã"]) expect(tokenize(word).map((l) => l.text)).toEqual([word]);
    // a real syllable is never two lexicon words: Vietnamese writes one vowel nucleus per syllable
    expect(safeParseDeadline("trong 5 ngàyy").success).toBe(false);
  });

  it("property: removing the space between two words of the lexicon written with a diacritic leaves the meaning unchanged (the wording records the words as written)", () => {
    const phrases = [
      "trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
      "chậm nhất 3 ngày kể từ ngày ban hành",
      "có hiệu lực kể từ ngày ký",
      "trong thời hạn 10 ngày làm việc kể từ ngày nhận được quyết định",
      "chậm nhất ngày 15 hằng tháng",
    ];
    // the places where both neighbours of a single space are such words
    const cuts = phrases.flatMap((phrase) => {
      const words = phrase.split(" ");
      const out: [string, number][] = [];
      for (let k = 0; k + 1 < words.length; k++) {
        if (MARKED_WORDS.has(accentKey(words[k] as string)) && MARKED_WORDS.has(accentKey(words[k + 1] as string))) out.push([phrase, k]);
      }
      return out;
    });
    expect(cuts.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.constantFrom(...cuts), ([phrase, k]) => {
        const words = phrase.split(" ");
        const glued = [...words.slice(0, k), `${words[k]}${words[k + 1]}`, ...words.slice(k + 2)].join(" ");
        const rule = parseDeadline(glued);
        expect(meaning(rule)).toEqual(meaning(parseDeadline(phrase)));
        const [match] = findDeadlines(`Đơn vị thực hiện ${glued}.`);
        expect(match?.text).toBe(glued);
        expect(match?.rule).toEqual(rule);
      }),
    );
  });
});

describe("a count back with its event right after the count", () => {
  it("'Trước 05 ngày bắt đầu phiên họp' (the Standing Committee's rules): 5 days before the session opens; opening Wednesday 08/10/2025 → Friday 03/10/2025", () => {
    const rule = parseDeadline("Trước 05 ngày bắt đầu phiên họp");
    expect(rule).toEqual({ kind: "before_deadline", amount: 5, unit: "day", reference: "bắt đầu phiên họp", notes: [{ code: "bare_day_unit" }], wording: { order: "event_after" } });
    expect(computeDeadline(rule, { due: "2025-10-08" }).lastDay).toBe("2025-10-03");
    expect(formatDeadline(rule)).toBe("trước 5 ngày bắt đầu phiên họp");
    expect(formatDeadline(rule, { locale: "en" })).toBe('at the latest 5 calendar days before "bắt đầu phiên họp"');
    roundTrips(rule);
  });

  it("'trước ít nhất 10 ngày làm việc khai mạc kỳ họp' keeps its lead; a count with no event, or a scope after it, reads as before", () => {
    expect(parseDeadline("trước ít nhất 10 ngày làm việc khai mạc kỳ họp")).toMatchObject({ kind: "before_deadline", amount: 10, unit: "working_day", reference: "khai mạc kỳ họp", wording: { lead: "ít nhất", order: "event_after" } });
    expect(parseDeadline("trước 05 ngày")).toMatchObject({ reference: "", wording: { order: "reference_first" } });
    expect(parseDeadline("trước 03 ngày đối với hồ sơ")).toMatchObject({ reference: "", wording: { scope: "hồ sơ" } });
    // a qualifier after the event has no place to be written back: refused, as after "trước N ngày kể từ …"
    expect(safeParseDeadline("trước 05 ngày bắt đầu phiên họp (không kể ngày nghỉ)").success).toBe(false);
  });

  it("in running text the whole count back is found (it was read as 'Trước 05', a day of every month)", () => {
    expect(found("1- Trước 05 ngày bắt đầu phiên họp, nội dung trình phải được gửi đến các thành viên.")).toEqual([["Trước 05 ngày bắt đầu phiên họp", "before_deadline", "deadline"]]);
  });
});

describe("named months as news reports write them", () => {
  it("'trước tháng 5.2014' (a dot before the year, written against it) is strictly before May 2014: Wednesday 30/04/2014, as 'trước tháng 5/2014'", () => {
    const rule = parseDeadline("trước tháng 5.2014");
    expect(rule).toEqual(parseDeadline("trước tháng 5/2014"));
    expect(computeDeadline(rule).lastDay).toBe("2014-04-30");
    expect(parseDeadline("trước quý II.2018")).toEqual(parseDeadline("trước quý II/2018"));
    // ". 2014" ends a sentence: no year
    expect(safeParseDeadline("trước tháng 5. 2014").success).toBe(false);
  });

  it("'giữa tháng 10-2017', 'vào đầu tháng 01/2021': the middle or the start of a named month is an approximate time, refused with its reason (found as unread in text)", () => {
    for (const phrase of ["giữa tháng 10-2017", "vào đầu tháng 01/2021", "đầu tháng 8"]) {
      const result = safeParseDeadline(phrase);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.error.issues[0]).toMatchObject({ code: "phrase_unsupported", params: { reason: "approximate_part_of_month" } });
      expect(result.error.format("en")).toContain("names the start or the middle of a month");
    }
    const scan = findDeadlines("Bắt đầu từ tháng 7-2017, hoàn thành vào giữa tháng 10-2017.");
    expect(scan.some((m) => m.text.includes("giữa"))).toBe(false);
    // "giữa tháng" of every month is still the 15th (BLDS 2015 Đ.146.3.b); "cuối tháng 4/2025" the month's last day
    expect(parseDeadline("giữa tháng")).toMatchObject({ kind: "recurring", frequency: "monthly", day: 15 });
    expect(parseDeadline("cuối tháng 4/2025")).toMatchObject({ kind: "period", period: { unit: "month", month: 4, year: 2025 } });
  });
});

describe("what running text writes that is no time limit", () => {
  it("'Chỉ thị số 34 ngày 11/12/2014': the number before 'ngày' and a date is the document's number, not 34 days", () => {
    expect(found("Thực hiện Chỉ thị số 34 ngày 11/12/2014 của Thủ tướng Chính phủ.").filter(([, kind]) => kind === "relative")).toEqual([]);
    expect(found("Thực hiện Công văn số 866/UBND-KT2 ngày 18/4/2019 của UBND tỉnh.")).toEqual([]);
    expect(found("Thực hiện Chỉ thị số 34 ngày 11 tháng 12 năm 2014.").filter(([, kind]) => kind === "relative")).toEqual([]);
    // a count before a clause is still a count
    expect(found("Trong 30 ngày, kể từ ngày 11/12/2014, các đơn vị báo cáo.")[0]?.[1]).toBe("relative");
  });

  it("'từ thứ 2 đến thứ 6 hàng tuần' (the days an office receives files) is no weekly limit; 'vào thứ 6 hàng tuần' still is", () => {
    expect(found("Thời gian tiếp nhận: các ngày làm việc từ thứ 2 đến thứ 6 hàng tuần (trừ ngày lễ, tết).")).toEqual([]);
    expect(found("Từ thứ Hai đến thứ Sáu hằng tuần; từ chủ nhật đến thứ 7 hằng tuần.")).toEqual([]);
    expect(found("Nộp báo cáo vào thứ 6 hàng tuần.")).toEqual([["vào thứ 6 hàng tuần", "recurring", "deadline"]]);
  });
});

describe("what is due, before the day: an addressee, names joined by a comma, and 'trong ngày'", () => {
  it("'gửi kết quả về Bộ Công an trước ngày 10 tháng 12 năm 2025': the addressee after 'về' is part of what is due (wording.predicate); strictly before Wednesday 10/12/2025 → Tuesday 09/12/2025", () => {
    const rule = parseDeadline("gửi kết quả về Bộ Công an trước ngày 10 tháng 12 năm 2025");
    expect(rule).toEqual({ ...parseDeadline("trước ngày 10 tháng 12 năm 2025"), wording: { predicate: "gửi kết quả về Bộ Công an" } });
    expect(computeDeadline(rule).lastDay).toBe("2025-12-09");
    roundTrips(rule);
    // "Ngân hàng" (a bank) is no "hàng" (every)
    expect(parseDeadline("gửi về Cơ quan Thanh tra giám sát Ngân hàng trước ngày 15/6/2012")).toMatchObject({ kind: "fixed_date", wording: { predicate: "gửi về Cơ quan Thanh tra giám sát Ngân hàng" } });
  });

  it("'báo cáo Chính phủ, Thủ tướng trước 30/9': a comma between names written with capitals stays in the predicate; any other comma still ends it", () => {
    const rule = parseDeadline("báo cáo Chính phủ, Thủ tướng trước 30/9");
    expect(rule).toMatchObject({ kind: "fixed_date", dates: [{ month: 9, day: 30 }], bound: "before", wording: { predicate: "báo cáo Chính phủ, Thủ tướng" } });
    roundTrips(rule);
    expect(safeParseDeadline("báo cáo, gửi trước ngày 5/3/2025").success).toBe(false);
  });

  it("'thông quan trong ngày', 'trả kết quả trong ngày': within the day, with what is done kept as the predicate", () => {
    const rule = parseDeadline("thông quan trong ngày");
    expect(rule).toEqual({ kind: "same_day", nextWorkingDay: false, wording: { predicate: "thông quan" } });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-08");
    expect(formatDeadline(rule)).toBe("thông quan trong ngày");
    roundTrips(rule);
    // a count from an anchor keeps its own start: no predicate before it
    expect(safeParseDeadline("gửi hồ sơ trong 5 ngày kể từ ngày nhận").success).toBe(false);
  });
});

describe("a caption before a colon and a date, in running text", () => {
  it("'+ Thời gian thực hiện: 25/5/2018', 'Thời hạn hoàn thành: 30/6/2024', 'Hạn nộp hồ sơ: ngày 15/7/2025' are found whole, with the rule parseDeadline gives them", () => {
    for (const [text, phrase] of [
      ["+ Thời gian thực hiện: 25/5/2018", "Thời gian thực hiện: 25/5/2018"],
      ["| Thời hạn hoàn thành: 30/6/2024 |", "Thời hạn hoàn thành: 30/6/2024"],
      ["Hạn nộp hồ sơ: ngày 15/7/2025.", "Hạn nộp hồ sơ: ngày 15/7/2025"],
    ] as const) {
      const [match, ...rest] = findDeadlines(text);
      expect(rest).toEqual([]);
      expect(match).toMatchObject({ text: phrase, role: "deadline" });
      expect(match?.rule).toEqual(parseDeadline(phrase));
    }
  });

  it("'Ngày hết hạn lấy ý kiến: 27/09/2023' is a time limit (its caption names one), not the mention of a day; 'Ngày đăng tin : 01/04/2022' is not found", () => {
    expect(found("Ngày hết hạn lấy ý kiến: 27/09/2023 | Ngày ban hành: 1/9/2023")).toEqual([["Ngày hết hạn lấy ý kiến: 27/09/2023", "fixed_date", "deadline"]]);
    expect(found("Ngày đăng tin : 01/04/2022")).toEqual([]);
    // without the colon the caption's words are no lead: the count after them is found as before
    expect(found("Thời gian thực hiện nhiệm vụ trong 30 ngày.")).toEqual([["trong 30 ngày", "relative", "deadline"]]);
  });
});

describe("days named with no lead word, hours as clocks, and dates cut short (running text)", () => {
  it("a date after the part of the day or a weekday, with no lead word, is a mention, as 'Ngày 09/01/2024, …' is: 'Sáng ngày 7/6/2021, HĐND tỉnh khai mạc kỳ họp', 'Chiều 22/6', 'thứ hai ngày 02/02/2026'", () => {
    expect(found("Sáng ngày 7/6/2021, HĐND tỉnh khai mạc kỳ họp.")).toEqual([["Sáng ngày 7/6/2021", "fixed_date", "mention"]]);
    expect(found("Chiều 22/6, đoàn đã làm việc tại huyện.")).toEqual([["Chiều 22/6", "fixed_date", "mention"]]);
    expect(found("Tạm ngưng cấp nước thứ Hai ngày 02/02/2026.")).toEqual([["thứ Hai ngày 02/02/2026", "fixed_date", "mention"]]);
    // with a lead word it is a limit as before
    expect(found("Nộp hồ sơ vào sáng ngày 7/6/2021.")).toEqual([["vào sáng ngày 7/6/2021", "fixed_date", "deadline"]]);
  });

  it("'Thời gian: 07h00 – 11h00 ngày 08/12/2014': an hour written as a clock with no lead is a time of day, not 7 hours; after 'Thời hạn giải quyết:' it is a count", () => {
    expect(found("– Thời gian: 07h00 – 11h00 ngày 08/12/2014 và ngày 09/12/2014.").filter(([, kind]) => kind === "relative")).toEqual([]);
    expect(found("Thời hạn giải quyết: 24h00")).toEqual([["24h00", "relative", "deadline"]]);
    expect(found("Thời hạn: 24h00")).toEqual([["Thời hạn: 24h00", "relative", "deadline"]]);
  });

  it("'Quyết định số 3960/QĐ-UBND ngày 05// 12/ 2011': a reading cut inside a date is no day of every month; 'trước ngày 30/6.' ends its sentence", () => {
    expect(found("Thực hiện Quyết định số 3960/QĐ-UBND ngày 05// 12/ 2011 của Chủ tịch UBND tỉnh.")).toEqual([]);
    expect(found("Nộp trước ngày 30/6. Sau đó tổng hợp.")).toEqual([["trước ngày 30/6", "fixed_date", "deadline"]]);
  });
});
