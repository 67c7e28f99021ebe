import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { InvalidInputError } from "../../src/errors.js";
import {
  deadlineRuleSchema,
  deadlineRuleSchemaInferred,
  policySchema,
  policySchemaInferred,
  validatePolicy,
  validateRule,
} from "../../src/deadline/ruleSchema.js";
import type { DeadlineRule, Policy } from "../../src/deadline/types.js";

/** zod infers `x?: T | undefined`; our types are exact (`x?: T`). Strip the `undefined` of optional keys, deeply. */
type Exact<T> = T extends readonly (infer E)[]
  ? T extends unknown[] ? Exact<E>[] : readonly Exact<E>[]
  : T extends object
    ? { [K in keyof T]: undefined extends T[K] ? Exact<Exclude<T[K], undefined>> : Exact<T[K]> }
    : T;
/** Mutual assignability: readonly-ness of properties is ignored, that of arrays is not. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe("deadlineRuleSchema (types)", () => {
  it("z.infer of the schema is the hand-written DeadlineRule union (modulo exact optional properties)", () => {
    type Inferred = Exact<z.output<typeof deadlineRuleSchemaInferred>>;
    expectTypeOf<Same<Inferred, DeadlineRule>>().toEqualTypeOf<true>();
    // each member, so a mismatch names the kind
    expectTypeOf<Same<Extract<Inferred, { kind: "relative" }>, Extract<DeadlineRule, { kind: "relative" }>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Extract<Inferred, { kind: "fixed_date" }>, Extract<DeadlineRule, { kind: "fixed_date" }>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Extract<Inferred, { kind: "recurring" }>, Extract<DeadlineRule, { kind: "recurring" }>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Extract<Inferred, { kind: "reporting_window" }>, Extract<DeadlineRule, { kind: "reporting_window" }>>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof deadlineRuleSchema>>().toEqualTypeOf<DeadlineRule>();
  });
  it("z.infer of the policy schema is Partial<Policy>", () => {
    expectTypeOf<Same<Exact<z.output<typeof policySchemaInferred>>, Partial<Policy>>>().toEqualTypeOf<true>();
    expectTypeOf<z.output<typeof policySchema>>().toEqualTypeOf<Partial<Policy>>();
  });
});

const relative = { kind: "relative", amount: 10, unit: "day", anchor: { text: "khi UBND TP ban hành" } } as const;

describe("validateRule", () => {
  it("accepts every kind of rule of the union", () => {
    const rules: DeadlineRule[] = [
      relative,
      { kind: "fixed_date", dates: [{ year: 2023, month: 11, day: 14 }], bound: "before", time: "16:30" },
      { kind: "fixed_date", dates: [{ month: 3, day: 3 }, { month: 6, day: 3 }, { month: 9, day: 3 }], bound: "before" },
      { kind: "period", period: { unit: "quarter", quarter: 3, year: 2024 } },
      { kind: "period", period: { unit: "half_year", half: 1 } },
      { kind: "recurring", frequency: "monthly", day: 10, bound: "by" },
      { kind: "recurring", frequency: "yearly", month: 1, bound: "within" },
      { kind: "recurring", frequency: "quarterly", month: 3, day: 20, bound: "before" },
      { kind: "recurring", frequency: "weekly", weekday: 5, bound: "by" },
      { kind: "recurring", frequency: "monthly", day: "last", bound: "by" },
      { kind: "rrule", rrule: "FREQ=MONTHLY;BYMONTHDAY=10", bound: "by" },
      { kind: "before_deadline", amount: 2, unit: "day", reference: "thời hạn quy định" },
      { kind: "urgent", level: "hoa_toc" },
      { kind: "same_day", nextWorkingDay: true },
      { kind: "reporting_window", frequency: "monthly", fromDay: 15, toDay: 14 },
      {
        ...relative,
        cap: { amount: 90, unit: "calendar_day" },
        except: [{ urgency: "hoa_toc", rule: { kind: "relative", amount: 24, unit: "hour", anchor: { text: "khi nhận" } } }, { urgency: "khan" }],
        notes: [{ code: "bare_day_unit" }],
        wording: { lead: "trong", connector: "kể từ" },
      },
    ];
    for (const rule of rules) expect(validateRule(rule)).toEqual(rule);
  });

  it("returns a fresh object without undefined fields and does not mutate the input", () => {
    // Arrange
    const input = { kind: "fixed_date", dates: [{ year: undefined, month: 1, day: 5 }], bound: "before", time: undefined };
    const copy = structuredClone(input);
    // Act
    const out = validateRule(input);
    // Assert
    expect(out).toEqual({ kind: "fixed_date", dates: [{ month: 1, day: 5 }], bound: "before" });
    expect(Object.keys(out)).not.toContain("time");
    expect(input).toEqual(copy);
  });

  it.each([
    ["a fractional amount", { ...relative, amount: 1.5 }, "invalid_amount", ["amount"]],
    ["a negative amount", { ...relative, amount: -1 }, "invalid_amount", ["amount"]],
    ["an unknown key (strict objects)", { ...relative, amout: 3 }, "unknown_key", ["amout"]],
    ["an unknown kind", { kind: "sometime" }, "invalid_value", ["kind"]],
    ["month 13", { kind: "fixed_date", dates: [{ month: 13, day: 1 }], bound: "by" }, "invalid_amount", ["dates", 0, "month"]],
    ["30 February", { kind: "fixed_date", dates: [{ month: 2, day: 30 }], bound: "by" }, "invalid_date", ["dates", 0, "day"]],
    ["29 February 2023", { kind: "fixed_date", dates: [{ year: 2023, month: 2, day: 29 }], bound: "by" }, "invalid_date", ["dates", 0, "day"]],
    ["no dates", { kind: "fixed_date", dates: [], bound: "by" }, "invalid_value", ["dates"]],
    ["time 25:00", { kind: "fixed_date", dates: [{ month: 1, day: 1 }], bound: "by", time: "25:00" }, "invalid_time", ["time"]],
    ["time 9:30", { kind: "fixed_date", dates: [{ month: 1, day: 1 }], bound: "by", time: "9:30" }, "invalid_time", ["time"]],
    ["quarter 5", { kind: "period", period: { unit: "quarter", quarter: 5 } }, "invalid_amount", ["period", "quarter"]],
    ["a missing anchor", { kind: "relative", amount: 3, unit: "day" }, "missing_required", ["anchor"]],
    ["a string amount", { ...relative, amount: "10" }, "invalid_type", ["amount"]],
    ["month 4 of a quarter", { kind: "recurring", frequency: "quarterly", month: 4, day: 20, bound: "before" }, "invalid_amount", ["month"]],
    ["a monthly rule without a day", { kind: "recurring", frequency: "monthly", bound: "by" }, "missing_required", ["day"]],
    ["a weekday on a monthly rule", { kind: "recurring", frequency: "monthly", day: 1, weekday: 1, bound: "by" }, "invalid_rule", ["weekday"]],
    ["day 32 of a reporting window", { kind: "reporting_window", frequency: "monthly", fromDay: 32, toDay: 14 }, "invalid_amount", ["fromDay"]],
    ["a bad nested exception rule", { ...relative, except: [{ urgency: "hoa_toc", rule: { ...relative, unit: "fortnight" } }] }, "invalid_value", ["except", 0, "rule", "unit"]],
  ] as const)("rejects %s with invalid_rule and a precise issue", (_name, value, code, path) => {
    try {
      validateRule(value, ["obligations", 2, "due"]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      const err = e as InvalidInputError;
      expect(err.code).toBe("invalid_rule");
      expect(err.issues.slice(1)).toContainEqual(expect.objectContaining({ code, path: ["obligations", 2, "due", ...path] }));
    }
  });

  it("rejects non-objects without a TypeError", () => {
    for (const v of [null, undefined, 3, "trong 10 ngày", [], () => 1]) {
      expect(() => validateRule(v)).toThrow(InvalidInputError);
    }
  });
});

describe("validatePolicy", () => {
  it("accepts partial policies and rejects unknown or ill-typed fields", () => {
    expect(validatePolicy({ beforeDate: "inclusive", lateReceiptCutoff: "15:00" })).toEqual({ beforeDate: "inclusive", lateReceiptCutoff: "15:00" });
    expect(validatePolicy(undefined)).toEqual({});
    expect(() => validatePolicy({ beforeDates: "inclusive" })).toThrow(InvalidInputError);
    expect(() => validatePolicy({ lateReceiptCutoff: "3pm" })).toThrow(/invalid_option/);
    expect(() => validatePolicy({ urgency: { hoa_toc: { amount: 24, unit: "hour" } } })).toThrow(InvalidInputError);
  });
});
