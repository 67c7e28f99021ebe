/** A map from int32 keys to non-negative int32 values in two typed columns (open addressing, linear probing). @internal */

/**
 * A map from int32 keys to non-negative int32 values, with no object per entry: a power of two of
 * slots, kept at least twice the number of keys (the columns double when it would not be). `get`
 * returns −1 for a key not in the map.
 * @internal
 */
export class Int32Map {
  private keys: Int32Array;
  /** The value of each slot, −1 where the slot is empty. */
  private vals: Int32Array;
  private mask: number;
  size = 0;

  /** A map sized for about `expected` keys. */
  constructor(expected: number) {
    let slots = 16;
    while (slots < 2 * expected) slots *= 2;
    this.keys = new Int32Array(slots);
    this.vals = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
  }

  /** The slot of a key: where it is, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.mask;
    const vals = this.vals;
    const keys = this.keys;
    // (the high bits mixed in: keys that differ only there do not all probe from one slot)
    let s = Math.imul(key ^ (key >>> 16), 0x45d9f3b) & mask;
    while (vals[s] !== -1 && keys[s] !== key) s = (s + 1) & mask;
    return s;
  }

  /** The value of a key, or −1. */
  get(key: number): number {
    return this.vals[this.slotOf(key)] as number;
  }

  /** Sets a key's value (a non-negative int32). */
  set(key: number, value: number): void {
    let s = this.slotOf(key);
    if (this.vals[s] === -1) {
      if (2 * (this.size + 1) > this.vals.length) {
        this.grow();
        s = this.slotOf(key);
      }
      this.size++;
      this.keys[s] = key;
    }
    this.vals[s] = value;
  }

  private grow(): void {
    const keys = this.keys;
    const vals = this.vals;
    this.keys = new Int32Array(keys.length * 2);
    this.vals = new Int32Array(vals.length * 2).fill(-1);
    this.mask = this.vals.length - 1;
    for (let s = 0; s < vals.length; s++) {
      if (vals[s] === -1) continue;
      const t = this.slotOf(keys[s] as number);
      this.keys[t] = keys[s] as number;
      this.vals[t] = vals[s] as number;
    }
  }
}
