import { defineConfig } from "tsup";

/** The public entry points, as in the `exports` map of package.json. */
const entries = { index: "src/index.ts", data: "src/data/index.ts", testing: "src/testing/index.ts" };

// fast-check is an optional peer dependency, loaded only by thoihan/testing: never bundle it.
const external = ["fast-check"];

export default defineConfig([
  {
    // ESM: one file per source module (not bundled), so that a bundler honouring
    // `"sideEffects": false` keeps only the modules a program reaches: the calendar alone carries
    // no zod (schemas, engine). Bundles of the three entries, as one
    // chunk, would keep every top-level schema and with them zod.
    entry: ["src/**/*.ts"],
    outDir: "dist/esm",
    format: ["esm"],
    bundle: false,
    external,
    dts: false,
    sourcemap: false,
    clean: false, // the build script empties dist/ once: the configurations run side by side
  },
  {
    // CommonJS and its declarations (.d.cts): the entries bundled with shared chunks, so
    // `thoihan/testing` and `thoihan/data` load the same module instances as `thoihan` (one
    // `ThoihanError` class, one calendar).
    entry: entries,
    outDir: "dist",
    format: ["cjs"],
    splitting: true,
    external,
    dts: true,
    sourcemap: false,
    clean: false,
  },
  {
    // The declarations of the ESM entries (.d.ts), bundled per entry like the CommonJS ones.
    entry: entries,
    outDir: "dist",
    format: ["esm"],
    external,
    dts: { only: true },
    clean: false,
  },
  {
    // The `thoihan` command (package `bin`): one ESM file. yaml is its optional peer dependency
    // for YAML plans, loaded only when one is read.
    entry: { cli: "src/cli/main.ts" },
    outDir: "dist",
    format: ["esm"],
    external: [...external, "yaml"],
    dts: false,
    sourcemap: false,
    clean: false,
  },
]);
