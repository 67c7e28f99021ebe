/**
 * `proportional` (tỷ lệ thuận, QĐ 766/QĐ-TTg): `max × rate ÷ 100`, 0 below `minRate`.
 * @internal
 * @module
 */
import type { ProportionalRule } from "../../schema/criteria.js";
import { mulDivHalfUp } from "../points.js";
import { countRate, rateAtLeast, rateDefinition, ratePercent, share, type LeafInput, type Outcome } from "./counted.js";

/**
 * Points = `max × numerator ÷ denominator`, rounded half up to hundredths once; a rate below
 * `minRate` percent (compared exactly) gives 0. The points lost are shared among the findings in
 * the denominator and not in the numerator.
 * @internal
 */
export function scoreProportional(input: LeafInput<ProportionalRule>): Outcome {
  const { rule, maxH } = input;
  if (input.counted.size === 0) return { kind: "empty", basis: { counts: input.counts, empty: true } };
  const def = rateDefinition(rule.rate);
  const r = countRate(input.counts, def);
  const minRate = rule.minRate ?? 0;
  if (r.denominator === 0) {
    if (def.emptyValue === null) return { kind: "empty", basis: { counts: input.counts, rate: { numerator: 0, denominator: 0, percent: null }, empty: true } };
    const value = def.emptyValue * 100;
    const pointsH = value < minRate ? 0 : Math.round(maxH * def.emptyValue);
    return { kind: "points", pointsH, charges: [], basis: { counts: input.counts, rate: { numerator: 0, denominator: 0, percent: value } } };
  }
  const pointsH = rateAtLeast(r, minRate) ? mulDivHalfUp(maxH, r.numerator, r.denominator) : 0;
  return { kind: "points", pointsH, charges: share(maxH - pointsH, r.against, input), basis: { counts: input.counts, rate: { numerator: r.numerator, denominator: r.denominator, percent: ratePercent(r) } } };
}
