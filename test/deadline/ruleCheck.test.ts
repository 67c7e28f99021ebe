import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, deadlineRule, policy, type RawIssue } from "../../src/deadline/ruleCheck.js";
import { deadlineRuleSchemaInferred, dropUndefined, mapZodIssues, policySchemaInferred } from "../../src/deadline/ruleSchema.js";
import { deadlineRuleArb } from "../../src/testing/rules.js";

type Path = (string | number)[];

/** Odd values a field may be given. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, -1, 1, 2, 3, 4, 7, 8, 12, 13, 29, 30, 31, 32, 1.5, -101, 101, 1e7, 2 ** 60, -(2 ** 60), NaN, Infinity, "", "x", "last", "12:30", "24:00", "25:00", "1:30", [], {}, [{}], "monthly", "yearly", "within", "by", "day", "hoa_toc", "label.3", new Date(0)),
  fc.integer({ min: -5, max: 40 }),
  fc.string({ maxLength: 6 }),
);

const mutation = fc.record({
  pick: fc.nat(),
  action: fc.constantFrom("set", "delete", "extra", "wrap"),
  value: oddValue,
  key: fc.constantFrom("kind", "month", "day", "weekday", "year", "bound", "extra", "label.1", "label.-1", "lead", "params", "rule", "time", "frequency"),
});

/** Every object and array inside `value`, with its path. */
function containers(value: unknown, path: Path = [], out: { at: Path; node: Record<string | number, unknown> }[] = []): typeof out {
  if (value !== null && typeof value === "object") {
    out.push({ at: path, node: value as Record<string | number, unknown> });
    for (const [k, v] of Object.entries(value)) containers(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

/** Applies some mutations to a deep copy of `rule`. */
function mutate(rule: unknown, mutations: readonly { pick: number; action: string; value: unknown; key: string }[]): unknown {
  const copy = structuredClone(rule) as Record<string, unknown>;
  for (const m of mutations) {
    const all = containers(copy);
    const { node } = all[m.pick % all.length] as (typeof all)[number];
    const keys = Object.keys(node);
    const key = keys.length === 0 ? m.key : (keys[m.pick % keys.length] as string);
    const value: unknown = structuredClone(m.value);
    if (m.action === "set") node[key] = value;
    else if (m.action === "delete") delete node[key];
    else if (m.action === "extra") node[m.key] = value;
    else node[key] = [node[key]];
  }
  return copy;
}

const ruleLike = fc.oneof(
  deadlineRuleArb(),
  fc.tuple(deadlineRuleArb(), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([r, ms]) => mutate(r, ms)),
  oddValue,
);

function viaZod(schema: { safeParse: (v: unknown, o: { reportInput: boolean }) => { success: boolean; data?: unknown; error?: { issues: unknown[] } } }, value: unknown) {
  const r = schema.safeParse(value, { reportInput: true });
  // an accepted value comes out the same: the input without its undefined fields
  if (r.success) expect(dropUndefined(value)).toEqual(dropUndefined(r.data));
  return r.success ? [] : mapZodIssues(r.error?.issues as never, ["x"]);
}
const viaChecker = (issues: RawIssue[]) => mapZodIssues(issues as never, ["x"]);

describe("the zod-free rule checker agrees with the zod schema", () => {
  it("on valid rules and mutations of them: same accept/reject, same issue codes, paths and params", () => {
    fc.assert(
      fc.property(ruleLike, (value) => {
        expect(viaChecker(check(deadlineRule, value))).toEqual(viaZod(deadlineRuleSchemaInferred as never, value));
      }),
      { numRuns: 2000 },
    );
  });

  it("on policies and mutations of them", () => {
    const base = fc.record({ lateReceiptCutoff: fc.constantFrom(null, "15:00"), urgency: fc.constant({ hoa_toc: { amount: 24, unit: "hour" }, thuong_khan: { amount: 1, unit: "working_day" }, khan: { amount: 2, unit: "working_day" } }), reportingWindow: fc.constant({ fromDay: 15, toDay: 14 }), beforeDate: fc.constantFrom("strict", "inclusive") }, { requiredKeys: [] });
    const policyLike = fc.oneof(base, fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([p, ms]) => mutate(p, ms)), oddValue);
    fc.assert(
      fc.property(policyLike, (value) => {
        expect(viaChecker(check(policy, value))).toEqual(viaZod(policySchemaInferred as never, value));
      }),
      { numRuns: 1000 },
    );
  });
});
