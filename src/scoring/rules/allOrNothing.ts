/**
 * `all_or_nothing` (đạt/không đạt): `max` when the condition holds, else 0.
 * @internal
 * @module
 */
import type { AllOrNothingRule } from "../../schema/criteria.js";
import { share, testCondition, type LeafInput, type Outcome } from "./counted.js";

/**
 * `all_on_time`: every counted finding done on time; `all_done`: none overdue; `any_done`: one
 * done. Open findings not yet due neither pass nor fail: with only those, the rule's `empty`
 * applies. On failure the points are shared among the findings against the condition.
 * @internal
 */
export function scoreAllOrNothing(input: LeafInput<AllOrNothingRule>): Outcome {
  const { rule, maxH } = input;
  const t = testCondition(rule.condition, input.counts);
  if (t.result === "undecided") return { kind: "empty", basis: { counts: input.counts, condition: "undecided", empty: true } };
  if (t.result === "pass") return { kind: "points", pointsH: maxH, charges: [], basis: { counts: input.counts, condition: "pass" } };
  return { kind: "points", pointsH: 0, charges: share(maxH, t.against, input), basis: { counts: input.counts, condition: "fail" } };
}
