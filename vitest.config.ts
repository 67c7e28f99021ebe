import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Examples import the package by name, as users do; tests run them against the sources.
    alias: [
      { find: /^thoihan$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
      { find: /^thoihan\/data$/, replacement: fileURLToPath(new URL("./src/data/index.ts", import.meta.url)) },
      { find: /^thoihan\/testing$/, replacement: fileURLToPath(new URL("./src/testing/index.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
  },
});
