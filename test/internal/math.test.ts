import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { floorDiv } from "../../src/internal/math.js";

/** Floor division computed with BigInt: truncation, then one less when the remainder is non-zero and the signs differ. */
function floorDivReference(a: number, b: number): number {
  const x = BigInt(a);
  const y = BigInt(b);
  const q = x / y;
  return Number(x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q);
}

describe("floorDiv", () => {
  it("rounds toward −∞: 7/2 → 3, −7/2 → −4, −6/3 → −2, 7/−2 → −4", () => {
    expect(floorDiv(7, 2)).toBe(3);
    expect(floorDiv(-7, 2)).toBe(-4);
    expect(floorDiv(-6, 3)).toBe(-2);
    expect(floorDiv(7, -2)).toBe(-4);
  });

  it("agrees with BigInt floor division on the integers of day arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.integer({ min: 1, max: 2 ** 20 }), fc.boolean(), (a, m, negative) => {
        const b = negative ? -m : m;
        // (a zero quotient of a negative divisor is −0 in floating point and 0 in BigInt; `+ 0` makes both 0)
        expect(floorDiv(a, b) + 0).toBe(floorDivReference(a, b));
      }),
    );
  });
});
