import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fnv1a } from "../../src/internal/fnv1a.js";
import { StringMap } from "../../src/internal/stringMap.js";

/** Two distinct strings of one FNV-1a hash (found by counting up; a collision is certain within 2³² + 1 strings, found far sooner). */
function collidingPair(): [string, string] {
  const seen = new Map<number, string>();
  for (let k = 0; ; k++) {
    const s = `k${k}`;
    const h = fnv1a(s);
    const other = seen.get(h);
    if (other !== undefined) return [other, s];
    seen.set(h, s);
  }
}

/** One operation on a map: set a key, look a key up, or take a slot and set through it. */
type Op = { kind: "set"; key: string; value: number } | { kind: "get"; key: string } | { kind: "slot"; key: string; value: number };

const keyArb = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("", "a", "b", "HS-1", "HS-2", "ngày", "Ω"));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), key: keyArb, value: fc.integer() }),
  fc.record({ kind: fc.constant("get" as const), key: keyArb }),
  fc.record({ kind: fc.constant("slot" as const), key: keyArb, value: fc.integer() }),
);

describe("StringMap", () => {
  it("finds the empty string again once set (its hash is an int32 as the table's slots store it)", () => {
    // Arrange
    const map = new StringMap<number>(0);
    // Act
    map.set("", 1);
    map.set("", 2);
    // Assert
    expect(map.size).toBe(1);
    expect(map.get("")).toBe(2);
  });

  it("tells apart two keys whose hashes collide", () => {
    // Arrange
    const [a, b] = collidingPair();
    const map = new StringMap<string>(0);
    // Act
    map.set(a, "first");
    map.set(b, "second");
    // Assert
    expect(fnv1a(a)).toBe(fnv1a(b));
    expect(map.get(a)).toBe("first");
    expect(map.get(b)).toBe("second");
    expect(map.size).toBe(2);
  });

  it("grows past the expected size and the table's first capacity, keeping every entry", () => {
    // Arrange
    const map = new StringMap<number>(2);
    // Act
    for (let k = 0; k < 1000; k++) map.set(`HS-${k}`, k);
    // Assert
    expect(map.size).toBe(1000);
    expect(map.get("HS-0")).toBe(0);
    expect(map.get("HS-999")).toBe(999);
    expect(map.get("HS-1000")).toBeUndefined();
    expect(map.values()).toEqual(Array.from({ length: 1000 }, (_, k) => k));
  });

  it("withValues keeps the keys and their order with the new values", () => {
    // Arrange
    const map = new StringMap<number>(4);
    for (const key of ["c", "a", "b"]) map.set(key, key.charCodeAt(0));
    // Act
    const named = map.withValues(["C", "A", "B"]);
    // Assert
    expect(named.get("a")).toBe("A");
    expect(named.get("c")).toBe("C");
    expect(named.values()).toEqual(["C", "A", "B"]);
    expect(named.keys.slice(0, named.size)).toEqual(["c", "a", "b"]);
  });
});

describe("StringMap (properties)", () => {
  it("answers as a Map does for any sequence of sets, lookups and slot writes, with values in insertion order", () => {
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.array(opArb, { maxLength: 200 }), (expected, ops) => {
        // Arrange
        const map = new StringMap<number>(expected);
        const model = new Map<string, number>();
        // Act / Assert
        for (const op of ops) {
          if (op.kind === "set") {
            map.set(op.key, op.value);
            model.set(op.key, op.value);
          } else if (op.kind === "get") {
            expect(map.get(op.key)).toBe(model.get(op.key));
          } else {
            const hash = fnv1a(op.key);
            const slot = map.slotOf(op.key, hash);
            expect(map.at(slot)).toBe(model.get(op.key));
            if (map.at(slot) === undefined) map.insertAt(slot, op.key, hash, op.value);
            else map.replaceAt(slot, op.value);
            model.set(op.key, op.value);
          }
        }
        expect(map.size).toBe(model.size);
        expect(map.values()).toEqual([...model.values()]);
        expect(map.keys.slice(0, map.size)).toEqual([...model.keys()]);
      }),
    );
  });
});
