import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";

const consumer = inject("consumerDir");
const TSC = join(import.meta.dirname, "..", "..", "node_modules", "typescript", "bin", "tsc");

/** Runs a command in the consumer project; returns its standard output, or throws with everything it printed. */
function run(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { cwd: consumer, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

describe("the packed tarball installed into an empty project", () => {
  it("an ES module consumer imports thoihan, thoihan/data and thoihan/testing, and errors of thoihan/testing are the ThoihanError of thoihan", () => {
    // Act
    const out = run(process.execPath, ["esm.mjs"]);
    // Assert
    expect(out.trim()).toBe("esm ok");
  });

  it("a CommonJS consumer requires the three entry points and gets one library instance (one ThoihanError class)", () => {
    // Act
    const out = run(process.execPath, ["cjs.cjs"]);
    // Assert
    expect(out.trim()).toBe("cjs ok");
  });

  it.each([
    ["node16", "an ES module under node16 resolution"],
    ["bundler", "an ES module under bundler resolution"],
    ["node10", "a module under node10 resolution (typesVersions for the subpaths)"],
    ["cts", "a CommonJS .cts file under node16 resolution (require conditions, .d.cts)"],
  ])("TypeScript type-checks %s: %s (declarations found, Evaluation.rows typed)", (profile) => {
    // Act: tsc exits non-zero, and execFileSync throws with its diagnostics, on any type error.
    const out = run(process.execPath, [TSC, "-p", `tsconfig.${profile}.json`]);
    // Assert
    expect(out).toBe("");
  });

  it("the tarball ships the build and the docs a user reads, and no tests or sources", () => {
    // Arrange
    const files = run("tar", ["-tzf", inject("tarball")]).split("\n").filter((f) => f.length > 0).map((f) => f.replace(/^package\//, ""));
    // Assert
    for (const wanted of ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "dist/esm/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/data.d.cts", "dist/testing.d.cts"]) {
      expect(files).toContain(wanted);
    }
    expect(files.filter((f) => f.startsWith("test/") || f.startsWith("src/") || f.endsWith(".map"))).toEqual([]);
  });
});
