import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar, evaluate, parsePlan, safeParseDeadline, safeParsePlan, summarize, ThoihanError, type Issue } from "../../src/index.js";
import { eventLogArb } from "../../src/testing/index.js";
import { seedPlan } from "../engine/_plans.js";

/**
 * Linear time on growing input, measured as a ratio: the best of several runs on an input FACTOR
 * times larger over the best on the smaller one, both in the same process one after the other.
 * Linear work gives about FACTOR, quadratic FACTOR²; the bound is 3 × FACTOR, generous for a shared
 * machine and still far below FACTOR² (64).
 */
const FACTOR = 8;
const BOUND = 3 * FACTOR;

function best(fn: () => unknown, runs = 5): number {
  fn();
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

function growth(make: (n: number) => () => unknown, n: number): number {
  const small = make(n);
  const large = make(n * FACTOR);
  return best(large) / Math.max(best(small), 0.05);
}

const unit = { id: "vp", name: "Văn phòng" };
const head = { kind: "triggered", id: "o0", title: "Hồ sơ", owner: "vp", trigger: { type: "received" }, deadline: "trong 3 ngày", completedBy: "returned" };
const derived = (i: number, from: number) => ({ kind: "derived", id: `o${i}`, title: "Thư xin lỗi", owner: "vp", source: { obligation: `o${from}`, on: "late" }, deadline: "trong 3 ngày", completedBy: "apology" });
const planOf = (obligations: unknown[]) => ({ id: "p", title: "Kế hoạch", start: "2024-01-01", units: [unit], obligations });

const seed = parsePlan(seedPlan());
const logOf = (n: number): unknown[] => [...(fc.sample(eventLogArb(seed, { from: "2024-01-01", to: "2024-12-31", minEvents: n, maxEvents: n }), { seed: 7, numRuns: 1 })[0] ?? [])];

describe("fuzz: time grows linearly with the input (ratio of best times, input ×8)", () => {
  it.each([
    ["parsePlan: a chain of derived obligations", (n: number) => { const p = planOf([head, ...Array.from({ length: n }, (_, i) => derived(i + 1, i))]); return () => parsePlan(p); }, 300],
    ["safeParsePlan: a cycle of derived obligations", (n: number) => { const p = planOf([head, ...Array.from({ length: n }, (_, i) => derived(i + 1, i === 0 ? n : i))]); return () => safeParsePlan(p); }, 300],
    ["safeParsePlan: every obligation with a bad phrase and a bad field", (n: number) => { const p = planOf(Array.from({ length: n }, (_, i) => ({ ...head, id: `o${i}`, title: i, deadline: "trong 3 ngàyy" }))); return () => safeParsePlan(p); }, 100],
    ["safeParseDeadline: a phrase with a long anchor, read 20 times", (n: number) => { const t = `trong 10 ngày kể từ ${"ngày nhận hồ sơ ".repeat(n)}`.trim(); return () => { for (let i = 0; i < 20; i++) safeParseDeadline(t); }; }, 15],
    ["evaluate: events of the seed plan", (n: number) => { const events = logOf(n); return () => evaluate(seed, events, { asOf: "2025-01-01T00:00:00+07:00" }); }, 500],
    ["summarize: the findings of an evaluation", (n: number) => { const e = evaluate(seed, logOf(n), { asOf: "2025-01-01T00:00:00+07:00" }); return () => summarize(e); }, 500],
    ["createCalendar: days off", (n: number) => { const off = Array.from({ length: n }, (_, i) => ({ date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), name: "Nghỉ" })); return () => createCalendar({ daysOff: off }).isWorkingDay("2024-01-02"); }, 1000],
    ["ThoihanError: a message of many issues", (n: number) => { const issues: Issue[] = Array.from({ length: n }, (_, i) => ({ code: "unknown_key", path: ["obligations", i, "x".repeat(50)], params: { key: "x".repeat(50) } })); return () => new ThoihanError(issues).format("en"); }, 500],
  ] as const)("%s", (_name, make, n) => {
    const ratio = growth(make as (n: number) => () => unknown, n);
    if (process.env["FUZZ_REPORT"] !== undefined) process.stderr.write(`growth ×${FACTOR} ${_name}: ${ratio.toFixed(1)}\n`);
    expect(ratio).toBeLessThan(BOUND);
  });
});
