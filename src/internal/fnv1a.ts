/** The 32-bit FNV-1a hash of strings, as the engine's tables and partitions use it. @internal */

/**
 * FNV-1a (Fowler–Noll–Vo, variant 1a, 32 bits) of a string's UTF-16 code units, as a signed
 * int32 (`h >>> 0` gives the unsigned value). Offset basis 0x811c9dc5, prime 0x01000193, as
 * published by Fowler, Noll and Vo (IETF draft-eastlake-fnv).
 * @internal
 */
export function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  return h | 0;
}
