import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Int32Map } from "../../src/internal/int32Map.js";

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

describe("Int32Map", () => {
  it("answers −1 for a key never set, 0 included (an empty slot is not a key 0)", () => {
    // Arrange
    const map = new Int32Map(4);
    // Act
    map.set(5, 7);
    // Assert
    expect(map.get(0)).toBe(-1);
    expect(map.get(5)).toBe(7);
    expect(map.size).toBe(1);
  });

  it("keeps every key past the size it was made for (the columns double)", () => {
    // Arrange
    const map = new Int32Map(0);
    // Act
    for (let k = 0; k < 5000; k++) map.set(k * 65_536, k);
    // Assert (keys that differ only in their high bits)
    expect(map.size).toBe(5000);
    for (let k = 0; k < 5000; k++) expect(map.get(k * 65_536)).toBe(k);
  });
});

describe("Int32Map (properties)", () => {
  it("agrees with Map on every key set and on keys never set, whatever the expected size", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(int32, fc.integer({ min: 0, max: 2 ** 31 - 1 })), { maxLength: 2000 }), fc.array(int32, { maxLength: 200 }), fc.integer({ min: 0, max: 3000 }), (entries, probes, expected) => {
        const map = new Int32Map(expected);
        const reference = new Map<number, number>();
        for (const [k, v] of entries) {
          map.set(k, v);
          reference.set(k, v);
        }
        expect(map.size).toBe(reference.size);
        for (const k of [...reference.keys(), ...probes]) expect(map.get(k)).toBe(reference.get(k) ?? -1);
      }),
      { numRuns: 60 },
    );
  });
});
