import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortSmall } from "../../src/internal/smallSort.js";

describe("sortSmall", () => {
  it("sorts in place and returns the same list", () => {
    // Arrange
    const list = [3, 1, 2];
    // Act
    const out = sortSmall(list, (a, b) => a - b);
    // Assert
    expect(out).toBe(list);
    expect(list).toEqual([1, 2, 3]);
  });
});

describe("sortSmall (properties)", () => {
  it("orders a list as the stable Array.prototype.sort does, ties kept in input order, short and long lists", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), { maxLength: 40 }), (pairs) => {
        // Arrange: equal keys, told apart by their place in the input
        const items = pairs.map(([a, b], place) => ({ a, b, place }));
        const compare = (x: (typeof items)[number], y: (typeof items)[number]) => x.a - y.a || x.b - y.b;
        const expected = items.slice().sort(compare);
        // Act
        const out = sortSmall(items.slice(), compare);
        // Assert
        expect(out).toEqual(expected);
      }),
    );
  });
});
