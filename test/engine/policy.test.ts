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

describe("occurrence keys do not depend on the policy or the calendar", () => {
  const quarterly = { kind: "recurring", id: "KH431", title: "Báo cáo quý", owner: "vp", deadline: "trước ngày 03/3/2024, 03/6/2024, 03/9/2024", completedBy: "report_sent" };

  it("'trước ngày 03/3/2024 …' read strictly (last day 02/03) or inclusively (03/03) keeps the key KH431:2024-03-03, so a what-if shows a change, not a removal and an addition", () => {
    const strict = evaluate(planWith(quarterly), [], { asOf: "2024-12-31" }).findings;
    const inclusive = evaluate(planWith(quarterly), [], { asOf: "2024-12-31", policy: { beforeDate: "inclusive" } }).findings;
    expect(strict.map((f) => f.key)).toEqual(["KH431:2024-03-03", "KH431:2024-06-03", "KH431:2024-09-03"]);
    expect(inclusive.map((f) => f.key)).toEqual(strict.map((f) => f.key));
    expect(strict.map((f) => f.lastDay)).toEqual(["2024-03-02", "2024-06-02", "2024-09-02"]);
    expect(inclusive.map((f) => f.lastDay)).toEqual(["2024-03-03", "2024-06-03", "2024-09-03"]);
  });

  it("a weekly report rolled over a day off keeps the ISO week it names: with rollFixedDates, Monday 06/05/2024 made a day off by the plan rolls to Tue 07/05 and stays T:2024-W19", () => {
    const weekly = { kind: "recurring", id: "T", title: "Giao ban tuần", owner: "vp", deadline: "chậm nhất thứ Hai hằng tuần", completedBy: "met" };
    const policy = { rollFixedDates: true };
    const plain = evaluate(planWith(weekly, { policy }), [], { asOf: "2024-05-10" }).findings;
    const extra = evaluate(planWith(weekly, { policy, calendar: { daysOff: [{ date: "2024-05-06", name: "Nghỉ thêm" }] } }), [], { asOf: "2024-05-10" }).findings;
    expect(plain.map((f) => f.key)).toEqual(extra.map((f) => f.key));
    expect(plain.find((f) => f.key === "T:2024-W19")?.lastDay).toBe("2024-05-06");
    expect(extra.find((f) => f.key === "T:2024-W19")?.lastDay).toBe("2024-05-07");
  });
});
