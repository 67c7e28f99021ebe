/**
 * How much of the sentence corpora the library understands: for each file (real.ts, the corpus
 * the parser may be tuned on; heldout.ts, heldout2.ts, heldout3.ts, heldout4.ts, heldout5.ts, heldout6.ts, heldout7.ts, heldout8.ts, heldout9.ts, heldout10.ts, heldout11.ts, heldout12.ts, heldout13.ts, heldout14.ts, heldout15.ts, heldout16.ts, heldout17.ts, heldout18.ts, heldout19.ts, heldout20.ts, heldout21.ts, heldout22.ts, heldout23.ts, heldout24.ts, heldout25.ts, heldout26.ts and heldout27.ts, never tuned on: heldout2.ts was collected
 * after the grammar work, heldout3.ts after the grammar work tuned on heldout2.ts, heldout4.ts later still from
 * documents none of the others use, heldout5.ts after heldout4.ts had been tuned on, heldout6.ts after heldout4.ts and heldout5.ts had been, heldout7.ts (provincial documents) and heldout8.ts (central bodies' documents) after heldout6.ts had been, heldout9.ts after heldout2–8 had been, heldout10.ts after heldout9.ts had been collected, heldout11.ts after heldout10.ts had been, heldout12.ts after heldout11.ts had been, heldout13.ts after heldout12.ts had been, heldout14.ts after heldout13.ts had been, heldout15.ts after heldout14.ts had been, heldout16.ts after heldout15.ts had been, heldout17.ts after heldout16.ts had been, heldout18.ts after heldout17.ts had been, heldout19.ts after heldout18.ts had been, heldout20.ts after heldout19.ts had been, heldout21.ts after heldout20.ts had been, heldout22.ts after heldout21.ts had been, heldout23.ts after heldout22.ts had been, heldout24.ts after heldout23.ts had been, heldout25.ts after heldout24.ts had been, heldout26.ts after heldout25.ts had been, heldout27.ts after heldout26.ts had been), by form, the share of entries where
 *
 * - `parsed`: `safeParseDeadline(phrase)` succeeds (for a rejected entry: fails, as expected);
 * - `right`: the phrase parses and `computeDeadline(rule, { anchor, due, year, period }).lastDay`
 *   equals the expected `lastDay` (for a rejected entry: the phrase is rejected);
 * - `found`, `found ok` (only when the library exports `findDeadlines`): a match of
 *   `findDeadlines(sentence)` overlaps the phrase in the sentence, and its rule gives the expected
 *   `lastDay` (for a rejected entry: no match overlaps it).
 *
 * `node --import tsx test/scripts/corpusReport.ts` (or `npm run corpus`) prints the tables;
 * `--list` also prints every entry that is not right.
 */
import * as library from "../../src/index.js";
import type { DeadlineContext, DeadlineRule } from "../../src/deadline/types.js";
import { HELDOUT } from "../phrase/corpus/heldout.js";
import { HELDOUT2 } from "../phrase/corpus/heldout2.js";
import { HELDOUT3 } from "../phrase/corpus/heldout3.js";
import { HELDOUT4 } from "../phrase/corpus/heldout4.js";
import { HELDOUT5 } from "../phrase/corpus/heldout5.js";
import { HELDOUT6 } from "../phrase/corpus/heldout6.js";
import { HELDOUT7 } from "../phrase/corpus/heldout7.js";
import { HELDOUT8 } from "../phrase/corpus/heldout8.js";
import { HELDOUT9 } from "../phrase/corpus/heldout9.js";
import { HELDOUT10 } from "../phrase/corpus/heldout10.js";
import { HELDOUT11 } from "../phrase/corpus/heldout11.js";
import { HELDOUT12 } from "../phrase/corpus/heldout12.js";
import { HELDOUT13 } from "../phrase/corpus/heldout13.js";
import { HELDOUT14 } from "../phrase/corpus/heldout14.js";
import { HELDOUT15 } from "../phrase/corpus/heldout15.js";
import { HELDOUT16 } from "../phrase/corpus/heldout16.js";
import { HELDOUT17 } from "../phrase/corpus/heldout17.js";
import { HELDOUT18 } from "../phrase/corpus/heldout18.js";
import { HELDOUT19 } from "../phrase/corpus/heldout19.js";
import { HELDOUT20 } from "../phrase/corpus/heldout20.js";
import { HELDOUT21 } from "../phrase/corpus/heldout21.js";
import { HELDOUT22 } from "../phrase/corpus/heldout22.js";
import { HELDOUT23 } from "../phrase/corpus/heldout23.js";
import { HELDOUT24 } from "../phrase/corpus/heldout24.js";
import { HELDOUT25 } from "../phrase/corpus/heldout25.js";
import { HELDOUT26 } from "../phrase/corpus/heldout26.js";
import { HELDOUT27 } from "../phrase/corpus/heldout27.js";
import { REAL } from "../phrase/corpus/real.js";
import { isComputed, type ComputedEntry, type SentenceEntry } from "../phrase/corpus/types.js";

/** The part of a `findDeadlines` match this report reads. */
interface Match {
  readonly index: number;
  readonly end: number;
  readonly rule: DeadlineRule;
}
type FindDeadlines = (text: string) => readonly Match[];

/** `findDeadlines` when the library has it, feature-detected so the report runs on any version. */
function findDeadlinesOf(lib: Record<string, unknown>): FindDeadlines | undefined {
  const candidate = lib["findDeadlines"];
  return typeof candidate === "function" ? (candidate as FindDeadlines) : undefined;
}

function contextOf(entry: ComputedEntry): DeadlineContext {
  return {
    ...(entry.anchor === undefined ? {} : { anchor: entry.anchor }),
    ...(entry.due === undefined ? {} : { due: entry.due }),
    ...(entry.year === undefined ? {} : { year: entry.year }),
    ...(entry.period === undefined ? {} : { period: entry.period }),
  };
}

/** The last day the rule gives in the entry's context, or the error code / message. */
function lastDayOf(rule: DeadlineRule, entry: ComputedEntry): { ok: true; day: string } | { ok: false; why: string } {
  try {
    return { ok: true, day: library.computeDeadline(rule, contextOf(entry)).lastDay };
  } catch (error) {
    const code = error instanceof library.ThoihanError ? error.code : error instanceof Error ? error.message : String(error);
    return { ok: false, why: code };
  }
}

/** The outcome of one entry. */
interface Outcome {
  readonly entry: SentenceEntry;
  readonly parsed: boolean;
  readonly right: boolean;
  readonly found?: boolean;
  readonly foundRight?: boolean;
  readonly detail: string;
}

function judge(entry: SentenceEntry, find: FindDeadlines | undefined): Outcome {
  const result = library.safeParseDeadline(entry.phrase);
  let parsed: boolean;
  let right: boolean;
  let detail: string;
  if (isComputed(entry)) {
    parsed = result.success;
    if (result.success) {
      const got = lastDayOf(result.data, entry);
      right = got.ok && got.day === entry.lastDay;
      detail = got.ok ? `computed ${got.day}, expected ${entry.lastDay}` : `computeDeadline threw ${got.why}`;
    } else {
      right = false;
      detail = `rejected: ${result.error.code} at ${String(result.error.issues[0]?.params["index"])}`;
    }
  } else {
    parsed = !result.success;
    right = parsed;
    detail = result.success ? `read as ${result.data.kind}, expected a rejection (${entry.reason})` : "rejected as expected";
  }
  if (find === undefined) return { entry, parsed, right, detail };
  const start = entry.sentence.indexOf(entry.phrase);
  const end = start + entry.phrase.length;
  let matches: readonly Match[] = [];
  try {
    matches = find(entry.sentence);
  } catch {
    matches = [];
  }
  const overlapping = matches.filter((m) => m.index < end && m.end > start);
  if (!isComputed(entry)) return { entry, parsed, right, found: overlapping.length === 0, foundRight: overlapping.length === 0, detail };
  const foundRight = overlapping.some((m) => {
    const got = lastDayOf(m.rule, entry);
    return got.ok && got.day === entry.lastDay;
  });
  return { entry, parsed, right, found: overlapping.length > 0, foundRight, detail };
}

const percent = (n: number, total: number): string => (total === 0 ? "—" : `${((100 * n) / total).toFixed(1)} %`);

/** The table of one corpus file, by form, with a total row. */
export function reportTable(name: string, entries: readonly SentenceEntry[], find: FindDeadlines | undefined): { table: string; outcomes: Outcome[] } {
  const outcomes = entries.map((e) => judge(e, find));
  const forms = [...new Set(entries.map((e) => e.form))].sort();
  const head = ["form", "n", "parsed", "right", ...(find === undefined ? [] : ["found", "found ok"])];
  const lines = [`${name}: ${entries.length} entries from ${new Set(entries.map((e) => e.source.doc)).size} documents`, `| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  const row = (label: string, group: readonly Outcome[]): string => {
    const cells = [label, String(group.length), percent(group.filter((o) => o.parsed).length, group.length), percent(group.filter((o) => o.right).length, group.length)];
    if (find !== undefined) cells.push(percent(group.filter((o) => o.found === true).length, group.length), percent(group.filter((o) => o.foundRight === true).length, group.length));
    return `| ${cells.join(" | ")} |`;
  };
  for (const form of forms) lines.push(row(form, outcomes.filter((o) => o.entry.form === form)));
  lines.push(row("all", outcomes));
  return { table: lines.join("\n"), outcomes };
}

function main(): void {
  const find = findDeadlinesOf(library as unknown as Record<string, unknown>);
  const list = process.argv.includes("--list");
  console.log(find === undefined ? "findDeadlines: not in this version of the library (found columns left out)\n" : "findDeadlines: present\n");
  for (const [name, entries] of [["real.ts", REAL], ["heldout.ts", HELDOUT], ["heldout2.ts", HELDOUT2], ["heldout3.ts", HELDOUT3], ["heldout4.ts", HELDOUT4], ["heldout5.ts", HELDOUT5], ["heldout6.ts", HELDOUT6], ["heldout7.ts", HELDOUT7], ["heldout8.ts", HELDOUT8], ["heldout9.ts", HELDOUT9], ["heldout10.ts", HELDOUT10], ["heldout11.ts", HELDOUT11], ["heldout12.ts", HELDOUT12], ["heldout13.ts", HELDOUT13], ["heldout14.ts", HELDOUT14], ["heldout15.ts", HELDOUT15], ["heldout16.ts", HELDOUT16], ["heldout17.ts", HELDOUT17], ["heldout18.ts", HELDOUT18], ["heldout19.ts", HELDOUT19], ["heldout20.ts", HELDOUT20], ["heldout21.ts", HELDOUT21], ["heldout22.ts", HELDOUT22], ["heldout23.ts", HELDOUT23], ["heldout24.ts", HELDOUT24], ["heldout25.ts", HELDOUT25], ["heldout26.ts", HELDOUT26], ["heldout27.ts", HELDOUT27]] as const) {
    const { table, outcomes } = reportTable(name, entries, find);
    console.log(`${table}\n`);
    if (list) {
      for (const o of outcomes.filter((x) => !x.right)) console.log(`  ${o.entry.id} [${o.entry.form}] «${o.entry.phrase}»: ${o.detail}`);
      console.log("");
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
