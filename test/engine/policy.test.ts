import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import { InvalidInputError } from "../../src/errors.js";
import { planWith } from "./_plans.js";

const yearly = { kind: "recurring", id: "KT", title: "Nộp sáng kiến", owner: "vp", deadline: "chậm nhất trước ngày 5/01 hằng năm", completedBy: "submitted" };
const asOf = "2024-01-10";

describe("evaluate(plan, events, { asOf, policy }): the call's policy over the plan's and the obligation's", () => {
  it("'trước ngày 5/01' reads strictly by default (last day 04/01) and inclusively (05/01) when the call says beforeDate: \"inclusive\"", () => {
    expect(evaluate(planWith(yearly), [], { asOf }).findings[0]).toMatchObject({ lastDay: "2024-01-04" });
    const e = evaluate(planWith(yearly), [], { asOf, policy: { beforeDate: "inclusive" } });
    expect(e.findings[0]).toMatchObject({ lastDay: "2024-01-05" });
    expect(e.findings[0]?.policy.beforeDate).toBe("inclusive");
  });

  it("plan < obligation < call: the call wins over both, and what it does not name is left to them", () => {
    const plan = planWith({ ...yearly, policy: { beforeDate: "inclusive" } }, { policy: { beforeDate: "strict", rollForward: false } });
    expect(evaluate(plan, [], { asOf }).findings[0]?.policy).toMatchObject({ beforeDate: "inclusive", rollForward: false });
    expect(evaluate(plan, [], { asOf, policy: { beforeDate: "strict" } }).findings[0]).toMatchObject({ lastDay: "2024-01-04", policy: { beforeDate: "strict", rollForward: false } });
  });

  it("a bad call policy is an invalid_option at options.policy, listed with the other option problems", () => {
    let caught: unknown;
    try {
      evaluate(planWith(yearly), [], { asOf, policy: { beforeDate: "maybe" } as never, locale: "fr" as never });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    const issues = (caught as InvalidInputError).issues;
    expect(issues.some((i) => i.code === "invalid_option" && i.path[0] === "options" && i.path[1] === "policy")).toBe(true);
    expect(issues.some((i) => i.path[1] === "locale")).toBe(true);
  });
});
