import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", data: "src/data/index.ts", testing: "src/testing/index.ts" },
  // fast-check is an optional peer dependency, loaded only by thoihan/testing: never bundle it.
  external: ["fast-check"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
});
