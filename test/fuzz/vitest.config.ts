import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The fuzz suite: `*.fuzz.ts` files, a fixed seed (FC_SEED, default that of the main suite) and a
 * bounded number of runs per property (FUZZ_RUNS, default 150: about a minute on a quiet machine).
 * `npm run fuzz` runs it longer.
 */
export default defineConfig({
  root: at("../.."),
  test: {
    include: ["test/fuzz/**/*.fuzz.ts"],
    setupFiles: ["test/fuzz/setup.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
