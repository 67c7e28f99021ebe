/**
 * `npm run bench`: the calendar benchmark against numpy and date-fns, then evaluate's scaling, then
 * scoring's cost, then the agency plan's ratio to JSON.parse. `npm run bench -- agency` runs only the last.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runCalendarBench } from "./calendar.js";

/** The agency plan at 1M events (evaluate ÷ JSON.parse of the same events), in its own process. */
function agencyBench(): void {
  console.log("\nevaluate on an agency plan of 48 obligations and 20 units, as a ratio to JSON.parse of its events:");
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=4096", "--import", "tsx", fileURLToPath(new URL("./agency.ts", import.meta.url))], { stdio: "inherit" });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}

if (process.argv[2] === "agency") {
  agencyBench();
  process.exit();
}

const fmt = (v: number | string) => (typeof v === "number" ? v.toFixed(v < 10 ? 2 : 1) : v);

console.log("thoihan benchmark — node", process.version, "\n");
console.log("Working-day arithmetic, 1,000,000 random operations in 2019–2026 (best of several runs):");
for (const [k, v] of Object.entries(runCalendarBench())) console.log(`  ${k.padEnd(72)} ${fmt(v)}`);

await import("./findDeadlines.js").then((bench) => bench.printFindBench());

// evaluate runs in its own process so that its peak memory is its own.
const evaluateBench = fileURLToPath(new URL("./evaluate.ts", import.meta.url));
if (existsSync(evaluateBench)) {
  console.log("\nevaluate, generated plan of 50 obligations and 20 units:");
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=4096", "--import", "tsx", evaluateBench], { stdio: "inherit" });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}

// scoring's cost, in its own process: the same plan with a 100-node criteria tree
const scoringBench = fileURLToPath(new URL("./scoring.ts", import.meta.url));
if (existsSync(scoringBench)) {
  console.log("\nscoring, the same plan with a 100-node criteria tree:");
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=4096", "--import", "tsx", scoringBench], { stdio: "inherit" });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
// The command's NDJSON streaming path at 1M events (time, peak RSS), each mode in its own process.
if (existsSync(fileURLToPath(new URL("./ndjson.ts", import.meta.url)))) { console.log("\nthoihan evaluate on an NDJSON event log:"); const r = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./ndjson.ts", import.meta.url))], { stdio: "inherit" }); if (r.status !== 0) process.exitCode = r.status ?? 1; }

agencyBench();
