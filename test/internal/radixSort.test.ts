import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { radixSortPairs } from "../../src/internal/radixSort.js";

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

describe("radixSortPairs", () => {
  it("orders keys as unsigned 32 bits: −1 (0xffffffff) after 2³¹ − 1, and 0 first", () => {
    // Arrange
    const keys = Int32Array.from([-1, 2 ** 31 - 1, 0, -(2 ** 31)]);
    const values = Int32Array.from([0, 1, 2, 3]);
    // Act
    radixSortPairs(keys, values, 4);
    // Assert
    expect([...keys]).toEqual([0, 2 ** 31 - 1, -(2 ** 31), -1]);
    expect([...values]).toEqual([2, 1, 3, 0]);
  });
});

describe("radixSortPairs (properties)", () => {
  it("sorts the first n pairs as a stable Array.prototype.sort by unsigned key does, leaving the rest", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(int32, fc.integer({ min: 0, max: 3 })), { maxLength: 300 }), fc.nat(), (list, cut) => {
        // Arrange
        const n = list.length === 0 ? 0 : cut % (list.length + 1);
        const keys = Int32Array.from(list);
        const values = Int32Array.from(list, (_, k) => k);
        const expected = list
          .slice(0, n)
          .map((key, k) => [key, k] as const)
          .sort((x, y) => (x[0] >>> 0) - (y[0] >>> 0));
        // Act
        radixSortPairs(keys, values, n);
        // Assert
        expect(Array.from({ length: n }, (_, k) => [keys[k], values[k]])).toEqual(expected);
        expect([...keys.subarray(n)]).toEqual(list.slice(n));
      }),
    );
  });
});
