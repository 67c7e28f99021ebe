import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import { InvalidInputError } from "../../src/errors.js";
import { parsePlan } from "../../src/schema/index.js";
import { ev, UNITS } from "./_plans.js";

const dated = (id: string, extra: Record<string, unknown> = {}) => ({ kind: "dated", id, title: `Nhiệm vụ ${id}`, owner: "vp", trigger: { type: `${id}_assigned` }, completedBy: `${id}_done`, ...extra });
const plan = (extra: Record<string, unknown>, obligations: unknown[]) => ({ id: "p", title: "Kế hoạch", start: "2024-01-01", units: [...UNITS], obligations, ...extra }) as never;
const asOf = "2024-06-30";

describe("a plan-level otherwise for dated tasks whose event states no deadline", () => {
  it("'trong 30 ngày' once on the plan dates the tasks of every dated obligation without their own (assigned Mon 15/01/2024: 30 days end Wed 14/02, the last day of Tết, rolled to Thu 15/02 by BLDS Đ.148.5)", () => {
    const p = plan({ otherwise: "trong 30 ngày" }, [dated("a"), dated("b")]);
    const e = evaluate(p, [ev("a_assigned", "2024-01-15T09:00:00+07:00", { subject: "x" }), ev("b_assigned", "2024-01-15T09:00:00+07:00", { subject: "y" })], { asOf });
    expect(e.findings.map((f) => [f.key, f.lastDay, f.status])).toEqual([
      ["a:x", "2024-02-15", "overdue"],
      ["b:y", "2024-02-15", "overdue"],
    ]);
    expect(e.findings[0]?.explanation.en.join(" ")).toContain("states no deadline: the plan's deadline applies");
  });

  it("an obligation's own otherwise wins over the plan's, and an event's own deadline over both", () => {
    const p = plan({ otherwise: "trong 30 ngày" }, [dated("a", { otherwise: "trong 10 ngày" })]);
    const e = evaluate(p, [ev("a_assigned", "2024-01-15T09:00:00+07:00", { subject: "x" }), ev("a_assigned", "2024-01-15T09:00:00+07:00", { subject: "z", deadline: "2024-03-01" })], { asOf });
    expect(e.findings.map((f) => [f.key, f.lastDay])).toEqual([
      ["a:x", "2024-01-25"],
      ["a:z", "2024-03-01"],
    ]);
  });

  it("without one, such a task stays undated (never judged)", () => {
    const e = evaluate(plan({}, [dated("a")]), [ev("a_assigned", "2024-01-15T09:00:00+07:00", { subject: "x" })], { asOf });
    expect(e.findings.map((f) => f.status)).toEqual(["undated"]);
  });

  it("a plan-level otherwise that is not a phrase or not counted from the event is reported at path otherwise, with the other problems", () => {
    for (const otherwise of ["trong 30 ngàyy", "ngày 10 hằng tháng"]) {
      let caught: unknown;
      try {
        parsePlan(plan({ otherwise }, [dated("a")]));
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidInputError);
      expect((caught as InvalidInputError).issues.some((i) => i.path[0] === "otherwise")).toBe(true);
    }
  });
});
