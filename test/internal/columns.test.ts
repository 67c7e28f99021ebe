import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grownFloat64, grownInt32, grownUint8, nanColumn } from "../../src/internal/columns.js";

describe("growable columns", () => {
  it("nanColumn is NaN in every cell (a column whose null is NaN)", () => {
    const column = nanColumn(5);
    expect(column.length).toBe(5);
    expect([...column].every((v) => Number.isNaN(v))).toBe(true);
  });
});

describe("growable columns (properties)", () => {
  it("a grown column keeps its cells and fills the new ones (NaN or 0; the fill given; 0)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 40 }), fc.nat({ max: 40 }), fc.boolean(), fc.integer({ min: -1, max: 1 }), (cells, extra, nan, fill) => {
        // Arrange
        const capacity = cells.length + extra;
        // Act
        const f = grownFloat64(Float64Array.from(cells), capacity, nan);
        const i = grownInt32(Int32Array.from(cells), capacity, fill);
        const u = grownUint8(Uint8Array.from(cells), capacity);
        // Assert
        expect([...f]).toEqual([...cells, ...Array.from({ length: extra }, () => (nan ? Number.NaN : 0))]);
        expect([...i]).toEqual([...cells, ...Array.from({ length: extra }, () => fill)]);
        expect([...u]).toEqual([...cells.map((c) => c & 255), ...Array.from({ length: extra }, () => 0)]);
      }),
    );
  });
});
