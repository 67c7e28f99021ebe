/**
 * evaluate's scaling: a generated plan of 50 obligations over 20 units and 250k, 500k and 1M
 * generated events. Each size runs in a child process so that its peak memory is its own.
 *
 *   node --expose-gc --import tsx test/bench/evaluate.ts          # all sizes
 *   node --expose-gc --import tsx test/bench/evaluate.ts 1000000  # one size (what the children run)
 *   node --import tsx test/bench/evaluate.ts recurring             # recurring rules over long spans
 *
 * Prints, per size: the time of `evaluate` alone (best of 3 runs after a warm-up), the peak RSS of
 * the process (events included) and the heap retained by the evaluation; at 1M events, whether the
 * target (at most 2 s and 1 GiB peak RSS on a 2-core machine) is met.
 */
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { evaluate } from "../../src/engine/index.js";
import { parsePlan } from "../../src/schema/index.js";
import type { Event } from "../../src/schema/event.js";
import type { PlanInput } from "../../src/schema/plan.js";
import { rng, vnInstant } from "../_helpers.js";

const UNITS = Array.from({ length: 20 }, (_, i) => ({ id: `u${String(i + 1).padStart(2, "0")}`, name: `Đơn vị ${i + 1}` }));
const PHRASES = [
  "chậm nhất 3 ngày kể từ ngày ban hành",
  "trong 10 ngày kể từ khi UBND TP ban hành",
  "trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ",
  "trong 15 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ",
  "không quá 20 ngày kể từ ngày nhận được văn bản",
];

/** 50 obligations: 30 triggered, 8 dated, 5 derived, 4 recurring, 3 quotas. */
export function benchPlan(): PlanInput {
  const obligations: Record<string, unknown>[] = [];
  for (let i = 0; i < 30; i++) {
    obligations.push({
      kind: "triggered",
      id: `T${i}`,
      title: `Nhiệm vụ theo sự kiện ${i}`,
      owner: UNITS.map((u) => u.id),
      trigger: { type: `open_${i}` },
      deadline: PHRASES[i % PHRASES.length],
      completedBy: `done_${i}`,
      ...(i % 3 === 0 ? { pause: `pause_${i}`, resume: `resume_${i}`, extensions: { events: `extend_${i}`, max: 1 } } : {}),
      ...(i % 5 === 0 ? { target: { deadline: "chậm nhất 2 ngày trước thời hạn quy định (trừ trường hợp hỏa tốc trong 24h)" } } : {}),
    });
  }
  for (let i = 0; i < 8; i++) {
    obligations.push({ kind: "dated", id: `D${i}`, title: `Nhiệm vụ được giao ${i}`, owner: UNITS.map((u) => u.id), trigger: { type: `assign_${i}` }, cap: "không quá 90 ngày", completedBy: `report_${i}` });
  }
  for (let i = 0; i < 5; i++) {
    obligations.push({ kind: "derived", id: `X${i}`, title: `Hệ quả ${i}`, source: { obligation: `T${i}`, on: i % 2 === 0 ? "late" : "done" }, deadline: "chậm nhất 3 ngày từ ngày phát sinh", completedBy: `follow_${i}` });
  }
  for (let i = 0; i < 4; i++) {
    obligations.push({ kind: "recurring", id: `R${i}`, title: `Báo cáo định kỳ ${i}`, owner: UNITS[i]?.id, deadline: i % 2 === 0 ? "ngày 10 hàng tháng" : "trước ngày 20 của tháng cuối quý", completedBy: `periodic_${i}` });
  }
  for (let i = 0; i < 3; i++) {
    obligations.push({ kind: "quota", id: `Q${i}`, title: `Định mức ${i}`, owner: UNITS[i]?.id, counts: { type: `post_${i}` }, quota: "tối thiểu 1 ngày 1 văn bản" });
  }
  return { id: "bench", title: "Kế hoạch đo tốc độ", start: "2024-01-01", units: UNITS, obligations: obligations as never };
}

const YEAR_START = Date.UTC(2024, 0, 1) - 7 * 3_600_000;
const at = vnInstant;

/** About `count` events over 2024: pairs of opening and completion events, some clock control, periodic and quota events. */
export function benchEvents(count: number, seed = 1): Event[] {
  const random = rng(seed);
  // As read from a JSON file or an HTTP body: flat strings, plain objects. Round-tripped through
  // JSON in chunks, so that the generator's own garbage (a 100 MB JSON string at 1M events) does
  // not set the process's peak memory; the events are the same as a single round trip gives.
  const events: Event[] = [];
  let pending: Event[] = [];
  const flush = (): void => {
    for (const e of JSON.parse(JSON.stringify(pending)) as Event[]) if (events.length < count) events.push(e);
    pending = [];
  };
  const span = 340 * 86_400_000;
  let n = 0;
  const push = (type: string, ms: number, extra: Partial<Event> = {}): void => {
    n += 1;
    pending.push({ id: `e${n}`, type, at: at(ms), ...extra });
    if (pending.length >= 10_000) flush();
  };
  while (events.length + pending.length < count) {
    const r = random();
    const t0 = YEAR_START + Math.floor(random() * span);
    const unit = UNITS[Math.floor(random() * 20)]?.id as string;
    if (r < 0.8) {
      const i = Math.floor(random() * 30);
      const subject = `S${n}`;
      push(`open_${i}`, t0, { subject, unit });
      if (i % 3 === 0 && random() < 0.2) {
        push(`pause_${i}`, t0 + 2 * 86_400_000, { subject });
        push(`resume_${i}`, t0 + 5 * 86_400_000, { subject });
      }
      if (random() < 0.9) push(`done_${i}`, t0 + Math.floor(random() * 25 * 86_400_000), { subject });
      if (i < 5 && random() < 0.5) push(`follow_${i}`, t0 + 20 * 86_400_000, { subject });
    } else if (r < 0.95) {
      const i = Math.floor(random() * 8);
      const subject = `S${n}`;
      const due = at(t0 + Math.floor(random() * 30 * 86_400_000)).slice(0, 10);
      push(`assign_${i}`, t0, random() < 0.8 ? { subject, unit, deadline: due } : { subject, unit });
      push(`report_${i}`, t0 + Math.floor(random() * 40 * 86_400_000), { subject });
    } else if (r < 0.97) {
      push(`periodic_${Math.floor(random() * 4)}`, t0);
    } else {
      push(`post_${Math.floor(random() * 3)}`, t0);
    }
  }
  flush();
  return events;
}

const ASOF = "2024-12-31T17:00:00+07:00";

function runOne(size: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const plan = parsePlan(benchPlan());
  const events = benchEvents(size);
  evaluate(plan, benchEvents(5_000, 7), { asOf: ASOF }); // warm-up
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let best = Number.POSITIVE_INFINITY;
  let kept: ReturnType<typeof evaluate> | undefined;
  for (let run = 0; run < 3; run++) {
    kept = undefined;
    gc?.();
    const t = performance.now();
    kept = evaluate(plan, events, { asOf: ASOF });
    best = Math.min(best, performance.now() - t);
  }
  gc?.();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  const peak = process.resourceUsage().maxRSS / 1024;
  const e = kept as ReturnType<typeof evaluate>;
  const line = [
    `${size.toLocaleString("en-US").padStart(9)} events`,
    `${(best / 1000).toFixed(2)} s`,
    `peak RSS ${peak.toFixed(0)} MiB`,
    `evaluation retained ${(retained / 1048576).toFixed(0)} MiB`,
    `${e.findings.length.toLocaleString("en-US")} findings`,
    `${e.accounting.used.length.toLocaleString("en-US")} used + ${e.accounting.ignored.length.toLocaleString("en-US")} ignored`,
  ].join(" | ");
  process.stdout.write(`${line}\n`);
  if (size === TARGET.events) {
    const timeOk = best / 1000 <= TARGET.seconds;
    const memoryOk = peak <= TARGET.peakMiB;
    process.stdout.write(
      `target at ${TARGET.events.toLocaleString("en-US")} events (${TARGET.seconds} s, ${TARGET.peakMiB} MiB peak RSS, ${TARGET.cores} cores; this machine: ${availableParallelism()}): ` +
        `time ${timeOk ? "met" : "NOT met"} (${(best / 1000).toFixed(2)} s), memory ${memoryOk ? "met" : "NOT met"} (${peak.toFixed(0)} MiB)\n`,
    );
  }
}

/**
 * Recurring rules listed over long spans, without events: an RRULE FREQ=DAILY over nine years and
 * "trước 16 giờ hằng ngày" over one year (their occurrences are listed window by window, the RRULE
 * expanded once per window). Best of 3 after a warm-up.
 */
function runRecurring(): void {
  const cases: readonly [string, unknown, string, string][] = [
    ["RRULE FREQ=DAILY, 2015-01-01 → 2023-12-31", { kind: "rrule", rrule: "FREQ=DAILY", bound: "by" }, "2015-01-01", "2023-12-31"],
    ['"trước 16 giờ hằng ngày", 2024', "trước 16 giờ hằng ngày", "2024-01-01", "2024-12-31"],
  ];
  for (const [label, deadline, start, asOf] of cases) {
    const plan = parsePlan({ id: "r", title: "Định kỳ", start, units: UNITS.slice(0, 1), obligations: [{ kind: "recurring", id: "R", title: "Báo cáo", owner: "u01", deadline, completedBy: "filed" }] } as PlanInput);
    evaluate(plan, [], { asOf: start });
    let best = Number.POSITIVE_INFINITY;
    let findings = 0;
    for (let run = 0; run < 3; run++) {
      const t = performance.now();
      findings = evaluate(plan, [], { asOf }).findings.length;
      best = Math.min(best, performance.now() - t);
    }
    process.stdout.write(`${label.padEnd(48)} ${findings.toLocaleString("en-US").padStart(6)} occurrences | ${best.toFixed(0)} ms\n`);
  }
}

/** The target: 1M events in at most 2 s and 1 GiB peak RSS (events included) on a 2-core machine. */
const TARGET = { events: 1_000_000, seconds: 2, peakMiB: 1024, cores: 2 } as const;

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
const arg = process.argv[2];
if (!isMain) {
  // imported (profiling, tests): generators only
} else if (arg === "recurring") runRecurring();
else if (arg !== undefined) runOne(Number(arg));
else {
  const self = fileURLToPath(import.meta.url);
  for (const size of [250_000, 500_000, 1_000_000]) {
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", self, String(size)], { stdio: "inherit" });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  }
  process.stdout.write("\nrecurring obligations over long spans (no events):\n");
  const r = spawnSync(process.execPath, ["--import", "tsx", self, "recurring"], { stdio: "inherit" });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
