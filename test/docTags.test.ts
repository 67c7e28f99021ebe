import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every function exported by an entry point documents each parameter (`@param name -`) and, unless
 * it returns nothing, its result (`@returns`), so the API reference shows both.
 */
function undocumented(entry: string): string[] {
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`no module symbol for ${entry}`);
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (declaration === undefined || !ts.isFunctionDeclaration(declaration)) continue;
    const tags = symbol.getJsDocTags(checker);
    const documented = new Set(tags.filter((t) => t.name === "param").map((t) => ts.displayPartsToString(t.text).split(/\s/)[0]));
    for (const parameter of declaration.parameters) {
      const name = parameter.name.getText();
      if (!documented.has(name)) missing.push(`${exported.getName()}: @param ${name}`);
    }
    const returnsNothing = declaration.type !== undefined && declaration.type.kind === ts.SyntaxKind.VoidKeyword;
    if (!returnsNothing && !tags.some((t) => t.name === "returns")) missing.push(`${exported.getName()}: @returns`);
  }
  return missing.sort();
}

describe("API reference tags", () => {
  it.each(["src/index.ts", "src/data/index.ts", "src/testing/index.ts"])("every function exported from %s documents its parameters and result", (entry) => {
    // Act
    const missing = undocumented(new URL(`../${entry}`, import.meta.url).pathname);
    // Assert
    expect(missing).toEqual([]);
  });
});
