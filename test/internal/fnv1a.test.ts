import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fnv1a } from "../../src/internal/fnv1a.js";

/** FNV-1a of a string's UTF-16 code units computed with BigInt, modulo 2³² (the published definition). */
function fnv1aReference(s: string): number {
  let h = 0x811c9dc5n;
  for (let k = 0; k < s.length; k++) h = ((h ^ BigInt(s.charCodeAt(k))) * 0x01000193n) % 0x1_0000_0000n;
  return Number(BigInt.asIntN(32, h));
}

describe("fnv1a", () => {
  it("gives the published test vectors: '' → 0x811c9dc5, 'a' → 0xe40c292c, 'foobar' → 0xbf9cf968", () => {
    expect(fnv1a("") >>> 0).toBe(0x811c9dc5);
    expect(fnv1a("a") >>> 0).toBe(0xe40c292c);
    expect(fnv1a("foobar") >>> 0).toBe(0xbf9cf968);
  });
});

describe("fnv1a (properties)", () => {
  it("equals the definition computed with BigInt, as a signed int32, for any string, the empty one included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (s) => {
        const h = fnv1a(s);
        expect(h).toBe(fnv1aReference(s));
        expect(h | 0).toBe(h);
      }),
    );
  });
});
