/**
 * The table of rule kinds: one scorer per `rule.kind`. Adding a kind means a schema entry in
 * `schema/criteria.ts`, a file here and a row below; the `Record` over every kind makes the
 * compiler name anything missing.
 * @internal
 * @module
 */
import type { CriterionRule, CriterionRuleKind } from "../../schema/criteria.js";
import { scoreAllOrNothing } from "./allOrNothing.js";
import { scoreConditions } from "./conditions.js";
import type { LeafInput, Outcome } from "./counted.js";
import { scoreExternal } from "./external.js";
import { scorePerViolation } from "./perViolation.js";
import { scoreProportional } from "./proportional.js";
import { scoreRateBands } from "./rateBands.js";

type Scorers = { readonly [K in CriterionRuleKind]: (input: LeafInput<Extract<CriterionRule, { kind: K }>>) => Outcome };

/** @internal */
export const RULES: Scorers = {
  per_violation: scorePerViolation,
  rate_bands: scoreRateBands,
  proportional: scoreProportional,
  all_or_nothing: scoreAllOrNothing,
  conditions: scoreConditions,
  external: scoreExternal,
};

/** Whether a rule kind counts findings (all but `external`). @internal */
export const COUNTS_FINDINGS: { readonly [K in CriterionRuleKind]: boolean } = {
  per_violation: true,
  rate_bands: true,
  proportional: true,
  all_or_nothing: true,
  conditions: true,
  external: false,
};

/** Runs the scorer of a rule's kind. @internal */
export function scoreRule(input: LeafInput<CriterionRule>): Outcome {
  return (RULES[input.rule.kind] as (i: LeafInput<CriterionRule>) => Outcome)(input);
}

export { type Charge, type Counted, type LeafInput, type Outcome } from "./counted.js";
export { collect, comparator, EARLY, LATE, MISSED, ON_TIME, OPEN, OVERDUE, tableOf, type FindingTable, type Run, type State } from "./table.js";
