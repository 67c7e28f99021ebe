/** Indices sorted by an integer key, then by a string. @internal */
import { compareText } from "./compareText.js";
import { sortRangeByText } from "./mergeSort.js";

/**
 * The indices `0 … count−1` sorted by `(sortKey[i], keys[i])`: `sortKey` holds integers, `keys`
 * strings. When the keys' range is dense (at most 8 × count + 4096 values), a counting sort on
 * `sortKey` and a merge sort of each run of equal keys by `keys`; otherwise `Array.prototype.sort`
 * with the same order. Ties on both are left in index order.
 * @see D. E. Knuth, The Art of Computer Programming, vol. 3, §5.2 (distribution counting)
 * @internal
 */
export function sortByNumberThenText(sortKey: Float64Array, count: number, keys: readonly string[]): Int32Array {
  const out = new Int32Array(count);
  if (count === 0) return out;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let o = 0; o < count; o++) {
    const k = sortKey[o] as number;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  const range = max - min + 1;
  if (!(range <= 8 * count + 4096)) {
    const list = Array.from({ length: count }, (_, o) => o);
    list.sort((a, b) => (sortKey[a] as number) - (sortKey[b] as number) || compareText(keys[a] as string, keys[b] as string));
    out.set(list);
    return out;
  }
  const starts = new Int32Array(range + 1);
  for (let o = 0; o < count; o++) (starts[(sortKey[o] as number) - min + 1] as number)++;
  for (let i = 1; i <= range; i++) starts[i] = (starts[i] as number) + (starts[i - 1] as number);
  for (let o = 0; o < count; o++) out[(starts[(sortKey[o] as number) - min] as number)++] = o;
  let i = 0;
  const scratch = new Int32Array(count);
  while (i < count) {
    const key = sortKey[out[i] as number] as number;
    let j = i + 1;
    while (j < count && sortKey[out[j] as number] === key) j++;
    if (j - i > 1) sortRangeByText(out, i, j, keys, scratch);
    i = j;
  }
  return out;
}
