import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline, formatDeadline, safeParseDeadline, ThoihanError, validateRule, type DeadlineRule } from "../../src/index.js";
import { deadlinePhraseArb } from "../../src/testing/index.js";
import { CORPUS } from "../phrase/corpus.js";

/** Words of deadline phrases, to splice into real ones. */
const WORDS = [
  "trong", "thời hạn", "chậm nhất", "không quá", "trước", "sau", "kể từ", "ngày", "ngày làm việc", "giờ", "tháng", "quý", "năm", "tuần",
  "hằng", "hàng", "định kỳ", "cuối", "đầu", "của", "kỳ báo cáo", "tháng trước", "quý sau", "năm sau", "không thời hạn", "hoặc", "và", "đến",
  "15", "10", "0", "31", "29/02", "24 giờ", "16 giờ", "thứ Sáu", "hỏa tốc", "khẩn", "ngay", "trong ngày", "lần", "mười", "một", "tư",
];

const realPhrases = CORPUS.map((e) => e.text);

/** A real or generated phrase with words dropped, repeated, swapped or spliced in. */
const mutatedPhrase: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom(...realPhrases), deadlinePhraseArb().map((p) => p.text)), fc.array(fc.tuple(fc.constantFrom("drop", "dup", "swap", "insert"), fc.nat(), fc.constantFrom(...WORDS)), { maxLength: 3 }))
  .map(([text, edits]) => {
    const words = text.split(" ");
    for (const [op, at, word] of edits) {
      const i = at % Math.max(1, words.length);
      if (op === "drop" && words.length > 1) words.splice(i, 1);
      else if (op === "dup") words.splice(i, 0, words[i] ?? word);
      else if (op === "swap" && words.length > 1) [words[i], words[(i + 1) % words.length]] = [words[(i + 1) % words.length] as string, words[i] as string];
      else words.splice(i, 0, word);
    }
    return words.join(" ");
  });

const CONTEXTS = [
  { anchor: "2024-03-15T10:00:00+07:00", due: "2024-06-28", year: 2024, period: "2024-Q2" },
  { anchor: "2025-01-24", due: "2025-02-03", year: 2025, period: "2025" },
  { anchor: "2026-12-31T16:30:00+07:00", due: "2027-01-04", year: 2026, period: "2026-12" },
];

/** A rule the parser gave must be accepted by the rest of the library: validated, written back, computed. */
function checkAccepted(text: string, rule: DeadlineRule): void {
  expect(() => validateRule(rule), text).not.toThrow();
  expect(typeof formatDeadline(rule, { locale: "vi" }), text).toBe("string");
  expect(typeof formatDeadline(rule, { locale: "en" }), text).toBe("string");
  for (const context of CONTEXTS) {
    try {
      computeDeadline(rule, context);
    } catch (e) {
      if (!(e instanceof ThoihanError)) throw e;
      // facts about the dates are fine (a day out of range, a month without that day, a period
      // of the context that holds no occurrence of the rule); a rejected rule is not
      if (e.code === "invalid_rule" && e.issues[0]?.params["reason"] === "no_occurrence_in_period") continue;
      expect(e.code, `${text} → ${e.message}`).not.toBe("invalid_rule");
      expect(e.issues.some((i) => i.path[0] === "rule" && i.code !== "month_overflow" && i.code !== "date_out_of_range"), `${text} → ${e.message}`).toBe(false);
    }
  }
}

describe("fuzz: every rule the parser yields is accepted by computeDeadline and formatDeadline", () => {
  it("for generated phrases in every variant", () => {
    fc.assert(fc.property(deadlinePhraseArb(), ({ text }) => {
      const r = safeParseDeadline(text);
      if (r.success) checkAccepted(text, r.data);
    }));
  });

  it("for real and generated phrases with words dropped, repeated, swapped or spliced in", () => {
    fc.assert(fc.property(mutatedPhrase, (text) => {
      const r = safeParseDeadline(text);
      if (r.success) checkAccepted(text, r.data);
      else expect(r.error).toBeInstanceOf(ThoihanError);
    }));
  });
});
