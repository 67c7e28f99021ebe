import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] };

/** Whether a repository path is in the npm package (the `files` of package.json, `docs/*.md` globs included). */
function shipped(path: string): boolean {
  return pkg.files.some((entry) => {
    if (entry.includes("*")) return new RegExp(`^${entry.replace(/\./g, "\\.").replace(/\*/g, "[^/]*")}$`).test(path);
    return path === entry || path.startsWith(`${entry}/`);
  });
}

const guides = ["README.md", "CHANGELOG.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** Every .ts file under src. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("documentation links", () => {
  it.each(guides)("every relative link of %s points to a file shipped in the package, so it works in the tarball and on the docs site", (guide) => {
    // Arrange
    const text = readFileSync(join(ROOT, guide), "utf8");
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string).filter((t) => !/^[a-z]+:/.test(t));
    // Act
    const broken = targets.map((t) => join(dirname(guide), t)).filter((path) => !existsSync(join(ROOT, path)) || !shipped(path));
    // Assert
    expect(broken).toEqual([]);
  });

  it("no guide, doc comment or shipped type cites the internal design notes (DESIGN §, STYLE §, domain/…), which users do not have", () => {
    // Arrange
    const files = [...guides.map((g) => join(ROOT, g)), ...sources(join(ROOT, "src"))];
    // Act
    const citing = files.filter((f) => /DESIGN §|STYLE §|domain\/[a-z-]+\.md|host-systems/.test(readFileSync(f, "utf8")));
    // Assert
    expect(citing.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});
