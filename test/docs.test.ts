import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every value exported by the package (functions, constants, classes) has a TSDoc comment with an
 * `@example` (STYLE §2.5). Types are checked by typedoc's `notDocumented` validation.
 */
function exportedValuesWithoutExample(entry: string): string[] {
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`no module symbol for ${entry}`);
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class))) continue;
    const tags = symbol.getJsDocTags(checker);
    if (!tags.some((t) => t.name === "example")) missing.push(exported.getName());
  }
  return missing.sort();
}

describe("documentation", () => {
  it.each(["src/index.ts", "src/data/index.ts", "src/testing/index.ts"])("every value exported from %s has an @example", (entry) => {
    const file = new URL(`../${entry}`, import.meta.url).pathname;
    expect(readFileSync(file, "utf8").length).toBeGreaterThan(0);
    expect(exportedValuesWithoutExample(file)).toEqual([]);
  });
});
