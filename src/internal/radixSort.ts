/** Least-significant-digit radix sort of int32 keys carrying int32 values. @internal */

/**
 * Sorts the first `n` pairs `(keys[k], values[k])` in place by key read as unsigned 32 bits
 * (`key >>> 0`), stably (pairs of equal keys keep their order): four counting passes of 8 bits,
 * from the least significant byte, into scratch columns and back. Linear in `n`, no comparisons.
 * @see D. E. Knuth, The Art of Computer Programming, vol. 3, §5.2.5 (radix sorting)
 * @internal
 */
export function radixSortPairs(keys: Int32Array, values: Int32Array, n: number): void {
  let key: Int32Array = keys;
  let value: Int32Array = values;
  let key2: Int32Array = new Int32Array(n);
  let value2: Int32Array = new Int32Array(n);
  const counts = new Int32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let k = 0; k < n; k++) (counts[((key[k] as number) >>> shift) & 255] as number)++;
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const h = key[k] as number;
      const t = (counts[(h >>> shift) & 255] as number)++;
      key2[t] = h;
      value2[t] = value[k] as number;
    }
    const v = value;
    value = value2;
    value2 = v;
    const h = key;
    key = key2;
    key2 = h;
  }
  // four passes, an even number: the sorted pairs are back in `keys` and `values`
}
