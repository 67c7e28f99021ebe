import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { coverageTable } from "./scripts/coverage.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

function block(lang: string, after = 0): string {
  const start = readme.indexOf("```" + lang + "\n", after);
  if (start < 0) throw new Error(`no ${lang} block in README`);
  const end = readme.indexOf("\n```", start + lang.length + 4);
  return readme.slice(start + lang.length + 4, end);
}

describe("README", () => {
  afterEach(() => vi.restoreAllMocks());

  it("shows the quick start the CI runs: npm install, npm run demo, npm test", () => {
    const quick = block("sh");
    expect(quick).toContain("npm install");
    expect(quick).toContain("npm run demo");
    expect(quick).toContain("npm test");
  });

  it("shows examples/readme.ts verbatim, and what it prints", async () => {
    // Arrange
    const example = readFileSync(new URL("../examples/readme.ts", import.meta.url), "utf8").trim();
    const shown = block("ts");
    const printed: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(" ")));
    // Act
    await import("../examples/readme.js");
    // Assert
    expect(shown).toBe(example);
    expect(printed.join("\n")).toBe(block("text"));
  });

  it("has the data coverage table generated from thoihan/data", () => {
    const start = readme.indexOf("-->\n", readme.indexOf("<!-- coverage:start")) + 4;
    const end = readme.indexOf("\n<!-- coverage:end -->");
    expect(readme.slice(start, end)).toBe(coverageTable());
  });
});
