import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Paths below are relative to the project root.
  root: at(".."),
  resolve: {
    // Examples import the package by name, as users do; tests run them against the sources.
    alias: [
      { find: /^thoihan$/, replacement: at("../src/index.ts") },
      { find: /^thoihan\/data$/, replacement: at("../src/data/index.ts") },
      { find: /^thoihan\/testing$/, replacement: at("../src/testing/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // The package checks build and install the tarball: `npm run test:package`.
    exclude: ["test/package/**", "**/node_modules/**"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
  },
});
