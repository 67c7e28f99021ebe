/** An open-addressing hash map from strings, for the engine's hot paths. @internal */
import { fnv1a } from "./fnv1a.js";

/**
 * A map from strings to values, in insertion order: an open-addressing table of
 * entry numbers keyed by a hash of the string (no per-entry object, no rehash of the entries).
 * Each slot keeps its entry's hash, so that a probe compares strings only when the hashes agree.
 * @internal
 */
export class StringMap<V> {
  /** The entries (`n` of them; the lists are made for the expected number and grow past it). */
  readonly keys: string[];
  readonly vals: V[];
  /** Each entry's hash (`fnv1a`), by entry number. */
  private hashes: Int32Array;
  private n = 0;
  private slots: Int32Array;
  private slotHash: Int32Array;
  private mask: number;

  constructor(expected: number) {
    let size = 64;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.slotHash = new Int32Array(size);
    this.mask = size - 1;
    this.keys = new Array<string>(expected);
    this.vals = new Array<V>(expected);
    this.hashes = new Int32Array(Math.max(16, expected));
  }

  get size(): number {
    return this.n;
  }

  /** The slot of a key given its hash (`fnv1a(key)`): where it is, or where it would go. */
  slotOf(key: string, hash: number): number {
    const mask = this.mask;
    const slots = this.slots;
    const slotHash = this.slotHash;
    let h = hash & mask;
    for (;;) {
      const e = slots[h] as number;
      if (e < 0 || (slotHash[h] === hash && this.keys[e] === key)) return h;
      h = (h + 1) & mask;
    }
  }

  /** The value in a slot from `slotOf`. */
  at(slot: number): V | undefined {
    const e = this.slots[slot] as number;
    return e < 0 ? undefined : this.vals[e];
  }

  /** Replaces the value in an occupied slot. */
  replaceAt(slot: number, value: V): void {
    this.vals[this.slots[slot] as number] = value;
  }

  /** Adds a key (of hash `hash`) in the empty slot `slotOf` gave for it. */
  insertAt(slot: number, key: string, hash: number, value: V): void {
    const e = this.n++;
    this.slots[slot] = e;
    this.slotHash[slot] = hash;
    if (e < this.keys.length) {
      this.keys[e] = key;
      this.vals[e] = value;
    } else {
      this.keys.push(key);
      this.vals.push(value);
    }
    if (e === this.hashes.length) {
      const hashes = new Int32Array(2 * e);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[e] = hash;
    if (this.n * 2 > this.slots.length) this.grow();
  }

  /** The same keys in the same order with other values (`values[e]` for the `e`-th key); this map is not to be used afterwards. */
  withValues<W>(values: W[]): StringMap<W> {
    const m = new StringMap<W>(0);
    (m as unknown as { keys: string[] }).keys = this.keys;
    (m as unknown as { vals: W[] }).vals = values;
    m.n = this.n;
    m.hashes = this.hashes;
    m.slots = this.slots;
    m.slotHash = this.slotHash;
    m.mask = this.mask;
    return m;
  }

  get(key: string): V | undefined {
    const e = this.slots[this.slotOf(key, fnv1a(key))] as number;
    return e < 0 ? undefined : this.vals[e];
  }

  set(key: string, value: V): void {
    const hash = fnv1a(key);
    const h = this.slotOf(key, hash);
    const e = this.slots[h] as number;
    if (e >= 0) this.vals[e] = value;
    else this.insertAt(h, key, hash, value);
  }

  /** The values in insertion order (the live list: not to be changed). */
  values(): V[] {
    if (this.vals.length !== this.n) this.vals.length = this.n;
    return this.vals;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size).fill(-1);
    const slotHash = new Int32Array(size);
    const mask = size - 1;
    const hashes = this.hashes;
    for (let e = 0; e < this.n; e++) {
      const hash = hashes[e] as number;
      let h = hash & mask;
      while ((slots[h] as number) >= 0) h = (h + 1) & mask;
      slots[h] = e;
      slotHash[h] = hash;
    }
    this.slots = slots;
    this.slotHash = slotHash;
    this.mask = mask;
  }
}
