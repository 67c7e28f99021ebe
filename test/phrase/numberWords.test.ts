/**
 * Amounts written in Vietnamese words, 0 … 999, against a small speller written here (independent
 * of the parser and of src/testing): "mười"/"mươi", "mốt" after "mươi" (21, 31 …) but "một" after
 * "mười" (11), "lăm"/"nhăm" for 5 after "mươi"/"mười" (15, 25), "tư" or "bốn" for 4 after "mươi",
 * "linh"/"lẻ" for no tens (105 = một trăm linh năm), "không" for 0. Each spelling is read in NFC,
 * in NFD and without diacritics, alone and in brackets after the digits.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseParseError } from "../../src/errors.js";
import { parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";

const DIGIT = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;

/** Free choices of a spelling (each standard): the variant words. */
interface Choices {
  readonly link: "linh" | "lẻ";
  readonly four: "tư" | "bốn";
  readonly five: "lăm" | "nhăm";
}

const choicesArb: fc.Arbitrary<Choices> = fc.record({
  link: fc.constantFrom("linh" as const, "lẻ" as const),
  four: fc.constantFrom("tư" as const, "bốn" as const),
  five: fc.constantFrom("lăm" as const, "nhăm" as const),
});

const STANDARD: Choices = { link: "linh", four: "tư", five: "lăm" };

/** Vietnamese words of n, 0 ≤ n ≤ 999. */
function spell(n: number, c: Choices = STANDARD): string {
  if (n === 0) return "không";
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0) words.push(DIGIT[h] as string, "trăm");
  if (t === 0) {
    if (u > 0) {
      if (h > 0) words.push(c.link);
      words.push(DIGIT[u] as string);
    }
  } else if (t === 1) {
    words.push("mười");
    if (u === 5) words.push(c.five);
    else if (u > 0) words.push(DIGIT[u] as string);
  } else {
    words.push(DIGIT[t] as string, "mươi");
    if (u === 1) words.push("mốt");
    else if (u === 4) words.push(c.four);
    else if (u === 5) words.push(c.five);
    else if (u > 0) words.push(DIGIT[u] as string);
  }
  return words.join(" ");
}

/** The text as typed without diacritics. */
function plain(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

type Form = "nfc" | "nfd" | "plain";
const formArb = fc.constantFrom<Form>("nfc", "nfd", "plain");
const written = (text: string, form: Form): string => (form === "nfd" ? text.normalize("NFD") : form === "plain" ? plain(text) : text);

const UNITS = [
  ["ngày", "day"],
  ["ngày làm việc", "working_day"],
  ["tuần", "week"],
  ["tháng", "month"],
  ["năm", "year"],
  ["giờ", "hour"],
] as const;
const unitArb = fc.constantFrom(...UNITS);
const leadArb = fc.constantFrom("trong", "trong thời hạn", "không quá", "chậm nhất", "tối đa", "trong vòng");

describe("amounts in words, 0 … 999", () => {
  it("spells as the speller of this file says (sanity of the oracle)", () => {
    expect(spell(5)).toBe("năm");
    expect(spell(11)).toBe("mười một");
    expect(spell(15)).toBe("mười lăm");
    expect(spell(21)).toBe("hai mươi mốt");
    expect(spell(54)).toBe("năm mươi tư");
    expect(spell(105)).toBe("một trăm linh năm");
    expect(spell(555)).toBe("năm trăm năm mươi lăm");
    expect(spell(610)).toBe("sáu trăm mười");
    expect(spell(805)).toBe("tám trăm linh năm");
  });

  it("reads 'trong <words> ngày kể từ ngày nhận' as n days, in NFC, NFD and without diacritics", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), choicesArb, formArb, (n, choices, form) => {
        const text = written(`trong ${spell(n, choices)} ngày kể từ ngày nhận`, form);
        expect(parseDeadline(text)).toMatchObject({ kind: "relative", amount: n, unit: "day", anchor: { text: form === "plain" ? "ngay nhan" : "ngày nhận" } });
      }),
      { numRuns: 600 },
    );
  });

  it("reads every n from 0 to 999 in the standard spelling, with and without diacritics", () => {
    for (let n = 0; n <= 999; n++) {
      for (const form of ["nfc", "nfd", "plain"] as const) {
        const text = written(`trong ${spell(n)} ngày kể từ ngày nhận`, form);
        const result = safeParseDeadline(text);
        expect(result.success ? result.data : result.error.message, text).toMatchObject({ amount: n });
      }
    }
  });

  it("reads 'NN (<words>)' with any lead and unit, and the words followed by the digits in brackets", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), choicesArb, formArb, leadArb, unitArb, fc.boolean(), (n, choices, form, lead, [unitWord, unit], wordsFirst) => {
        const digits = String(n).padStart(2, "0");
        const amount = wordsFirst ? `${spell(n, choices)} (${digits})` : `${digits} (${spell(n, choices)})`;
        const text = written(`${lead} ${amount} ${unitWord} kể từ ngày nhận`, form);
        expect(parseDeadline(text)).toMatchObject({ kind: "relative", amount: n, unit });
      }),
      { numRuns: 600 },
    );
  });

  it("reads the words before every unit, including 'năm' (year) after a 'năm' (five)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), choicesArb, formArb, leadArb, unitArb, (n, choices, form, lead, [unitWord, unit]) => {
        const text = written(`${lead} ${spell(n, choices)} ${unitWord}`, form);
        expect(parseDeadline(text)).toMatchObject({ kind: "relative", amount: n, unit, anchor: { text: "" } });
      }),
      { numRuns: 600 },
    );
  });

  it("finds digits and words that disagree a contradiction", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), formArb, (n, m, form) => {
        fc.pre(n !== m);
        const result = safeParseDeadline(written(`trong ${n} (${spell(m)}) ngày`, form));
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error.code).toBe("phrase_contradiction");
      }),
      { numRuns: 300 },
    );
  });
});

describe("'năm' (five or year) and 'sau' (after or six)", () => {
  it.each<[string, string, number, string]>([
    ["05 (năm)", "Trong thời hạn 05 (năm) ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", 5, "working_day"],
    ["năm ngày", "trong thời hạn năm ngày", 5, "day"],
    ["năm mươi", "trong năm mươi ngày", 50, "day"],
    ["năm trăm", "trong năm trăm ngày", 500, "day"],
    ["năm năm", "trong năm năm", 5, "year"],
    ["(năm mươi lăm)", "trong 55 (năm mươi lăm) ngày", 55, "day"],
    ["805 (tám trăm linh năm)", "trong 805 (tám trăm linh năm) ngày", 805, "day"],
    ["05 (năm) năm", "trong 05 (năm) năm", 5, "year"],
    ["năm (05) ngày", "không quá năm (05) ngày", 5, "day"],
    ["15 (mười năm)", "trong 15 (mười năm) ngày", 15, "day"],
    ["mười năm (10 years)", "trong mười năm", 10, "year"],
    ["một trăm năm (100 years)", "trong một trăm năm", 100, "year"],
    ["một trăm linh tư", "trong một trăm linh tư ngày", 104, "day"],
    ["sau muoi ngay (sáu mươi)", "trong sau muoi ngay", 60, "day"],
    ["sau mươi ngay, mixed", "trong sau mươi ngay", 60, "day"],
    ["sau tram", "trong sau tram ngay", 600, "day"],
    ["sau ngay ke tu (sáu ngày)", "trong sau ngay ke tu ngay nhan", 6, "day"],
    ["nam muoi", "trong nam muoi ngay", 50, "day"],
    ["bon", "trong bon ngay", 4, "day"],
    ["hai muoi tu (tư, not từ)", "trong hai muoi tu ngay", 24, "day"],
    ["muoi mot", "trong muoi mot ngay", 11, "day"],
    ["mot tram linh nam", "trong mot tram linh nam ngay", 105, "day"],
    ["không", "trong không ngày", 0, "day"],
    ["một nghìn không trăm linh năm", "trong một nghìn không trăm linh năm ngày", 1005, "day"],
  ])("reads %s", (_reading, text, amount, unit) => {
    expect(parseDeadline(text)).toMatchObject({ kind: "relative", amount, unit });
  });

  it.each<[string, string, object]>([
    ["năm 2024 is a year", "trong năm 2024", { kind: "period", period: { unit: "year", year: 2024 } }],
    ["hằng năm", "hằng năm", { kind: "recurring", frequency: "yearly" }],
    ["trong 01 năm", "trong 01 năm", { kind: "relative", amount: 1, unit: "year" }],
    ["sau 10 ngay is the lead sau", "sau 10 ngay ke tu ngay nhan", { kind: "relative", amount: 10, wording: { lead: "sau" } }],
    ["sau mười ngày with diacritics is the lead sau", "sau mười ngày kể từ ngày nhận", { kind: "relative", amount: 10, wording: { lead: "sau" } }],
    ["the connector sau", "trong 10 ngay sau ngay nhan", { kind: "relative", amount: 10, anchor: { text: "ngay nhan" }, wording: { connector: "sau" } }],
    ["sau ngay 14/11/2023 is not six days", "sau ngay 14/11/2023", { kind: "fixed_date" }],
    ["sau nam ngay is after five days", "sau nam ngay ke tu ngay nhan", { kind: "relative", amount: 5, unit: "day", wording: { lead: "sau" } }],
    ["ngày thứ năm (the fifth day) of the next month", "chậm nhất là ngày thứ năm của tháng tiếp theo", { kind: "recurring", frequency: "monthly", day: 5, offset: 1 }],
    ["ngày thứ năm kể từ (5 days)", "chậm nhất là ngày thứ năm, kể từ ngày kết thúc", { kind: "relative", amount: 5, unit: "day" }],
  ])("keeps %s", (_reading, text, expected) => {
    expect(parseDeadline(text)).toMatchObject(expected);
  });

  it.each<[string, string, string]>([
    ["a misspelt unit after năm mươi", "trong năm mươi ngàyy", "ngàyy"],
    ["không where a units word goes", "trong hai mươi không ngày", "không"],
    ["không that is not a number", "không đúng hạn", "không"],
    ["lăm after linh", "trong một trăm linh lăm ngày", "lăm"],
  ])("points at the first word not understood: %s", (_reading, text, token) => {
    const result = safeParseDeadline(text);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(PhraseParseError);
      expect(result.error.issues[0]?.params).toMatchObject({ token, index: text.lastIndexOf(token) });
    }
  });
});
