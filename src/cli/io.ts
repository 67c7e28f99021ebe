/**
 * What the command reads and writes: standard streams, files, whether stderr is a terminal. The
 * only place of the package that touches the process; tests pass their own.
 * @module
 */
import { createReadStream, readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { CliError } from "./text.js";

/** The command's access to the outside. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (then a progress line is shown for large event logs). */
  readonly stderrIsTty: boolean;
  /** Reads a whole (small) file as UTF-8 text; `-` is standard input. */
  readonly readText: (path: string) => string;
  /** Opens a file (`-`: standard input) as a stream of bytes. */
  readonly openStream: (path: string) => Readable;
  /** Milliseconds of a monotonic clock, for the progress line's rate only. */
  readonly now: () => number;
}

function reason(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  return typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
}

/** The process's streams and files. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    readText: (path) => {
      try {
        return readFileSync(path === "-" ? 0 : path, "utf8");
      } catch (e) {
        throw new CliError("file_unreadable", { path, reason: reason(e) });
      }
    },
    openStream: (path) => (path === "-" ? process.stdin : createReadStream(path)),
    now: () => performance.now(),
  };
}

/** Reads the first bytes of a stream error as a {@link CliError}. */
export function streamError(path: string, e: unknown): CliError {
  return new CliError("file_unreadable", { path, reason: reason(e) });
}
