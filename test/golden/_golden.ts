/**
 * Golden-file helper shared by the tests under `test/golden/` (as date-holidays' `--writetests`).
 *
 * - `UPDATE_GOLDEN=1` (`npm run golden:update`) writes the file: pretty JSON, two-space indent,
 *   trailing newline. Review the diff before committing; never hand-edit golden files.
 * - Otherwise the file must exist and deep-equal `value`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const GOLDEN_ROOT = dirname(fileURLToPath(import.meta.url));

/** True when the golden files should be rewritten rather than checked. */
export const updatingGolden: boolean = process.env["UPDATE_GOLDEN"] === "1";

/**
 * Compares `value` with the golden file at `relativePath` (relative to `test/golden/`), or writes it
 * when `UPDATE_GOLDEN=1`.
 *
 * @example
 * expectGolden("calendar/2025.json", rows)
 */
export function expectGolden(relativePath: string, value: unknown): void {
  const file = join(GOLDEN_ROOT, relativePath);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (updatingGolden) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, "utf8");
    return;
  }
  if (!existsSync(file)) {
    expect.fail(`Golden file test/golden/${relativePath} is missing. Run \`npm run golden:update\` (UPDATE_GOLDEN=1) and review the new file.`);
  }
  const expected: unknown = JSON.parse(readFileSync(file, "utf8"));
  expect(JSON.parse(text), `test/golden/${relativePath} differs; if the change is intended, run \`npm run golden:update\` and review the diff`).toEqual(expected);
}
