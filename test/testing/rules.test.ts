import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateRule } from "../../src/deadline/ruleSchema.js";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { InvalidInputError } from "../../src/errors.js";
import { formatDeadline, parseDeadline } from "../../src/phrase/index.js";
import { deadlinePhraseArb, deadlineRuleArb, PHRASE_VARIANTS, RULE_KINDS } from "../../src/testing/index.js";

describe("deadlineRuleArb", () => {
  it("rejects an empty or unknown kind list", () => {
    // Arrange, Act, Assert
    expect(() => deadlineRuleArb({ kinds: [] })).toThrow(InvalidInputError);
    expect(() => deadlineRuleArb({ kinds: ["monthly" as DeadlineRule["kind"]] })).toThrow(InvalidInputError);
  });

  it("generates every kind by default", () => {
    // Arrange, Act
    const kinds = new Set(fc.sample(deadlineRuleArb(), 3000).map((r) => r.kind));
    // Assert
    expect([...kinds].sort()).toEqual([...RULE_KINDS].sort());
  });
});

describe("deadlineRuleArb (properties)", () => {
  it("generates rules valid for the rule schema that round-trip through formatDeadline and parseDeadline", () => {
    fc.assert(
      fc.property(deadlineRuleArb(), (rule) => {
        // Arrange, Act
        const validated = validateRule(rule);
        const back = parseDeadline(formatDeadline(rule, { locale: "vi" }));
        // Assert
        expect(validated).toEqual(rule);
        expect(back).toEqual(rule);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(RULE_KINDS.map((k) => [k]))("with kinds: [%s], generates only that kind", (kind) => {
    fc.assert(
      fc.property(deadlineRuleArb({ kinds: [kind] }), (rule) => {
        // Arrange, Act, Assert
        expect(rule.kind).toBe(kind);
        expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
      }),
      { numRuns: 100 },
    );
  });
});

describe("deadlinePhraseArb", () => {
  it("rejects an unknown variant", () => {
    // Arrange, Act, Assert
    expect(() => deadlinePhraseArb({ variants: ["roman" as (typeof PHRASE_VARIANTS)[number]] })).toThrow(InvalidInputError);
  });

  it("produces every variant", () => {
    // Arrange, Act
    const texts = fc.sample(deadlinePhraseArb(), 2000).map((p) => p.text);
    // Assert
    expect(texts.some((t) => t !== t.normalize("NFC"))).toBe(true); // nfd
    expect(texts.some((t) => /ngay|thang/.test(t) && !/[^\x00-\x7f]/.test(t))).toBe(true); // no diacritics
    expect(texts.some((t) => t.normalize("NFC").includes("hàng"))).toBe(true);
    expect(texts.some((t) => /(^|\D)0\d(\D|$)/.test(t))).toBe(true); // leading zeros
    expect(texts.some((t) => /\d+ \(/.test(t))).toBe(true); // "10 (mười)"
    // amounts in words alone, not after their digits ("mười lăm ngày"), among phrases of that variant only
    const worded = fc.sample(deadlinePhraseArb({ variants: ["number_words"] }), 2000).map((p) => p.text);
    expect(worded.some((t) => !/\d/.test(t) && /(một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín|mười|mươi|trăm) (ngày|giờ|tuần|tháng|năm)/.test(t))).toBe(true);
  });

  it("with no variants, gives the canonical phrase of the rule", () => {
    fc.assert(
      fc.property(deadlinePhraseArb({ variants: [] }), ({ text, rule }) => {
        // Arrange, Act, Assert
        expect(text).toBe(formatDeadline(rule, { locale: "vi" }));
      }),
    );
  });

  it("with only nfd, gives the canonical phrase in NFC or NFD, the rule unchanged", () => {
    fc.assert(
      fc.property(deadlinePhraseArb({ variants: ["nfd"] }), ({ text, rule }) => {
        // Arrange
        const canonical = formatDeadline(rule, { locale: "vi" });
        // Act, Assert
        expect([canonical, canonical.normalize("NFD")]).toContain(text);
      }),
    );
  });

  it("with only no_diacritics, gives the canonical phrase or ASCII text", () => {
    fc.assert(
      fc.property(deadlinePhraseArb({ variants: ["no_diacritics"] }), ({ text, rule }) => {
        // Arrange, Act, Assert
        expect(text === formatDeadline(rule, { locale: "vi" }) || /^[\x00-\x7f]*$/.test(text)).toBe(true);
      }),
    );
  });
});

describe("deadlinePhraseArb (properties)", () => {
  it("every phrase parses to the rule paired with it, a valid rule", () => {
    fc.assert(
      fc.property(deadlinePhraseArb(), ({ text, rule }) => {
        // Arrange, Act
        const parsed = parseDeadline(text);
        // Assert
        expect(parsed).toEqual(rule);
        expect(validateRule(rule)).toEqual(rule);
      }),
      { numRuns: 3000 },
    );
  });
});
