import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

interface EntryExports {
  readonly checker: ts.TypeChecker;
  readonly exported: readonly { readonly name: string; readonly symbol: ts.Symbol }[];
}
const programs = new Map<string, EntryExports>();

/** The exported symbols of an entry point (aliases resolved), with the checker that reads their comments; one program per entry. */
function exportsOf(entry: string): EntryExports {
  const known = programs.get(entry);
  if (known !== undefined) return known;
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`no module symbol for ${entry}`);
  const exported = checker.getExportsOfModule(moduleSymbol).map((e) => ({ name: e.getName(), symbol: e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e }));
  const result = { checker, exported };
  programs.set(entry, result);
  return result;
}

/**
 * Every value exported by the package (functions, constants, classes) has a TSDoc comment with an
 * `@example`. Types are checked by typedoc's `notDocumented` validation.
 */
function exportedValuesWithoutExample(entry: string): string[] {
  const { checker, exported } = exportsOf(entry);
  const missing: string[] = [];
  for (const { name, symbol } of exported) {
    if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class))) continue;
    const tags = symbol.getJsDocTags(checker);
    if (!tags.some((t) => t.name === "example")) missing.push(name);
  }
  return missing.sort();
}

/**
 * Every function exported by an entry point documents each parameter (`@param name -`) and, unless
 * it returns nothing, its result (`@returns`), so the API reference shows both.
 */
function undocumentedParametersAndResults(entry: string): string[] {
  const { checker, exported } = exportsOf(entry);
  const missing: string[] = [];
  for (const { name, symbol } of exported) {
    const declaration = symbol.declarations?.[0];
    if (declaration === undefined || !ts.isFunctionDeclaration(declaration)) continue;
    const tags = symbol.getJsDocTags(checker);
    const documented = new Set(tags.filter((t) => t.name === "param").map((t) => ts.displayPartsToString(t.text).split(/\s/)[0]));
    for (const parameter of declaration.parameters) {
      if (!documented.has(parameter.name.getText())) missing.push(`${name}: @param ${parameter.name.getText()}`);
    }
    const returnsNothing = declaration.type !== undefined && declaration.type.kind === ts.SyntaxKind.VoidKeyword;
    if (!returnsNothing && !tags.some((t) => t.name === "returns")) missing.push(`${name}: @returns`);
  }
  return missing.sort();
}

const ENTRIES = ["src/index.ts", "src/data/index.ts", "src/testing/index.ts"];
const pathOf = (entry: string): string => new URL(`../${entry}`, import.meta.url).pathname;

describe("documentation", () => {
  it.each(ENTRIES)("every value exported from %s has an @example", (entry) => {
    const file = pathOf(entry);
    expect(readFileSync(file, "utf8").length).toBeGreaterThan(0);
    expect(exportedValuesWithoutExample(file)).toEqual([]);
  });

  it.each(ENTRIES)("every function exported from %s documents its parameters and result", (entry) => {
    expect(undocumentedParametersAndResults(pathOf(entry))).toEqual([]);
  });
});
