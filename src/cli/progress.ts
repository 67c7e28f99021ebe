/**
 * The progress line of a long read, on stderr, only when stderr is a terminal: events read and
 * the rate, rewritten in place at most five times a second, then cleared.
 * @module
 */
import type { Locale } from "../errors.js";
import type { CliIo } from "./io.js";
import { CLI_WORD } from "./text.js";

/** A progress reporter; `update(count)` as events are read, `done()` at the end. */
export interface Progress {
  update(count: number): void;
  done(): void;
}

const grouped = (n: number, locale: Locale): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "vi" ? "." : ",");

/** A progress line on a terminal, nothing otherwise. */
export function progressLine(io: CliIo, locale: Locale): Progress {
  if (!io.stderrIsTty) return { update: () => undefined, done: () => undefined };
  const start = io.now();
  let last = start;
  let shown = false;
  return {
    update(count) {
      const now = io.now();
      if (now - last < 200) return;
      last = now;
      const rate = count / Math.max((now - start) / 1000, 1e-3);
      io.stderr(`\r${CLI_WORD[locale].progress(grouped(count, locale), grouped(rate, locale))}\u001b[K`);
      shown = true;
    },
    done() {
      if (shown) io.stderr("\r\u001b[K");
    },
  };
}
