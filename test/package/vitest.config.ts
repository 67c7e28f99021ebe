import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The package checks (`npm run test:package`): pack the package as `npm pack` does (building it),
 * install the tarball into an empty project, and run that project's consumers and bundles.
 * Separate from the main suite because the build and the install take a minute.
 */
export default defineConfig({
  root: at("../.."),
  test: {
    include: ["test/package/**/*.test.ts"],
    globalSetup: ["test/package/_install.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
