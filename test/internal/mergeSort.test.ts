import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText } from "../../src/internal/compareText.js";
import { sortRangeByText } from "../../src/internal/mergeSort.js";

describe("sortRangeByText", () => {
  it("sorts only the range asked for, by the strings the indices point at", () => {
    // Arrange
    const keys = ["d", "c", "b", "a", "e"];
    const out = Int32Array.from([0, 1, 2, 3, 4]);
    // Act
    sortRangeByText(out, 1, 4, keys, new Int32Array(5));
    // Assert
    expect([...out]).toEqual([0, 3, 2, 1, 4]);
  });
});

describe("sortRangeByText (properties)", () => {
  it("orders a range of indices as a stable Array.prototype.sort by their strings does, runs past 12 and several merge rounds included", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 150 }), fc.nat(), fc.nat(), (keys, x, y) => {
        // Arrange
        const n = keys.length;
        const from = n === 0 ? 0 : Math.min(x, y) % (n + 1);
        const to = n === 0 ? 0 : Math.max(from, Math.max(x, y) % (n + 1));
        const out = Int32Array.from({ length: n }, (_, k) => n - 1 - k);
        const before = [...out];
        const expected = [...before.slice(0, from), ...before.slice(from, to).sort((a, b) => compareText(keys[a] as string, keys[b] as string)), ...before.slice(to)];
        // Act
        sortRangeByText(out, from, to, keys, new Int32Array(n));
        // Assert
        expect([...out]).toEqual(expected);
      }),
    );
  });
});
