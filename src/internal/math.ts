/** Integer helpers for day arithmetic (as js-joda's MathUtil). @internal */

/** Floor division: rounds toward −∞, unlike `Math.trunc(a / b)`. @internal */
export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}
