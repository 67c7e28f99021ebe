import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { closure, sources, specifiers } from "../_imports.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SRC = join(ROOT, "src");

describe("the command stays out of the library", () => {
  it("only src/cli imports Node built-ins and yaml (the library and its reports print and read nothing)", () => {
    const outside = sources(SRC).filter((f) => !relative(SRC, f).startsWith("cli"));
    const importers = outside.filter((f) => specifiers(f).some((s) => s.startsWith("node:") || s === "yaml"));
    expect(outside.length).toBeGreaterThan(10);
    expect(importers.map((f) => relative(ROOT, f))).toEqual([]);
    expect(specifiers(join(SRC, "cli/io.ts"))).toContain("node:fs");
  });

  it.each(["src/index.ts", "src/data/index.ts", "src/testing/index.ts"])("%s does not reach src/cli", (entry) => {
    const reached = [...closure(join(ROOT, entry))].map((f) => relative(ROOT, f));
    expect(reached).toContain(entry);
    expect(reached.filter((f) => f.startsWith("src/cli"))).toEqual([]);
  });

  it("src/report depends only on the layers before it, never on the command", () => {
    const before = new Set(["day", "lunar", "calendar", "data", "recurrence", "deadline", "phrase", "schema", "engine", "scoring", "report", "messages", "internal", "errors.ts"]);
    const reached = new Set([...closure(join(SRC, "report/index.ts"))].map((f) => relative(SRC, f).split("/")[0] as string));
    expect(reached.has("engine")).toBe(true);
    expect([...reached].filter((d) => !before.has(d))).toEqual([]);
  });

  it("the package's bin is thoihan → dist/cli.js, built from src/cli/main.ts; yaml is an optional peer, never a dependency", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, unknown> | undefined>;
    expect(pkg["bin"]).toEqual({ thoihan: "./dist/cli.js" });
    expect(readFileSync(join(ROOT, "tsup.config.ts"), "utf8")).toContain('entry: { cli: "src/cli/main.ts" }');
    expect(readFileSync(join(SRC, "cli/main.ts"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(pkg["dependencies"]?.["yaml"]).toBeUndefined();
    expect(pkg["peerDependenciesMeta"]?.["yaml"]).toEqual({ optional: true });
    expect(Object.keys(pkg["dependencies"] ?? {}).sort()).toEqual(["zod"]);
  });
});
