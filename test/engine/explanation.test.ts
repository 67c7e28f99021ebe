import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import { ev, UNITS } from "./_plans.js";

const dated = (id: string, extra: Record<string, unknown> = {}) => ({ kind: "dated", id, title: `Nhiệm vụ ${id}`, owner: "vp", trigger: { type: `${id}_assigned` }, completedBy: `${id}_done`, ...extra });
const plan = (obligations: unknown[]) => ({ id: "p", title: "Kế hoạch", start: "2024-01-01", units: [...UNITS], obligations }) as never;
const asOf = "2024-06-30";

describe("a finding's explanation, made when it is read", () => {
  const events = [
    ev("a_assigned", "2024-01-15T09:00:00+07:00", { subject: "rule" }),
    ev("a_done", "2024-01-20T09:00:00+07:00", { subject: "rule" }),
    ev("a_assigned", "2024-01-15T09:00:00+07:00", { subject: "stated", deadline: "2024-03-01T17:00:00+07:00" }),
  ];
  const e = evaluate(plan([dated("a", { otherwise: "trong 10 ngày làm việc" })]), events, { asOf });
  const rule = e.findings.find((f) => f.subject === "rule");
  const stated = e.findings.find((f) => f.subject === "stated");

  it("reads as { vi, en } to Object.keys, JSON, spreading, structuredClone and deep equality", () => {
    expect(e.findings).toHaveLength(2);
    for (const f of e.findings) {
      const lines = { vi: [...f.explanation.vi], en: [...f.explanation.en] };
      expect(lines.vi.length).toBeGreaterThan(0);
      expect(lines.en).toHaveLength(lines.vi.length);
      expect(Object.keys(f.explanation)).toEqual(["vi", "en"]);
      expect((JSON.parse(JSON.stringify(f)) as { explanation: unknown }).explanation).toEqual(lines);
      expect({ ...f }.explanation).toEqual(lines);
      expect({ ...f.explanation }).toEqual(lines);
      expect(structuredClone(f.explanation)).toEqual(lines);
      expect(f.explanation).toEqual(lines);
    }
  });

  it("deep equality compares the lines: two findings with different lines are not equal", () => {
    expect(rule?.explanation).not.toEqual(stated?.explanation);
  });

  it("gives the same lines at every read, in fresh arrays that a reader may change without changing the finding", () => {
    const first = rule?.explanation.en as string[];
    const again = rule?.explanation.en;
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    first.length = 0;
    expect(rule?.explanation.en.length).toBeGreaterThan(0);
  });

  it("the deadline an event states is explained by its instant, in both languages", () => {
    expect(stated?.endsAt).toBe("2024-03-01T17:00:00+07:00");
    expect(stated?.explanation).toEqual({ vi: ["Thời hạn ghi trong sự kiện: hết hạn lúc 2024-03-01T17:00:00+07:00."], en: ["Deadline stated by the event: late from 2024-03-01T17:00:00+07:00."] });
  });

  it("a computed deadline's trace sits between the opening steps and the completion step", () => {
    const en = rule?.explanation.en ?? [];
    const trace = en.findIndex((l) => l.includes("working day"));
    expect(trace).toBeGreaterThan(0);
    expect(en[0]).toContain("states no deadline");
    expect(en.at(-1)).toBe(`Completed at 2024-01-20 09:00 (event "${events[1]?.id ?? ""}").`);
  });
});
