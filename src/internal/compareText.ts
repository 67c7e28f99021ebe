/** Ordering of strings by UTF-16 code units, as a comparator. @internal */

/**
 * −1, 0 or 1 as `a` sorts before, with or after `b` by UTF-16 code units (the order of `<` on
 * strings and of `Array.prototype.sort` without a comparator; not locale-aware).
 * @internal
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
