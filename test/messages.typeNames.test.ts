import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { IssueCode } from "../src/errors.js";
import { vi } from "../src/messages/vi.js";
import { sources } from "./_imports.js";

const SRC = fileURLToPath(new URL("../src", import.meta.url));

/**
 * Every type description the library puts in an issue's `expected` (or `received`) as a literal:
 * `issue("invalid_type", { expected: "…" })` and the shape checkers' `bad("…", …)`.
 */
function typeDescriptions(): string[] {
  const found = new Set<string>();
  for (const file of sources(SRC)) {
    if (file.includes("/messages/")) continue;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/issue\("invalid_type", \{ expected: (?:"((?:[^"\\]|\\.)*)"|'([^']*)')/g)) found.add((m[1] ?? m[2] ?? "").replace(/\\"/g, '"'));
    for (const m of text.matchAll(/\bbad\("([^"]*)"/g)) found.add(m[1] as string);
  }
  // The received side and zod's own type names.
  for (const name of ["string", "number", "int", "boolean", "object", "array", "null", "undefined", "bigint", "symbol", "function", "date", "cyclic object"]) found.add(name);
  return [...found].sort();
}

/**
 * English words that name types or join them (and the two type names of dates and instants). Code is
 * allowed: identifiers the reader types (`WorkCalendar`, `ScoreNode.lost`, `civilServiceCalendar`),
 * shapes (`{ from, to }`) and formats (`YYYY-MM-DD`).
 */
const ENGLISH = /(?<![\p{L}\p{N}_.<[])(or|and|of|an?|the|with|without|no|its|that|list|array|object|options?|string|number|integer|boolean|date|instant|Instant|IsoDate|period|events?|result|data|key|cycle|cyclic|finite|hours|milliseconds|epoch|tree|day|end|findings?|function|symbol)(?![\p{L}\p{N}_(])/u;

describe("Vietnamese messages word type names in Vietnamese", () => {
  it("finds the type descriptions the sources throw (the scan itself)", () => {
    // Act
    const found = typeDescriptions();
    // Assert
    expect(found).toContain("IsoDate or Instant");
    expect(found).toContain("array of events");
    expect(found).toContain("Deduction[]");
    expect(found.length).toBeGreaterThan(60);
  });

  it("has no English type name in the Vietnamese message of any code, whatever type description it is given", () => {
    // Arrange
    const descriptions = typeDescriptions();
    const bad: string[] = [];
    // Act
    // phrase_* codes list the words of the phrase language that could come next (Vietnamese), not types.
    for (const code of (Object.keys(vi) as IssueCode[]).filter((c) => !c.startsWith("phrase_"))) {
      for (const description of descriptions) {
        const message = vi[code]({ expected: description, received: description });
        const english = ENGLISH.exec(message.replace(/`[^`]*`|\{[^}]*\}/g, ""));
        if (english !== null) bad.push(`${code} «${description}»: "${english[0]}" in ${message}`);
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
});
