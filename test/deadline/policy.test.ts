import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, resolvePolicy } from "../../src/deadline/policy.js";
import { InvalidInputError } from "../../src/errors.js";

describe("DEFAULT_POLICY", () => {
  it("holds the defaults of BLDS 2015 Đ.144–148 and the documented conventions", () => {
    expect(DEFAULT_POLICY).toEqual({
      bareDayUnit: "calendar_day",
      excludeStartDay: true,
      endOfDay: "midnight",
      rollForward: true,
      beforeDate: "strict",
      rollBackward: true,
      monthOverflow: "clamp",
      rollFixedDates: false,
      lateReceiptCutoff: null,
      lateReceiptAtCutoff: false,
      workingDays: "whole_days",
      urgency: { hoa_toc: { amount: 24, unit: "hour" }, thuong_khan: { amount: 1, unit: "working_day" }, khan: { amount: 2, unit: "working_day" } },
      reportingWindow: { fromDay: 15, toDay: 14 },
      require: "any",
      snapNonWorkingDays: true,
    });
  });

  it("is frozen, nested values included", () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.urgency)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.urgency.hoa_toc)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.reportingWindow)).toBe(true);
  });
});

describe("resolvePolicy", () => {
  it("layers plan < obligation < call, skipping undefined layers", () => {
    const plan = { beforeDate: "inclusive", rollForward: false } as const;
    const obligation = { rollForward: true, lateReceiptCutoff: "15:00" } as const;
    const call = { lateReceiptCutoff: null };
    const p = resolvePolicy(plan, undefined, obligation, call);
    expect(p.beforeDate).toBe("inclusive");
    expect(p.rollForward).toBe(true);
    expect(p.lateReceiptCutoff).toBeNull();
    expect(p.monthOverflow).toBe("clamp");
    expect(Object.isFrozen(p)).toBe(true);
    expect(resolvePolicy()).toBe(DEFAULT_POLICY);
  });

  it("validates every layer, with the layer index in the path", () => {
    try {
      resolvePolicy({}, { monthOverflow: "wrap" } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).code).toBe("invalid_option");
      expect((e as InvalidInputError).issues[1]?.path).toEqual([1, "monthOverflow"]);
    }
    expect(() => resolvePolicy({ reportingWindow: { fromDay: 0, toDay: 14 } })).toThrow(InvalidInputError);
    expect(() => resolvePolicy("strict" as never)).toThrow(InvalidInputError);
  });

  it("does not mutate its inputs", () => {
    const layer = { urgency: { hoa_toc: { amount: 8, unit: "hour" as const }, thuong_khan: { amount: 1, unit: "day" as const }, khan: { amount: 3, unit: "day" as const } } };
    const before = JSON.stringify(layer);
    const p = resolvePolicy(layer);
    expect(JSON.stringify(layer)).toBe(before);
    expect(p.urgency.hoa_toc).toEqual({ amount: 8, unit: "hour" });
    expect(p.urgency).not.toBe(layer.urgency);
  });
});
