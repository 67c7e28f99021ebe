import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { floatColumn, grownColumn, grownUint8, intColumn } from "../../src/internal/columns.js";

describe("columns", () => {
  it("intColumn and floatColumn hold n cells, each the fill (NaN included)", () => {
    // Arrange / Act
    const ints = intColumn(5, -1);
    const floats = floatColumn(4, Number.NaN);
    // Assert
    expect(ints).toEqual([-1, -1, -1, -1, -1]);
    expect(floats.length).toBe(4);
    expect(floats.every((v) => Number.isNaN(v))).toBe(true);
    expect(intColumn(0, 0)).toEqual([]);
  });

  it("a float column keeps fractions and large numbers written after it is made", () => {
    // Arrange
    const column = floatColumn(3, 0);
    // Act
    column[0] = 0.25;
    column[1] = 1.7e12;
    // Assert
    expect(column).toEqual([0.25, 1.7e12, 0]);
  });
});

describe("columns (properties)", () => {
  it("a grown column keeps its cells and fills the new ones with the fill given", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 40 }), fc.nat({ max: 40 }), fc.constantFrom(Number.NaN, 0, -1, 0.5), (cells, extra, fill) => {
        // Arrange
        const capacity = cells.length + extra;
        const column = floatColumn(cells.length, 0);
        cells.forEach((c, k) => (column[k] = c));
        // Act
        const grown = grownColumn(column, capacity, fill);
        const u = grownUint8(Uint8Array.from(cells), capacity);
        // Assert
        expect(grown).toEqual([...cells, ...Array.from({ length: extra }, () => fill)]);
        expect(column).toEqual(cells);
        expect([...u]).toEqual([...cells.map((c) => c & 255), ...Array.from({ length: extra }, () => 0)]);
      }),
    );
  });
});
