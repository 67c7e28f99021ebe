/**
 * `rate_bands` (theo mức tỷ lệ): the points of the band with the greatest `from` ≤ the rate.
 * @internal
 * @module
 */
import type { RateBandsRule } from "../../schema/criteria.js";
import { toH } from "../points.js";
import { countRate, rateAtLeast, rateDefinition, ratePercent, share, type LeafInput, type Outcome } from "./counted.js";

/**
 * Bands are written from the highest down ("100%: 1; từ 80% đến dưới 100%: 0,5; dưới 80%: 0"):
 * the first band whose `from` the rate reaches (inclusive, compared exactly) gives the points; a
 * rate below every band gives 0. The points lost are shared among the findings in the denominator
 * and not in the numerator. Nothing in the denominator: the rate's `emptyValue`, else `empty`.
 * @internal
 */
export function scoreRateBands(input: LeafInput<RateBandsRule>): Outcome {
  const { rule, maxH } = input;
  if (input.counted.size === 0) return { kind: "empty", basis: { counts: input.counts, empty: true } };
  const def = rateDefinition(rule.rate);
  const r = countRate(input.counts, def);
  const pick = (reaches: (from: number) => boolean): number => {
    for (const band of rule.bands) if (reaches(band.from)) return Math.min(maxH, toH(band.points));
    return 0;
  };
  if (r.denominator === 0) {
    if (def.emptyValue === null) return { kind: "empty", basis: { counts: input.counts, rate: { numerator: 0, denominator: 0, percent: null }, empty: true } };
    const value = def.emptyValue * 100;
    return { kind: "points", pointsH: pick((from) => value >= from), charges: [], basis: { counts: input.counts, rate: { numerator: 0, denominator: 0, percent: value } } };
  }
  const pointsH = pick((from) => rateAtLeast(r, from));
  return { kind: "points", pointsH, charges: share(maxH - pointsH, r.against, input), basis: { counts: input.counts, rate: { numerator: r.numerator, denominator: r.denominator, percent: ratePercent(r) } } };
}
