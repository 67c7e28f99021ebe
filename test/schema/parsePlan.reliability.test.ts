import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/errors.js";
import { safeParsePlan } from "../../src/schema/index.js";

const head = { kind: "triggered", id: "o0", title: "Hồ sơ", owner: "vp", trigger: { type: "received" }, deadline: "trong 3 ngày", completedBy: "returned" };
const derived = (id: string, from: string) => ({ kind: "derived", id, title: id, owner: "vp", source: { obligation: from, on: "late" }, deadline: "trong 3 ngày", completedBy: "apology" });
const plan = (obligations: unknown[]) => ({ id: "p", title: "Kế hoạch", start: "2024-01-01", units: [{ id: "vp", name: "Văn phòng" }], obligations });

function issuesOf(input: unknown): Issue[] {
  const r = safeParsePlan(input);
  if (r.success) throw new Error("expected failure");
  return [...r.error.issues];
}

describe("parsePlan: reference checks on long chains of derived obligations", () => {
  it("accepts a chain of 12,000 derived obligations, each opened by the one before (was cubic: minutes)", () => {
    const obligations: unknown[] = [head];
    for (let i = 1; i <= 12_000; i++) obligations.push(derived(`o${i}`, `o${i - 1}`));
    const r = safeParsePlan(plan(obligations));
    expect(r.success).toBe(true);
    expect(r.success && r.data.obligations.length).toBe(12_001);
  });

  it("rejects a cycle of 5,000 derived obligations once, at the obligation where the walk re-enters it, naming all of them", () => {
    const n = 5_000;
    const obligations: unknown[] = [head];
    for (let i = 1; i <= n; i++) obligations.push(derived(`o${i}`, i === 1 ? `o${n}` : `o${i - 1}`));
    const cycles = issuesOf(plan(obligations)).filter((i) => i.code === "reference_cycle");
    expect(cycles).toHaveLength(1);
    const [cycle] = cycles as [Issue];
    // the walk starts at the smallest id in string order ("o1"), follows sources o1 → o5000 → … → o2 → o1
    expect(cycle.path).toEqual(["obligations", 1, "source", "obligation"]);
    const ids = cycle.params["ids"] as string[];
    expect(ids).toHaveLength(n + 1);
    expect(ids[0]).toBe("o1");
    expect(ids[1]).toBe(`o${n}`);
    expect(ids[n]).toBe("o1");
    expect(new Set(ids).size).toBe(n);
  });

  it("reports a cycle reached from a tail of obligations once, with the tail left out", () => {
    // t1 → t2 → c1 → c2 → c1: the cycle is c1, c2; t1 and t2 only point into it
    const obligations = [head, derived("t1", "t2"), derived("t2", "c1"), derived("c1", "c2"), derived("c2", "c1"), derived("u", "c2")];
    const cycles = issuesOf(plan(obligations)).filter((i) => i.code === "reference_cycle");
    expect(cycles).toEqual([{ code: "reference_cycle", path: ["obligations", 3, "source", "obligation"], params: { kind: "obligation", ids: ["c1", "c2", "c1"] } }]);
  });

  it("reports two separate cycles each once", () => {
    const obligations = [head, derived("a", "b"), derived("b", "a"), derived("x", "y"), derived("y", "z"), derived("z", "x")];
    const cycles = issuesOf(plan(obligations)).filter((i) => i.code === "reference_cycle");
    expect(cycles.map((c) => c.params["ids"])).toEqual([["a", "b", "a"], ["x", "y", "z", "x"]]);
  });
});
