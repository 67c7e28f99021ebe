import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { IssueCode } from "../src/errors.js";
import { computeDeadline, listOccurrences, ThoihanError } from "../src/index.js";
import { vi } from "../src/messages/vi.js";
import { sources } from "./_imports.js";

const SRC = fileURLToPath(new URL("../src", import.meta.url));

/** A string, quoted or template literal in the sources. */
const LITERAL = String.raw`("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\x60(?:[^\x60\\]|\\.)*\x60)`;

/**
 * Where the sources write a description of what was expected: `expected: …` in the params of any
 * issue, and the shape checkers' `bad("…", …)` / `fail("…", …)` / `bad(name, value, "…")`.
 */
const EXPECTED_PARAM = new RegExp(String.raw`\bexpected: ` + LITERAL, "g");
const FIRST_ARG = new RegExp(String.raw`\b(?:bad|fail)\(` + LITERAL, "g");
const THIRD_ARG = new RegExp(String.raw`\b(?:bad|badOption)\([^,()]+, [^,()]+, ` + LITERAL, "g");

/** A checker that takes the option's name first and the description third. */
const NAME_FIRST = /\((?:name|key): string, value: unknown, expected: string\)/;

/** What a template's `${…}` parts stand for in the scan: a value, not words (the table of runtime forms keeps the words). */
const SAMPLE = "2024-07-01";

/** The text of a literal, a template's parts replaced by a sample value. */
function unquote(literal: string): string {
  const body = literal.slice(1, -1);
  return literal.startsWith("`") ? body.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, SAMPLE).replace(/\\`/g, "`") : body.replace(/\\(["'\\])/g, "$1");
}

/**
 * Every description the library puts in an issue's `expected` (or `received`), literal or built at
 * run time. `testing/laws.ts` is left out: its `fail(…)` texts are law violations reported to a
 * test, not issues. The CLI words its own messages.
 */
function typeDescriptions(): string[] {
  const found = new Set<string>();
  for (const file of sources(SRC)) {
    if (file.includes("/messages/") || file.includes("/cli/") || file.endsWith("/testing/laws.ts")) continue;
    const text = readFileSync(file, "utf8");
    for (const site of [EXPECTED_PARAM, NAME_FIRST.test(text) ? THIRD_ARG : FIRST_ARG]) for (const m of text.matchAll(site)) found.add(unquote(m[1] as string));
  }
  // The received side, zod's own type names, its format names and the note of a discriminated union.
  for (const name of ["string", "number", "int", "boolean", "object", "array", "null", "undefined", "bigint", "symbol", "function", "date", "cyclic object", "regex", "No matching discriminator"]) found.add(name);
  return [...found].sort();
}

/**
 * English words. Code is allowed: identifiers the reader types (`WorkCalendar`, `ScoreNode.lost`,
 * `civilServiceCalendar`), shapes (`{ from, to }`), words in backquotes, quoted values (`"month"`)
 * and formats (`YYYY-MM-DD`).
 */
const ENGLISH =
  /(?<![\p{L}\p{N}_.<[])(or|and|of|an?|the|with|without|no|not|non|its|that|is|also|at|on|in|for|from|to|after|before|within|least|most|list|array|object|options?|string|number|integer|boolean|date|instant|Instant|IsoDate|period|existing|events?|result|data|statuses|key|cycle|cyclic|finite|hours|milliseconds|epoch|tree|day|days|weekdays?|week|rest|distinct|empty|points|decimals|max|criterion's|criterion|external|obligation|unit|source|range|holding|office|whole|minute|year|report|daily|weekly|monthly|quarterly|half_yearly|yearly|regex|matching|discriminator|No|Monday|Sunday|end|findings?|function|symbol|value)(?![\p{L}\p{N}_(])/u;

/** The Vietnamese message of a code with a description in `expected` and `received`, English words (outside code) listed. */
function englishIn(code: IssueCode, description: string): string | undefined {
  const message = vi[code]({ name: "x", value: 1, expected: description, received: description });
  const english = ENGLISH.exec(message.replace(/`[^`]*`|\{[^}]*\}|"[^"]*"/g, ""));
  return english === null ? undefined : `${code} «${description}»: "${english[0]}" in ${message}`;
}

describe("Vietnamese messages word type names in Vietnamese", () => {
  it("finds the type descriptions the sources throw (the scan itself)", () => {
    // Act
    const found = typeDescriptions();
    // Assert
    expect(found).toContain("IsoDate or Instant");
    expect(found).toContain("array of events");
    expect(found).toContain("Deduction[]");
    expect(found).toContain("an integer year");
    expect(found).toContain("from ≤ to");
    expect(found).toContain("an existing period (YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-Www, YYYY-MM-DD)");
    // templates, their parts replaced by a sample value
    expect(found).toContain("a date on or after 2024-07-01");
    expect(found).toContain("points ≤ 2024-07-01, the criterion's max");
    expect(found).toContain("2024-07-01 for a 2024-07-01 report");
    expect(found).not.toContain("to");
    expect(found.length).toBeGreaterThan(120);
  });

  it("has no English type name in the Vietnamese message of any code, whatever type description it is given", () => {
    // Arrange
    const descriptions = typeDescriptions();
    const bad: string[] = [];
    // Act
    // phrase_* codes list the words of the phrase language that could come next (Vietnamese), not types.
    for (const code of (Object.keys(vi) as IssueCode[]).filter((c) => !c.startsWith("phrase_"))) {
      for (const description of descriptions) {
        const english = englishIn(code, description);
        if (english !== undefined) bad.push(english);
      }
    }
    // Assert
    expect(bad.slice(0, 40)).toEqual([]);
  });

  it("words IsoDate or Instant as a date or an instant", () => {
    // Act
    const message = vi.invalid_type({ expected: "IsoDate or Instant", received: "number" });
    // Assert
    expect(message).toBe("Sai kiểu dữ liệu: cần ngày (YYYY-MM-DD) hoặc thời điểm (ISO 8601), nhận được số.");
  });

  it.each(["monthly", "quarterly", "half_yearly", "yearly"] as const)("words the report frequency of a reporting window (%s) given the wrong kind of period", (frequency) => {
    // Arrange
    const rule = { kind: "reporting_window", frequency, fromDay: 15, toDay: 14 } as const;
    const period = frequency === "monthly" ? "2024" : "2024-07";
    // Act
    const error = caught(() => computeDeadline(rule, { period }));
    // Assert
    const found = error.issues[0];
    expect(found?.code).toBe("invalid_value");
    const english = englishIn("invalid_value", String(found?.params["expected"]));
    expect(english).toBeUndefined();
    expect(vi.invalid_value(found?.params ?? {})).toContain({ monthly: "báo cáo hằng tháng", quarterly: "báo cáo hằng quý", half_yearly: "báo cáo 6 tháng", yearly: "báo cáo hằng năm" }[frequency]);
  });

  it("words the date an occurrence list must end on or after", () => {
    // Act
    const error = caught(() => listOccurrences({ kind: "recurring", frequency: "monthly", day: 10, bound: "by" }, { from: "2024-07-01", to: "2024-06-01" }));
    // Assert
    expect(error.issues[0]?.code).toBe("invalid_value");
    expect(vi.invalid_value(error.issues[0]?.params ?? {})).toBe('Giá trị không hợp lệ "2024-06-01": cần một ngày từ 2024-07-01 trở đi.');
  });
});

describe("Vietnamese messages word the kind of a reference in Vietnamese", () => {
  it.each(["obligation", "unit", "source", "external criterion"])("words %s", (kind) => {
    // Act
    const messages = [vi.unknown_reference({ kind, id: "x" }), vi.reference_cycle({ kind, ids: ["o1", "o2", "o1"] })];
    // Assert
    for (const message of messages) expect(ENGLISH.exec(message.replace(/"[^"]*"/g, ""))).toBeNull();
  });
});

/** The error a call throws (a ThoihanError). */
function caught(call: () => unknown): ThoihanError {
  try {
    call();
  } catch (error) {
    if (error instanceof ThoihanError) return error;
    throw error;
  }
  throw new Error("expected a ThoihanError");
}
