/**
 * `conditions` (điều kiện kết hợp, Nghị định 90/2020/NĐ-CP style): `max` when every test holds.
 * @internal
 * @module
 */
import type { ConditionsRule } from "../../schema/criteria.js";
import { countRate, rateAtLeast, rateDefinition, share, testCondition, type LeafInput, type Outcome } from "./counted.js";

/**
 * Each test is a condition (as `all_or_nothing`) or `rateAtLeast` percent of a rate (a rate with
 * nothing in its denominator is undecided). Any failing test → 0, the points shared among the
 * findings against any failing test; else, one passing test → `max`; all undecided → `empty`.
 * "Hoàn thành tất cả nhiệm vụ, trong đó ít nhất 80% đúng tiến độ" = `[{ condition: "all_done" }, { rateAtLeast: 80 }]`.
 * @internal
 */
export function scoreConditions(input: LeafInput<ConditionsRule>): Outcome {
  const { rule, maxH } = input;
  let passed = 0;
  let failed = false;
  let against = 0;
  for (const test of rule.all) {
    if ("condition" in test) {
      const t = testCondition(test.condition, input.counts);
      if (t.result === "pass") passed++;
      else if (t.result === "fail") {
        failed = true;
        against |= t.against;
      }
    } else {
      const r = countRate(input.counts, rateDefinition(test.rate));
      if (r.denominator === 0) continue;
      if (rateAtLeast(r, test.rateAtLeast)) passed++;
      else {
        failed = true;
        against |= r.against;
      }
    }
  }
  if (failed) {
    return { kind: "points", pointsH: 0, charges: share(maxH, against, input), basis: { counts: input.counts, condition: "fail" } };
  }
  if (passed === 0) return { kind: "empty", basis: { counts: input.counts, condition: "undecided", empty: true } };
  return { kind: "points", pointsH: maxH, charges: [], basis: { counts: input.counts, condition: "pass" } };
}
