#!/usr/bin/env node
/**
 * The `thoihan` command (package `bin`). Run `thoihan --help`.
 * @module
 */
import { processIo } from "./io.js";
import { runCli } from "./run.js";

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  // A closed pipe (`thoihan … | head`) ends the output quietly.
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
