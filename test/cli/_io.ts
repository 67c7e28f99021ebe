/** An in-memory CliIo for tests: files from a map (else the disk), output collected. */
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import type { CliIo } from "../../src/cli/io.js";
import { CliError } from "../../src/cli/text.js";

export interface FakeIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
}

function chunks(text: string, size: number): Buffer[] {
  const bytes = Buffer.from(text, "utf8");
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

export function fakeIo(files: Readonly<Record<string, string>> = {}, options: { tty?: boolean; chunkSize?: number } = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  let clock = 0;
  const read = (path: string): string => {
    if (Object.prototype.hasOwnProperty.call(files, path)) return files[path] as string;
    try {
      return readFileSync(path, "utf8");
    } catch {
      throw new CliError("file_unreadable", { path, reason: "ENOENT" });
    }
  };
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stderrIsTty: options.tty === true,
    readText: read,
    openStream: (path) => {
      if (!Object.prototype.hasOwnProperty.call(files, path)) {
        const r = new Readable({ read() { this.destroy(Object.assign(new Error("no such file"), { code: "ENOENT" })); } });
        try {
          return Readable.from(chunks(readFileSync(path, "utf8"), options.chunkSize ?? 65536));
        } catch {
          return r;
        }
      }
      return Readable.from(chunks(files[path] as string, options.chunkSize ?? 7));
    },
    now: () => (clock += 250),
  };
}
