/**
 * What `parsePlan` reads per obligation kind and where each rule kind may stand: one table entry
 * per kind, checked by the compiler (the `@ts-expect-error` lines fail `tsc --noEmit` the day they
 * compile) and by the plans `parsePlan` accepts and refuses.
 */
import { describe, expect, it } from "vitest";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { ThoihanError } from "../../src/errors.js";
import { parsePlan } from "../../src/schema/index.js";
import { ANCHORED_RULES, KIND_READING, RECURRING_RULES, RULE_PLACES, TARGET_RULES, type KindReading } from "../../src/schema/obligationKinds.js";
import { obligationSchemaInferred, type Obligation } from "../../src/schema/plan.js";

const plan = (obligations: unknown[]): unknown => ({ id: "p", title: "p", start: "2024-01-01", units: [{ id: "vp", name: "Văn phòng" }], obligations });
const codesOf = (input: unknown): { code: string; path: string; reason: unknown }[] => {
  try {
    parsePlan(input);
    return [];
  } catch (error) {
    if (!(error instanceof ThoihanError)) throw error;
    // the first issue counts the problems; the others are the problems
    return error.issues.filter((i) => i.code !== "invalid_plan").map((i) => ({ code: i.code, path: i.path.join("."), reason: i.params["reason"] }));
  }
};

describe("the table of what parsePlan reads per obligation kind", () => {
  it("has one entry per kind of the schema, and does not compile without one", () => {
    const schemaKinds = obligationSchemaInferred.options.map((o) => o.shape.kind.value);
    expect(Object.keys(KIND_READING).sort()).toEqual([...schemaKinds].sort());
    const { triggered, dated, recurring, derived } = KIND_READING;
    // @ts-expect-error -- `quota` has no entry
    const missing: { readonly [K in Obligation["kind"]]: KindReading } = { triggered, dated, recurring, derived };
    expect(typeof missing).toBe("object");
  });

  it("says for every rule kind where it may stand, and does not compile without one", () => {
    const { relative, fixed_date, period, same_day, urgent, recurring, rrule, reporting_window } = RULE_PLACES;
    // @ts-expect-error -- `before_deadline` has no entry
    const missing: { readonly [K in DeadlineRule["kind"]]: unknown } = { relative, fixed_date, period, same_day, urgent, recurring, rrule, reporting_window };
    expect(typeof missing).toBe("object");
    // every rule kind may stand somewhere
    for (const [kind, places] of Object.entries(RULE_PLACES)) expect(Object.values(places).some(Boolean), kind).toBe(true);
    expect([...ANCHORED_RULES].sort()).toEqual(["fixed_date", "period", "relative", "same_day", "urgent"]);
    expect([...RECURRING_RULES].sort()).toEqual(["fixed_date", "period", "recurring", "reporting_window", "rrule"]);
    expect(TARGET_RULES.has("before_deadline") && !ANCHORED_RULES.has("before_deadline")).toBe(true);
  });

  it("refuses a monthly report day as the deadline of a triggered task (it counts from its trigger, not from periods)", () => {
    const issues = codesOf(plan([{ kind: "triggered", id: "a", title: "a", owner: "vp", trigger: { type: "nhan" }, deadline: "ngày 10 hằng tháng", completedBy: "xong" }]));
    expect(issues).toEqual([{ code: "invalid_rule", path: "obligations.0.deadline", reason: "kind_not_allowed" }]);
  });

  it("accepts the monthly report day for a recurring obligation, and refuses a count of days from an event there", () => {
    expect(codesOf(plan([{ kind: "recurring", id: "r", title: "r", owner: "vp", deadline: "ngày 10 hằng tháng", completedBy: "bao_cao" }]))).toEqual([]);
    const issues = codesOf(plan([{ kind: "recurring", id: "r", title: "r", owner: "vp", deadline: "trong 3 ngày làm việc kể từ ngày nhận", completedBy: "bao_cao" }]));
    expect(issues).toEqual([{ code: "invalid_rule", path: "obligations.0.deadline", reason: "kind_not_allowed" }]);
  });

  it("reads a quota phrase only for a quota, and checks the obligation a derived one is opened from", () => {
    const parsed = parsePlan(plan([{ kind: "quota", id: "q", title: "q", owner: "vp", counts: { type: "dang" }, quota: "tối thiểu 1 ngày 1 văn bản" }]));
    expect(parsed.obligations[0]).toMatchObject({ quota: { min: 1, per: "working_day" } });
    const derived = { kind: "derived", id: "d", title: "d", owner: "vp", source: { obligation: "khong_co", on: "late" }, deadline: "trong 2 ngày", completedBy: "xin_loi" };
    expect(codesOf(plan([derived])).map((i) => `${i.code} ${i.path}`)).toEqual(["unknown_reference obligations.0.source.obligation"]);
  });
});
