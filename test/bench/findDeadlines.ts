/**
 * findDeadlines' scaling: a notice of about 1 MB (the appendix of TB 01/2024 and the plans
 * 4712/KH-BQL and 431/KH-BQL, repeated) and the same text at a quarter and a half of that size.
 * Linear time shows as a constant time per megabyte across the three sizes. A reference (NFD
 * then NFC normalisation of the same text) is timed in the same run, so that the figure can be
 * read as a ratio on a loaded machine.
 *
 *   node --import tsx test/bench/findDeadlines.ts
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scanDeadlines } from "../../src/phrase/index.js";

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../draft/fixtures/${name}`, import.meta.url)), "utf8");

/** A text of at least `bytes` UTF-8 bytes made of the fixtures, repeated. */
export function noticeOf(bytes: number): string {
  const unit = [fixture("tb-01-2024-phu-luc.txt"), fixture("kh-4712-2023.txt"), fixture("kh-431-2024.txt")].join("\n\n");
  const unitBytes = Buffer.byteLength(unit, "utf8");
  return Array.from({ length: Math.ceil(bytes / unitBytes) }, () => unit).join("\n\n");
}

/** Best of `runs` timings of `work` on `text`, in ms. */
function best(text: string, runs: number, work: (text: string) => unknown): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    work(text);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** Runs the benchmark; returns `label → value` rows. */
export function runFindBench(): Record<string, number | string> {
  const full = noticeOf(1_000_000);
  const rows: Record<string, number | string> = {};
  scanDeadlines(full.slice(0, 100_000)); // warm-up
  const scan = scanDeadlines(full);
  for (const fraction of [0.25, 0.5, 1]) {
    const text = full.slice(0, Math.floor(full.length * fraction));
    const mb = Buffer.byteLength(text, "utf8") / 1_000_000;
    const ms = best(text, 3, scanDeadlines);
    rows[`scanDeadlines, ${mb.toFixed(2)} MB notice: ms (best of 3)`] = ms;
    rows[`  ${mb.toFixed(2)} MB: ms per MB`] = ms / mb;
  }
  // a reference measured side by side, so that the figure can be read on a loaded machine
  const scanMs = best(full, 3, scanDeadlines);
  const nfdMs = best(full, 3, (t) => t.normalize("NFD").normalize("NFC"));
  rows["reference: NFD then NFC normalisation of the 1 MB notice, ms"] = nfdMs;
  rows["scanDeadlines / normalisation, same run"] = scanMs / nfdMs;
  // the worst case: a lead every few words, each tried and refused (cost per place, not per character)
  const dense = "chậm nhất abc ".repeat(Math.ceil(100_000 / 14));
  rows["dense worst case ('chậm nhất abc' repeated, 0.1 MB): ms per MB"] = best(dense, 1, scanDeadlines) / (Buffer.byteLength(dense, "utf8") / 1_000_000);
  rows["matches / quotas / unread fragments in the 1 MB notice"] = `${scan.matches.length} / ${scan.quotas.length} / ${scan.unread.length}`;
  return rows;
}

/** Prints the benchmark (a section of `npm run bench`). */
export function printFindBench(): void {
  console.log("\nfindDeadlines (scanDeadlines) on a notice of about 1 MB, best of 3 runs:");
  for (const [k, v] of Object.entries(runFindBench())) console.log(`  ${k.padEnd(72)} ${typeof v === "number" ? v.toFixed(1) : v}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printFindBench();
