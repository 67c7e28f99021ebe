/**
 * Whatever `parseDeadline` yields, the rest of the library accepts: the rule schema, the formatter
 * (both locales, and back to the same rule) and `computeDeadline` (which may refuse a context, with
 * a coded error, but never the rule itself).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { validateRule } from "../../src/deadline/ruleSchema.js";
import type { DeadlineContext, DeadlineRule, RecurringRule } from "../../src/deadline/types.js";
import { ThoihanError, formatIssue } from "../../src/errors.js";
import { PHRASE_REASONS } from "../../src/messages/phraseReasons.js";
import { formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { deadlineRuleArb, newFormPhraseArb } from "./_arbitraries.js";

/** A context in which every kind of rule can be computed: anchor, due date, year and a period of the rule's frequency. */
function contextFor(rule: DeadlineRule): DeadlineContext {
  const frequency = rule.kind === "recurring" ? (rule as RecurringRule).frequency : rule.kind === "reporting_window" ? rule.frequency : undefined;
  const period =
    frequency === "monthly" ? "2024-07" : frequency === "quarterly" ? "2024-Q3" : frequency === "half_yearly" ? "2024-H2" : frequency === "yearly" ? "2024" : undefined;
  return { anchor: "2024-07-10T09:30:00+07:00", due: "2024-09-16", year: 2024, ...(period === undefined ? {} : { period }) };
}

/** Checks what the library must accept of a parsed rule; returns nothing, throws on a failure. */
function checkAccepted(text: string, rule: DeadlineRule): void {
  expect(() => validateRule(rule, ["rule"]), text).not.toThrow();
  const vi = formatDeadline(rule, { locale: "vi" });
  expect(parseDeadline(vi), `${text} → ${vi}`).toEqual(rule);
  expect(formatDeadline(rule, { locale: "en" }).length).toBeGreaterThan(0);
  try {
    const d = computeDeadline(rule, contextFor(rule));
    expect(d.lastDay, text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  } catch (error) {
    // a context the rule cannot use is a coded refusal; the rule itself is never invalid
    expect(error, text).toBeInstanceOf(ThoihanError);
    expect((error as ThoihanError).code, text).not.toBe("invalid_rule");
  }
}

/** Words and signs that phrases are made of, to append to or splice into canonical phrases. */
const WORD = fc.constantFrom(
  "không", "thời hạn", "hoặc", "bao giờ", "năm", "1999", "2024", "tháng", "quý", "sau", "trước", "tiếp theo", "ngày", "cuối", "của",
  "kỳ báo cáo", "thuộc", "làm việc", "hằng", "định kỳ", "trong", "chậm nhất", "kể từ", "15", "31", "3", ",", ";", "(", ")", "nhưng không quá 5 ngày",
  "đối với", "trừ trường hợp hỏa tốc", "giờ", "17 giờ", "liền kề", "đầu", "giữa", "ngày làm việc tiếp theo", "lần", "ít nhất",
  "trường hợp", "thì", "có hiệu lực", "gia hạn", "niêm yết", "đến", "khi", "báo cáo",
);

/** Canonical phrases with words appended, inserted or removed: near-misses of real phrases. */
const mutatedPhraseArb: fc.Arbitrary<string> = fc
  .record({
    phrase: fc.oneof(deadlineRuleArb.map((rule) => formatDeadline(rule)), newFormPhraseArb),
    words: fc.array(WORD, { minLength: 1, maxLength: 4 }),
    at: fc.nat(),
    mode: fc.constantFrom("append", "insert", "drop"),
  })
  .map(({ phrase, words, at, mode }) => {
    const tokens = phrase.split(" ");
    const i = at % (tokens.length + 1);
    if (mode === "append") return [...tokens, ...words].join(" ");
    if (mode === "insert") return [...tokens.slice(0, i), ...words, ...tokens.slice(i)].join(" ");
    return [...tokens.slice(0, i), ...tokens.slice(i + 1)].join(" ");
  });

describe("parseDeadline output", () => {
  it.each([
    // Regression (issue 13): trailing words after a period offset were kept unread as its base
    ["quý sau không thời hạn", 8],
    ["tháng sau năm 1999 hoặc không bao giờ", 10],
  ])("never keeps words it does not understand as a base: %s fails at the first of them", (text, index) => {
    // Arrange, Act
    const result = safeParseDeadline(text);
    // Assert
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe("phrase_unrecognized_token");
      expect(result.error.issues[0]?.params["index"]).toBe(index);
    }
  });

  it("keeps a base that names a period of the same unit (Luật Quản lý thuế 2019 Đ.44.1.a: tháng tiếp theo tháng phát sinh)", () => {
    expect(parseDeadline("quý sau quý báo cáo")).toMatchObject({ kind: "recurring", frequency: "quarterly", offset: 1, wording: { base: "quý báo cáo" } });
    expect(parseDeadline("năm sau năm báo cáo")).toMatchObject({ kind: "recurring", frequency: "yearly", offset: 1, wording: { base: "năm báo cáo" } });
  });

  it("keeps 'định kỳ' through a format/parse round trip (issue 13: 'định kỳ năm sau' lost it)", () => {
    for (const text of ["định kỳ năm sau", "định kỳ quý tiếp theo", "định kỳ ngày 20 của tháng tiếp theo"]) {
      const rule = parseDeadline(text);
      expect(rule.wording?.periodic).toBe("định kỳ");
      expect(formatDeadline(rule)).toBe(text);
      expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
    }
  });

  it("reads 'đến ngày cuối của tháng cuối quý' in a data window as the quarter's last day (day 31, clamped), a rule the library accepts (issue 10)", () => {
    // Arrange
    const text = "tính từ ngày 1 của tháng trước kỳ báo cáo đến ngày cuối của tháng cuối quý thuộc kỳ báo cáo";
    // Act
    const rule = parseDeadline(text);
    // Assert
    expect(rule).toMatchObject({ kind: "reporting_window", frequency: "quarterly", fromDay: 1, toDay: 31, wording: { day: "cuối", lead: "tính từ" } });
    checkAccepted(text, rule);
    expect(formatDeadline(rule)).toBe(text);
    const q2 = computeDeadline(rule, { period: "2024-Q2" });
    expect(q2.window).toEqual({ from: "2024-03-01", to: "2024-06-30" });
  });

  it("refuses a window starting on 'ngày cuối' with a coded error, not a rule others reject", () => {
    const result = safeParseDeadline("từ ngày cuối tháng trước đến ngày 14 tháng báo cáo");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toBeInstanceOf(ThoihanError);
  });
});

describe("contradiction reasons", () => {
  it.each([
    ["trước ngày 31/02", "date_not_exist", "the date 31/2 does not exist", "ngày 31/2 không tồn tại"],
    ["10 (mười một) ngày", "digits_words_mismatch", "the digits 10 and the words (11) disagree", "số 10 và chữ (11) không khớp"],
    ["định kỳ hằng quý, trước ngày 20 hằng tháng", "frequencies_conflict", '"hằng quý" (quarterly) and "hằng tháng" (monthly) conflict', '"hằng quý" và "hằng tháng" mâu thuẫn'],
  ])("%s: reason %s, worded in English and in Vietnamese by the message tables (no Vietnamese prose in the English message)", (text, reason, en, vi) => {
    // Act
    const result = safeParseDeadline(text);
    // Assert
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.error.issues[0];
    expect(issue?.params["reason"]).toBe(reason);
    if (issue === undefined) return;
    expect(formatIssue(issue, "en")).toContain(en);
    expect(formatIssue(issue, "vi")).toContain(vi);
  });

  it("every reason has a Vietnamese and an English text", () => {
    for (const [code, text] of Object.entries(PHRASE_REASONS)) {
      expect(text.vi({}).length, code).toBeGreaterThan(0);
      expect(text.en({}).length, code).toBeGreaterThan(0);
      expect(text.en({}), code).not.toBe(text.vi({}));
    }
  });
});

describe("parseDeadline output (properties)", () => {
  it("every rule parsed from a near-miss of a canonical phrase passes validateRule, formatDeadline (vi round trip, en) and computeDeadline", () => {
    fc.assert(
      fc.property(mutatedPhraseArb, (text) => {
        // Arrange, Act
        const result = safeParseDeadline(text);
        // Assert
        if (result.success) checkAccepted(text, result.data);
      }),
      { numRuns: 1500 },
    );
  });
});
