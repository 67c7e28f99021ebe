import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grownFloat64, grownInt32, grownUint8 } from "../../src/internal/columns.js";

describe("growable columns", () => {
  it("a grown column keeps NaN cells as NaN (a column whose null is NaN stays null where it was)", () => {
    const column = grownFloat64(Float64Array.from([Number.NaN, 1]), 4);
    expect([...column]).toEqual([Number.NaN, 1, 0, 0]);
  });
});

describe("growable columns (properties)", () => {
  it("a grown column keeps its cells and its new cells are 0", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 40 }), fc.nat({ max: 40 }), (cells, extra) => {
        // Arrange
        const capacity = cells.length + extra;
        // Act
        const f = grownFloat64(Float64Array.from(cells), capacity);
        const i = grownInt32(Int32Array.from(cells), capacity);
        const u = grownUint8(Uint8Array.from(cells), capacity);
        // Assert
        const zeros = Array.from({ length: extra }, () => 0);
        expect([...f]).toEqual([...cells, ...zeros]);
        expect([...i]).toEqual([...cells, ...zeros]);
        expect([...u]).toEqual([...cells.map((c) => c & 255), ...zeros]);
      }),
    );
  });
});
