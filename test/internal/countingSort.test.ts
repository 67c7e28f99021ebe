import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText } from "../../src/internal/compareText.js";
import { sortByNumberThenText } from "../../src/internal/countingSort.js";

/** The order `sortByNumberThenText` promises, by a stable Array.prototype.sort. */
function reference(sortKey: readonly number[], keys: readonly string[]): number[] {
  return sortKey.map((_, i) => i).sort((a, b) => (sortKey[a] as number) - (sortKey[b] as number) || compareText(keys[a] as string, keys[b] as string));
}

describe("sortByNumberThenText", () => {
  it("orders by number, then by text among equal numbers, with no element for count 0", () => {
    expect([...sortByNumberThenText(Float64Array.from([3, 1, 3, 1]), 4, ["b", "z", "a", "y"])]).toEqual([3, 1, 2, 0]);
    expect(sortByNumberThenText(new Float64Array(0), 0, []).length).toBe(0);
  });

  it("sorts keys too sparse to count (range beyond 8 × count + 4096) the same way", () => {
    expect([...sortByNumberThenText(Float64Array.from([1e9, -1e9, 0]), 3, ["a", "b", "c"])]).toEqual([1, 2, 0]);
  });
});

describe("sortByNumberThenText (properties)", () => {
  it("equals a stable Array.prototype.sort by (number, text), for dense and sparse integer keys", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -(2 ** 40), max: 2 ** 40 })),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.string({ maxLength: 2 })), { maxLength: 200 }),
        fc.boolean(),
        (base, rows, sparse) => {
          // Arrange
          const sortKey = rows.map(([k], i) => base + (sparse && i % 7 === 0 ? k * 100_000 : k));
          const keys = rows.map(([, s]) => s);
          // Act
          const sorted = sortByNumberThenText(Float64Array.from(sortKey), rows.length, keys);
          // Assert
          expect([...sorted]).toEqual(reference(sortKey, keys));
        },
      ),
    );
  });
});
