/**
 * `external` (nhập từ ngoài): a survey or appraisal value (SIPAS, DDCI, the survey part of PAR).
 * @internal
 * @module
 */
import type { ExternalRule } from "../../schema/criteria.js";
import { fromH, toH } from "../points.js";
import type { LeafInput, Outcome } from "./counted.js";

/**
 * The value of `evaluate(…, { scoring: { external } })` (or `score`'s option) for the leaf's id,
 * else the tree's `value` (both checked to be at most `max`); none → the leaf does not apply. The points it lacks
 * are nobody's deduction.
 * @internal
 */
export function scoreExternal(input: LeafInput<ExternalRule>): Outcome {
  const { rule, maxH } = input;
  const fromOptions = input.externalH !== undefined;
  const h = fromOptions ? input.externalH : rule.value === undefined ? undefined : toH(rule.value);
  if (h === undefined) return { kind: "not_applicable", reason: "no_external_value" };
  const external = {
    value: fromH(h),
    from: fromOptions ? ("options" as const) : ("plan" as const),
    ...(rule.source === undefined ? {} : { source: rule.source }),
    ...(rule.date === undefined ? {} : { date: rule.date }),
  };
  return { kind: "points", pointsH: Math.max(0, Math.min(maxH, h)), charges: [], basis: { counts: input.counts, external } };
}
