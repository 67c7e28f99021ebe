/**
 * Golden outputs of the `thoihan` command on the seed example (examples/heza-2024), every command
 * run as a child process in Vietnamese and English: stdout (as lines), stderr and the exit code.
 * Regenerate with `npm run golden:update` and review the diff.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, it } from "vitest";
import { expectGolden } from "./_golden.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PLAN = "examples/heza-2024/plan.json";
const EVENTS = "examples/heza-2024/events.json";
// An instant: the outputs do not depend on what a bare date means as "as of".
const AS_OF = "2024-12-31T23:59:59+07:00";

const CASES: Record<string, readonly string[]> = {
  "deadline-explain": ["deadline", "chậm nhất 3 ngày kể từ ngày ban hành", "--from", "2024-02-07T16:20:00+07:00", "--explain"],
  "deadline-working-days": ["deadline", "trong 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "--from", "2024-04-26", "--format", "json"],
  "find-notice": ["find", "test/draft/fixtures/tb-01-2024-phu-luc.txt"],
  "find-unread": ["find", "test/draft/fixtures/tb-01-2024-phu-luc.txt", "--unread", "--format", "md"],
  "draft-notice": ["draft", "test/draft/fixtures/tb-01-2024-phu-luc.txt", "--start", "2024-01-01"],
  "calendar-2024": ["calendar", "2024"],
  "calendar-2025-ics": ["calendar", "2025", "--format", "ics"],
  "check-seed": ["check", PLAN],
  "evaluate-table": ["evaluate", PLAN, EVENTS, "--as-of", AS_OF, "--status", "late,overdue,open"],
  "evaluate-csv-late-july": ["evaluate", PLAN, EVENTS, "--as-of", AS_OF, "--status", "late,overdue", "--month", "2024-07", "--format", "csv"],
  "evaluate-md-unit": ["evaluate", PLAN, EVENTS, "--as-of", AS_OF, "--unit", "van-phong", "--format", "md"],
  "evaluate-ics": ["evaluate", PLAN, EVENTS, "--as-of", AS_OF, "--format", "ics"],
  "evaluate-json-fail-on": ["evaluate", PLAN, EVENTS, "--as-of", AS_OF, "--status", "overdue", "--unit", "phong-quy-hoach-xay-dung", "--format", "json", "--fail-on", "overdue"],
  "evaluate-what-if-inclusive": ["evaluate", PLAN, EVENTS, "--as-of", AS_OF, "--policy", "beforeDate=inclusive", "--status", "late", "--month", "2024-01"],
  "evaluate-missing-as-of": ["evaluate", PLAN, EVENTS],
  "score-md": ["score", PLAN, EVENTS, "--as-of", AS_OF, "--format", "md"],
  "compare-before-date-inclusive": ["compare", PLAN, EVENTS, "--as-of", AS_OF, "--policy", "beforeDate=inclusive"],
  // The seed's events as NDJSON on standard input.
  "evaluate-stdin-ndjson": ["evaluate", PLAN, "-", "--as-of", AS_OF, "--status", "overdue", "--format", "csv"],
};

/** What each case reads on standard input. */
const STDIN: Record<string, string> = {
  "evaluate-stdin-ndjson": (JSON.parse(readFileSync(`${ROOT}${EVENTS}`, "utf8")) as unknown[]).map((e) => JSON.stringify(e)).join("\n"),
};

interface Outcome {
  readonly args: readonly string[];
  readonly status: number | null;
  readonly stdout: readonly string[];
  readonly stderr: string;
}

/**
 * The command bundled from the sources as the package's build bundles it (one ES module; yaml
 * left out, as the optional peer), under node_modules/.cache so that it resolves packages as
 * the installed command does. A child then starts in a fraction of the time a TypeScript loader takes.
 */
const BUNDLE = fileURLToPath(new URL("../../node_modules/.cache/thoihan-test/cli.mjs", import.meta.url));

function runCommand(args: readonly string[], stdin?: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], { cwd: ROOT, env: { ...process.env, TZ: "America/Los_Angeles" }, stdio: [stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    if (stdin !== undefined) child.stdin?.end(stdin);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (status) => resolve({ args, status, stdout: Buffer.concat(out).toString("utf8").split("\n"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

const results = new Map<string, Outcome>();

beforeAll(async () => {
  await build({ entryPoints: [`${ROOT}src/cli/main.ts`], bundle: true, platform: "node", format: "esm", target: "node20", outfile: BUNDLE, external: ["yaml"], logLevel: "error" });
  const jobs = Object.entries(CASES).flatMap(([name, args]) => [
    [`${name}.vi`, args, STDIN[name]],
    [`${name}.en`, [...args, "--lang", "en"], STDIN[name]],
  ] as const);
  // Two at a time (a 2-core machine).
  for (let i = 0; i < jobs.length; i += 2) {
    const batch = jobs.slice(i, i + 2);
    const outcomes = await Promise.all(batch.map(([, args, stdin]) => runCommand(args, stdin)));
    batch.forEach(([name], k) => results.set(name, outcomes[k] as Outcome));
  }
}, 300_000);

describe("thoihan command (golden, seed example)", () => {
  for (const name of Object.keys(CASES)) {
    for (const lang of ["vi", "en"] as const) {
      it(`${name} (${lang})`, () => {
        expectGolden(`cli/${name}.${lang}.json`, results.get(`${name}.${lang}`));
      });
    }
  }
});
