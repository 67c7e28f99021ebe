import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { closure, sources, specifiers } from "../_imports.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SRC = join(ROOT, "src");

describe("thoihan/testing isolation", () => {
  it("only src/testing imports fast-check", () => {
    // Arrange
    const outside = sources(SRC).filter((f) => !relative(SRC, f).startsWith("testing"));
    // Act
    const importers = outside.filter((f) => specifiers(f).some((s) => s === "fast-check" || s.startsWith("fast-check/")));
    // Assert
    expect(outside.length).toBeGreaterThan(10);
    expect(importers.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it("src/testing does import fast-check (the check above reads imports correctly)", () => {
    expect(specifiers(join(SRC, "testing/days.ts"))).toContain("fast-check");
  });

  it.each(["src/index.ts", "src/data/index.ts"])("%s does not reach src/testing", (entry) => {
    // Arrange, Act
    const reached = [...closure(join(ROOT, entry))].map((f) => relative(ROOT, f));
    // Assert
    expect(reached.length).toBeGreaterThan(1);
    expect(reached.filter((f) => f.startsWith("src/testing"))).toEqual([]);
  });

  it("fast-check is an optional peer dependency and a devDependency, never a dependency", () => {
    // Arrange
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, unknown> | undefined>;
    // Act, Assert
    expect(pkg["dependencies"]?.["fast-check"]).toBeUndefined();
    expect(pkg["peerDependencies"]?.["fast-check"]).toBe("^4.0.0");
    expect(pkg["peerDependenciesMeta"]?.["fast-check"]).toEqual({ optional: true });
    expect(pkg["devDependencies"]?.["fast-check"]).toBeDefined();
    expect(pkg["exports"]?.["./testing"]).toEqual({
      import: { types: "./dist/testing.d.ts", default: "./dist/esm/testing/index.js" },
      require: { types: "./dist/testing.d.cts", default: "./dist/testing.cjs" },
    });
  });
});
