import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar, evaluate, parsePlan, safeParseDeadline, safeParsePlan, summarize, ThoihanError, type Issue } from "../../src/index.js";
import { eventLogArb } from "../../src/testing/index.js";
import { seedPlan } from "../engine/_plans.js";

/**
 * Linear time on growing input, measured as a ratio: the best of five runs on an input FACTOR
 * times larger over the best on the smaller one, the two interleaved in one process so that the
 * load of a shared machine falls on both. Linear work gives about FACTOR, quadratic FACTOR² (256);
 * the bound is 4 × FACTOR, room for a burst of load fourfold. A ratio over the bound is measured again (up to three times) before the
 * test fails, since a burst of load can only make one measurement look worse, never a quadratic
 * cost look linear.
 */
const FACTOR = 16;
const BOUND = 4 * FACTOR;

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function growth(make: (n: number) => () => unknown, n: number): number {
  const small = make(n);
  const large = make(n * FACTOR);
  small();
  large();
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    bestSmall = Math.min(bestSmall, time(small));
    bestLarge = Math.min(bestLarge, time(large));
  }
  return bestLarge / Math.max(bestSmall, 0.05);
}

function steadyGrowth(make: (n: number) => () => unknown, n: number): number {
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && ratio >= BOUND; attempt++) ratio = Math.min(ratio, growth(make, n));
  return ratio;
}

const unit = { id: "vp", name: "Văn phòng" };
const head = { kind: "triggered", id: "o0", title: "Hồ sơ", owner: "vp", trigger: { type: "received" }, deadline: "trong 3 ngày", completedBy: "returned" };
const derived = (i: number, from: number) => ({ kind: "derived", id: `o${i}`, title: "Thư xin lỗi", owner: "vp", source: { obligation: `o${from}`, on: "late" }, deadline: "trong 3 ngày", completedBy: "apology" });
const planOf = (obligations: unknown[]) => ({ id: "p", title: "Kế hoạch", start: "2024-01-01", units: [unit], obligations });

const seed = parsePlan(seedPlan());
const logOf = (n: number): unknown[] => [...(fc.sample(eventLogArb(seed, { from: "2024-01-01", to: "2024-12-31", minEvents: n, maxEvents: n }), { seed: 7, numRuns: 1 })[0] ?? [])];

describe("fuzz: time grows linearly with the input (ratio of best times, input ×16, bound 64)", () => {
  it.each([
    ["parsePlan: a chain of derived obligations", (n: number) => { const p = planOf([head, ...Array.from({ length: n }, (_, i) => derived(i + 1, i))]); return () => parsePlan(p); }, 300],
    ["safeParsePlan: a cycle of derived obligations", (n: number) => { const p = planOf([head, ...Array.from({ length: n }, (_, i) => derived(i + 1, i === 0 ? n : i))]); return () => safeParsePlan(p); }, 300],
    ["safeParsePlan: every obligation with a bad phrase and a bad field", (n: number) => { const p = planOf(Array.from({ length: n }, (_, i) => ({ ...head, id: `o${i}`, title: i, deadline: "trong 3 ngàyy" }))); return () => safeParsePlan(p); }, 60],
    ["safeParseDeadline: a phrase with a long anchor, read 20 times", (n: number) => { const t = `trong 10 ngày kể từ ${"ngày nhận hồ sơ ".repeat(n)}`.trim(); return () => { for (let i = 0; i < 20; i++) safeParseDeadline(t); }; }, 7],
    ["evaluate: events of the seed plan", (n: number) => { const events = logOf(n); return () => evaluate(seed, events, { asOf: "2025-01-01T00:00:00+07:00" }); }, 500],
    ["summarize: the findings of an evaluation", (n: number) => { const e = evaluate(seed, logOf(n), { asOf: "2025-01-01T00:00:00+07:00" }); return () => summarize(e); }, 500],
    ["createCalendar: days off", (n: number) => { const off = Array.from({ length: n }, (_, i) => ({ date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), name: "Nghỉ" })); return () => createCalendar({ daysOff: off }).isWorkingDay("2024-01-02"); }, 500],
    ["ThoihanError: a message of many issues", (n: number) => { const issues: Issue[] = Array.from({ length: n }, (_, i) => ({ code: "unknown_key", path: ["obligations", i, "x".repeat(50)], params: { key: "x".repeat(50) } })); return () => new ThoihanError(issues).format("en"); }, 200],
  ] as const)("%s", (_name, make, n) => {
    const ratio = steadyGrowth(make as (n: number) => () => unknown, n);
    if (process.env["FUZZ_REPORT"] !== undefined) process.stderr.write(`growth ×${FACTOR} ${_name}: ${ratio.toFixed(1)}\n`);
    expect(ratio).toBeLessThan(BOUND);
  });
});
