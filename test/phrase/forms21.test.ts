/**
 * Words run together: syllables of the lexicon written without the space between them ("05
 * ngàylàm việc", "kể từngày ký"), as text copied from some web pages and PDF files has them, are
 * read apart by `parseDeadline` and `findDeadlines`; and an entry into force "kể từ ngày ký, thay thế
 * Quyết định số …" ends before the clause that replaces another document.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { MARKED_WORDS } from "../../src/phrase/lexicon.js";
import { accentKey } from "../../src/phrase/normalize.js";
import { tokenize } from "../../src/phrase/tokenize.js";

/** A rule without the words it was written with (`wording`, at any depth): what it means. */
const meaning = (rule: unknown): unknown => JSON.parse(JSON.stringify(rule, (key, value: unknown) => (key === "wording" ? undefined : value)));

const found = (text: string): [string, string, string][] => findDeadlines(text).map((m) => [m.text, m.rule.kind, m.role]);

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
