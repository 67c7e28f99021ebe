import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", data: "src/data/index.ts", testing: "src/testing/index.ts", cli: "src/cli/main.ts" },
  // fast-check is an optional peer dependency, loaded only by thoihan/testing: never bundle it.
  // yaml is the command's optional peer dependency for YAML plans: loaded only when one is read.
  external: ["fast-check", "yaml"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
});
