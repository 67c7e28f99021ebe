import { describe, expect, it } from "vitest";
import { computeDeadline, listOccurrences, parseDeadline, type DeadlineRule } from "../../src/index.js";

describe("entry into force is a day the text fixes, not the last day of a time limit (Điều 148.5 BLDS 2015 does not move it)", () => {
  it('"có hiệu lực thi hành sau 10 ngày, kể từ ngày ký", signed Thursday 25/06/2009: in force Sunday 05/07/2009, not Monday 06/07', () => {
    // Arrange
    const rule = parseDeadline("có hiệu lực thi hành sau 10 ngày, kể từ ngày ký");
    // Act
    const d = computeDeadline(rule, { anchor: "2009-06-25" });
    // Assert
    expect(rule.role).toBe("entry_into_force");
    expect(d.lastDay).toBe("2009-07-05");
    expect(d.trace.map((s) => s.code)).toContain("not_rolled");
    expect(d.trace.map((s) => s.code)).not.toContain("rolled_forward");
    const step = d.trace.find((s) => s.code === "not_rolled");
    expect(step?.params["policy"]).toBe("entry_into_force");
  });

  it('"có hiệu lực kể từ ngày ký", signed on Saturday 14/02/2026: in force that Saturday', () => {
    const d = computeDeadline(parseDeadline("có hiệu lực kể từ ngày ký"), { anchor: "2026-02-14" });
    expect(d.lastDay).toBe("2026-02-14");
  });

  it("the same count as a time limit to act by still moves off the Sunday (Điều 148.5)", () => {
    const d = computeDeadline(parseDeadline("trong 10 ngày kể từ ngày ký"), { anchor: "2009-06-25" });
    expect(d.lastDay).toBe("2009-07-06");
  });
});

describe("entry into force holds in every part of a computation (a capped count, a recurring occurrence, a listed occurrence)", () => {
  // The parts below each evaluate the rule in a sub-computation (the cap, the candidate
  // occurrences); each must keep the rule's role, as the whole rule does.
  const signed = "2009-06-25"; // Thursday; +3 days is Sunday 28/06/2009
  const ruleOf = (rule: Record<string, unknown>): DeadlineRule => ({ ...rule, role: "entry_into_force" }) as DeadlineRule;

  it("a count capped at 3 days from Thursday 25/06/2009 is in force Sunday 28/06, as the 3-day count itself is", () => {
    // Arrange
    const capped = ruleOf({ kind: "relative", amount: 10, unit: "calendar_day", anchor: { text: "ngày ký" }, cap: { amount: 3, unit: "calendar_day" } });
    const plain = ruleOf({ kind: "relative", amount: 3, unit: "calendar_day", anchor: { text: "ngày ký" } });
    // Act
    const a = computeDeadline(capped, { anchor: signed });
    const b = computeDeadline(plain, { anchor: signed });
    // Assert
    expect(b.lastDay).toBe("2009-06-28");
    expect(a.lastDay).toBe("2009-06-28");
    expect(a.trace.map((s) => s.code)).toContain("cap_applied");
    expect(a.trace.map((s) => s.code)).not.toContain("rolled_forward");
  });

  it("a monthly occurrence within May 2026 is in force Sunday 31/05/2026, as the period rule for May 2026 is", () => {
    const recurring = computeDeadline(ruleOf({ kind: "recurring", frequency: "monthly", bound: "within" }), { anchor: "2026-05-10" });
    const period = computeDeadline(ruleOf({ kind: "period", period: { unit: "month", year: 2026, month: 5 } }));
    expect(period.lastDay).toBe("2026-05-31");
    expect(recurring.lastDay).toBe("2026-05-31");
    expect(recurring.trace.find((s) => s.code === "not_rolled")?.params["policy"]).toBe("entry_into_force");
  });

  it("listOccurrences gives the same days as computeDeadline: 31/05/2026 (Sunday) and 30/06/2026", () => {
    const rule = ruleOf({ kind: "recurring", frequency: "monthly", bound: "within" });
    const listed = listOccurrences(rule, { from: "2026-05-01", to: "2026-06-30" }).map((d) => d.lastDay);
    expect(listed).toEqual(["2026-05-31", "2026-06-30"]);
    expect(listed[0]).toBe(computeDeadline(rule, { anchor: "2026-05-10" }).lastDay);
  });
});
