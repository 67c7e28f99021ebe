import { describe, expect, it } from "vitest";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { deadlineRuleSchema } from "../../src/deadline/ruleSchema.js";
import { formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { CORPUS, type CorpusEntry } from "./corpus.js";

/** The rule without `notes` and `wording` (both checked separately). */
function core(rule: DeadlineRule): Record<string, unknown> {
  const { notes: _n, wording: _w, ...rest } = rule;
  void _n;
  void _w;
  return rest;
}

const accepted = CORPUS.filter((e): e is CorpusEntry & { rule: DeadlineRule } => e.rule !== undefined);
const rejected = CORPUS.filter((e) => e.reject !== undefined);

describe("corpus of real phrases", () => {
  it("has at least 150 entries, each with a source and one expectation", () => {
    // Assert
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    for (const e of CORPUS) {
      expect(e.source.length).toBeGreaterThan(0);
      expect((e.rule === undefined) !== (e.reject === undefined)).toBe(true);
      if (e.reject !== undefined) expect(e.reason?.length ?? 0).toBeGreaterThan(0);
      expect(e.text).toBe(e.text.normalize("NFC"));
    }
  });

  it.each(accepted.map((e) => [e.text, e] as const))("reads %s", (_text, entry) => {
    // Act
    const rule = parseDeadline(entry.text);
    // Assert
    expect(core(rule)).toEqual(entry.rule);
    if (entry.wording !== undefined) expect(rule.wording).toMatchObject(entry.wording);
    expect(deadlineRuleSchema.safeParse(rule).success).toBe(true);
  });

  it.each(accepted.map((e) => [e.text, e] as const))("round-trips %s", (_text, entry) => {
    // Arrange
    const rule = parseDeadline(entry.text);
    // Act
    const again = parseDeadline(formatDeadline(rule));
    // Assert
    expect(again).toEqual(rule);
  });

  it.each(rejected.map((e) => [e.text, e] as const))("rejects %s", (_text, entry) => {
    // Act
    const result = safeParseDeadline(entry.text);
    // Assert
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe(entry.reject);
      const index = result.error.issues[0]?.params["index"];
      expect(typeof index).toBe("number");
      expect(index as number).toBeGreaterThanOrEqual(0);
      expect(index as number).toBeLessThanOrEqual(entry.text.length);
    }
  });

  it("reads a phrase in NFD as in NFC", () => {
    // Arrange
    const text = "Chậm nhất là ngày thứ 20 của tháng tiếp theo tháng phát sinh nghĩa vụ thuế";
    // Act, Assert
    expect(parseDeadline(text.normalize("NFD"))).toEqual(parseDeadline(text));
  });
});
