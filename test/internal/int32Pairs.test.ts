import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Int32Pairs } from "../../src/internal/int32Pairs.js";

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

describe("Int32Pairs", () => {
  it("keeps every pair past its first capacity of 1024", () => {
    // Arrange
    const pairs = new Int32Pairs();
    // Act
    for (let k = 0; k < 3000; k++) pairs.push(k, -k);
    // Assert
    expect(pairs.size).toBe(3000);
    expect(pairs.a[2999]).toBe(2999);
    expect(pairs.b[1024]).toBe(-1024);
  });
});

describe("Int32Pairs (properties)", () => {
  it("holds the pushed pairs in order, as an array of pairs does", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(int32, int32), { maxLength: 2500 }), (list) => {
        const pairs = new Int32Pairs();
        for (const [x, y] of list) pairs.push(x, y);
        expect(pairs.size).toBe(list.length);
        expect(Array.from({ length: pairs.size }, (_, k) => [pairs.a[k], pairs.b[k]])).toEqual(list);
      }),
      { numRuns: 50 },
    );
  });
});
