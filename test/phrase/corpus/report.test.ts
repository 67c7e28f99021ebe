import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../../src/phrase/index.js";
import { reportTable } from "../../scripts/corpusReport.js";
import type { SentenceEntry } from "./types.js";

const source = { doc: "Nghị định 145/2020/NĐ-CP", article: "Đ.25" };
const sentence = "Trong thời hạn 07 ngày làm việc kể từ ngày nhận được hồ sơ trình của Sở, Chủ tịch Ủy ban nhân dân cấp tỉnh xem xét, cấp giấy phép.";
const phrase = "Trong thời hạn 07 ngày làm việc kể từ ngày nhận được hồ sơ trình của Sở";
const entries: SentenceEntry[] = [
  // 7 working days after Monday 10/3/2025 end on Wednesday 19/3 (no day off in between).
  { id: "a", sentence, phrase, source, form: "relative", role: "deadline", anchor: "2025-03-10", lastDay: "2025-03-19" },
  // Same phrase, a wrong expectation: parsed, but not right.
  { id: "b", sentence, phrase, source, form: "relative", role: "deadline", anchor: "2025-03-10", lastDay: "2025-03-18" },
  // Not a deadline phrase at all: a rejection is the right outcome.
  { id: "c", sentence: "Hồ sơ gồm đơn đề nghị và bản sao giấy phép.", phrase: "bản sao giấy phép", source, form: "alternatives", role: "deadline", expect: "reject", reason: "no time expression" },
];

describe("corpus report", () => {
  it("counts a phrase as right only when the computed last day is the expected one, and a rejection as right when the parser rejects", () => {
    // Act
    const { outcomes, table } = reportTable("sample", entries, undefined);
    // Assert
    expect(outcomes.map((o) => [o.entry.id, o.parsed, o.right])).toEqual([
      ["a", true, true],
      ["b", true, false],
      ["c", true, true],
    ]);
    expect(table).toContain("| all | 3 | 100.0 % | 66.7 % |");
    expect(table).not.toContain("found");
  });

  it("uses findDeadlines when the library has it: a match overlapping the phrase is found, and found ok when its rule gives the expected day", () => {
    // Arrange: a stand-in that finds the phrase where it sits in the sentence
    const find = (text: string) => {
      const index = text.indexOf(phrase);
      return index < 0 ? [] : [{ index, end: index + phrase.length, rule: parseDeadline(phrase) }];
    };
    // Act
    const { outcomes, table } = reportTable("sample", entries, find);
    // Assert
    expect(outcomes.map((o) => [o.entry.id, o.found, o.foundRight])).toEqual([
      ["a", true, true],
      ["b", true, false],
      ["c", true, true],
    ]);
    expect(table).toContain("| form | n | parsed | right | found | found ok |");
  });

  it("counts nothing as found when findDeadlines finds nothing", () => {
    // Act
    const { outcomes } = reportTable("sample", entries.slice(0, 2), () => []);
    // Assert
    expect(outcomes.map((o) => o.found)).toEqual([false, false]);
  });
});
