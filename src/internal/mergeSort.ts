/** A stable sort of a range of indices by the distinct strings they point at. @internal */

/** Runs sorted by insertion before the merging starts. */
const RUN = 12;

/**
 * Sorts `out[from, to)` (indices into `keys`) by `keys[index]` in UTF-16 code-unit order:
 * insertion sort of runs of {@link RUN}, then bottom-up merges through `scratch` (at least `to`
 * cells; its contents are overwritten). Stable; comparisons inline, no comparator callback.
 * @see D. E. Knuth, The Art of Computer Programming, vol. 3, §5.2.4 (sorting by merging)
 * @internal
 */
export function sortRangeByText(out: Int32Array, from: number, to: number, keys: readonly string[], scratch: Int32Array): void {
  for (let lo = from; lo < to; lo += RUN) {
    const hi = Math.min(lo + RUN, to);
    for (let k = lo + 1; k < hi; k++) {
      const x = out[k] as number;
      const xk = keys[x] as string;
      let m = k - 1;
      while (m >= lo && (keys[out[m] as number] as string) > xk) {
        out[m + 1] = out[m] as number;
        m--;
      }
      out[m + 1] = x;
    }
  }
  let src = out;
  let dst = scratch;
  for (let width = RUN; width < to - from; width *= 2) {
    for (let lo = from; lo < to; lo += 2 * width) {
      const mid = Math.min(lo + width, to);
      const hi = Math.min(lo + 2 * width, to);
      let a = lo;
      let b = mid;
      let k = lo;
      while (a < mid && b < hi) {
        const x = src[a] as number;
        const y = src[b] as number;
        if ((keys[y] as string) < (keys[x] as string)) {
          dst[k++] = y;
          b++;
        } else {
          dst[k++] = x;
          a++;
        }
      }
      while (a < mid) dst[k++] = src[a++] as number;
      while (b < hi) dst[k++] = src[b++] as number;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== out) out.set(src.subarray(from, to), from);
}
