/**
 * The command's streaming path: `thoihan evaluate plan.json events.ndjson` on 1,000,000 generated
 * events (the plan and events of the evaluate benchmark), each mode in its own process so that its
 * peak RSS is its own, best of 2 runs (wall time and CPU time, which a loaded machine inflates less):
 *
 * - `stream`: the whole command (NDJSON read as a stream, evaluate, render a filtered CSV);
 * - `read`: the streaming read alone (events parsed, nothing evaluated);
 * - `whole-file`: the file read into one string, split and parsed, then evaluated: the path the
 *   streaming read replaces, for comparison of peak memory.
 *
 *   node --import tsx test/bench/ndjson.ts            # all modes, 1M events
 *   node --import tsx test/bench/ndjson.ts 200000     # another size
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/run.js";
import { processIo } from "../../src/cli/io.js";
import { readEvents } from "../../src/cli/readEvents.js";
import { evaluate } from "../../src/engine/index.js";
import { parsePlan } from "../../src/schema/index.js";
import { benchEvents, benchPlan } from "./evaluate.js";

const AS_OF = "2024-12-31T17:00:00+07:00";
const MODES = ["stream", "read", "whole-file"] as const;
type Mode = (typeof MODES)[number];

async function child(mode: Mode, planPath: string, eventsPath: string): Promise<void> {
  const t = performance.now();
  const cpuStart = process.cpuUsage();
  let detail = "";
  if (mode === "stream") {
    let bytes = 0;
    const io = { ...processIo(), stdout: (s: string) => void (bytes += s.length), stderrIsTty: false };
    const code = await runCli(["evaluate", planPath, eventsPath, "--as-of", AS_OF, "--status", "overdue", "--unit", "u01", "--format", "csv"], io);
    detail = `exit ${code}, ${bytes.toLocaleString("en-US")} characters of CSV`;
  } else if (mode === "read") {
    const events = await readEvents(eventsPath, processIo());
    detail = `${events.length.toLocaleString("en-US")} events parsed`;
  } else {
    const events = readFileSync(eventsPath, "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as unknown);
    const e = evaluate(parsePlan(JSON.parse(readFileSync(planPath, "utf8"))), events, { asOf: AS_OF });
    detail = `${e.findings.length.toLocaleString("en-US")} findings`;
  }
  const seconds = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakMiB: process.resourceUsage().maxRSS / 1024, detail }));
}

function main(size: number): void {
  const dir = mkdtempSync(join(tmpdir(), "thoihan-bench-"));
  try {
    const planPath = join(dir, "plan.json");
    const eventsPath = join(dir, "events.ndjson");
    writeFileSync(planPath, JSON.stringify(benchPlan()));
    const fd = openSync(eventsPath, "w");
    // Written in slices so that the generator's own memory stays small.
    const events = benchEvents(size);
    for (let i = 0; i < events.length; i += 50_000) writeSync(fd, `${events.slice(i, i + 50_000).map((e) => JSON.stringify(e)).join("\n")}\n`);
    closeSync(fd);
    const mib = statSync(eventsPath).size / 1048576;
    console.log(`  ${size.toLocaleString("en-US")} events, NDJSON file ${mib.toFixed(0)} MiB (best of 2 runs per mode, each in its own process):`);
    const self = fileURLToPath(import.meta.url);
    const best = new Map<Mode, { seconds: number; cpuSeconds: number; peakMiB: number; detail: string }>();
    for (let run = 0; run < 2; run++) {
      for (const mode of MODES) {
        const r = spawnSync(process.execPath, ["--max-old-space-size=4096", "--import", "tsx", self, "child", mode, planPath, eventsPath], { encoding: "utf8" });
        if (r.status !== 0) {
          process.stderr.write(r.stderr);
          process.exitCode = 1;
          return;
        }
        const m = JSON.parse(r.stdout) as { seconds: number; cpuSeconds: number; peakMiB: number; detail: string };
        const prev = best.get(mode);
        best.set(mode, prev === undefined ? m : { seconds: Math.min(prev.seconds, m.seconds), cpuSeconds: Math.min(prev.cpuSeconds, m.cpuSeconds), peakMiB: Math.min(prev.peakMiB, m.peakMiB), detail: m.detail });
      }
    }
    const label: Record<Mode, string> = {
      stream: "thoihan evaluate (stream read + evaluate + CSV)",
      read: "streaming read alone",
      "whole-file": "whole file read, then evaluate (for comparison)",
    };
    for (const mode of MODES) {
      const m = best.get(mode)!;
      console.log(`    ${label[mode].padEnd(52)} ${m.seconds.toFixed(2)} s (CPU ${m.cpuSeconds.toFixed(2)} s) | peak RSS ${m.peakMiB.toFixed(0)} MiB | ${m.detail}`);
    }
    const s = best.get("stream")!;
    const w = best.get("whole-file")!;
    console.log(`    peak RSS stream / whole file: ${(s.peakMiB / w.peakMiB).toFixed(2)}; the file is ${mib.toFixed(0)} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  if (process.argv[2] === "child") await child(process.argv[3] as Mode, process.argv[4] as string, process.argv[5] as string);
  else main(Number(process.argv[2] ?? 1_000_000));
}
