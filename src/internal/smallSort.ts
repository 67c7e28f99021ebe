/** A stable in-place sort that allocates nothing for the short lists most callers have. @internal */

/** Lists up to this length are sorted by insertion; longer ones by `Array.prototype.sort`. */
const SMALL = 16;

/**
 * Sorts `list` in place by `compare`, stably (as `Array.prototype.sort` does), and returns it.
 * A short list is sorted by straight insertion, which needs no work array.
 * @see D. E. Knuth, The Art of Computer Programming, vol. 3, §5.2.1 (sorting by insertion)
 * @internal
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  const n = list.length;
  if (n > SMALL) return list.sort(compare);
  for (let k = 1; k < n; k++) {
    const x = list[k] as T;
    let m = k - 1;
    while (m >= 0 && compare(list[m] as T, x) > 0) {
      list[m + 1] = list[m] as T;
      m--;
    }
    list[m + 1] = x;
  }
  return list;
}
