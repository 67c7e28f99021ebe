/** The tails an obligation's triggers may open occurrences for, as a set of their hashes (a bit per hash value, no false negative). */

/** Bits per expected tail: about one in 32 absent tails passes for present. */
const BITS_PER_TAIL = 32;
/** Fewest and most bits of a set (2¹⁰ and 2²⁵: at most 4 MiB). */
const MIN_BITS = 1 << 10;
const MAX_BITS = 1 << 25;

/**
 * A set of tail hashes (`fnv1a(subject ?? id)`) with one bit per hash value modulo a power of two:
 * a tail that was added is always found; an absent one is found now and then (when its hash
 * agrees with one that was added on the low bits), which only costs the work of matching it.
 */
export class TailSet {
  private readonly bits: Int32Array;
  private readonly mask: number;

  /** A set for about `expected` tails. */
  constructor(expected: number) {
    let size = MIN_BITS;
    while (size < expected * BITS_PER_TAIL && size < MAX_BITS) size *= 2;
    this.bits = new Int32Array(size >>> 5);
    this.mask = size - 1;
  }

  add(hash: number): void {
    const b = (hash ^ (hash >>> 16)) & this.mask;
    this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | (1 << (b & 31));
  }

  /** False only if no tail of this hash was added. */
  mayHave(hash: number): boolean {
    const b = (hash ^ (hash >>> 16)) & this.mask;
    return ((this.bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
  }
}
