/**
 * Global setup of the package checks: `npm pack` (whose `prepack` builds dist/), then an empty
 * project in a temporary folder that installs the tarball and fast-check, with the consumer
 * files of `consumer/` copied in. Tests read the project's folder with `inject("consumerDir")`.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

declare module "vitest" {
  export interface ProvidedContext {
    consumerDir: string;
    tarball: string;
  }
}

export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), "thoihan-package-"));
  const consumer = join(work, "consumer");
  execFileSync(NPM, ["pack", "--pack-destination", work], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")) ?? "missing.tgz");
  cpSync(join(ROOT, "test", "package", "consumer"), consumer, { recursive: true });
  writeFileSync(join(consumer, "package.json"), `${JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2)}\n`);
  execFileSync(NPM, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--no-package-lock", tarball, "fast-check@^4"], {
    cwd: consumer,
    stdio: ["ignore", "ignore", "inherit"],
  });
  project.provide("consumerDir", consumer);
  project.provide("tarball", tarball);
  return () => rmSync(work, { recursive: true, force: true });
}
