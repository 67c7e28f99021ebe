import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MANY_OWNERS, NO_OWNER, TailOwners } from "../../src/engine/events/tailOwners.js";
import { fnv1a } from "../../src/internal/fnv1a.js";

describe("TailOwners", () => {
  it("sends a completion to the one procedure whose dossier has its subject, and to none for a subject never received", () => {
    // Arrange: procedure 0 received HS-1, procedure 3 received HS-2
    const owners = new TailOwners(2);
    owners.add(fnv1a("HS-1"), 0);
    owners.add(fnv1a("HS-2"), 3);
    // Act / Assert
    expect(owners.ownerOf(fnv1a("HS-1"))).toBe(0);
    expect(owners.ownerOf(fnv1a("HS-2"))).toBe(3);
    expect(owners.ownerOf(fnv1a("HS-3"))).toBe(NO_OWNER);
  });

  it("names many owners when two obligations were triggered for one subject (each must then match it)", () => {
    const owners = new TailOwners(1);
    owners.add(fnv1a("VB-7"), 2);
    owners.add(fnv1a("VB-7"), 2);
    expect(owners.ownerOf(fnv1a("VB-7"))).toBe(2);
    owners.add(fnv1a("VB-7"), 5);
    expect(owners.ownerOf(fnv1a("VB-7"))).toBe(MANY_OWNERS);
  });

  it("property: no tail is lost — the owner found is the one obligation that added the hash, or many when several did", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 60 })), { maxLength: 2000 }), fc.integer({ min: 0, max: 3000 }), (adds, expected) => {
        const owners = new TailOwners(expected);
        const reference = new Map<number, Set<number>>();
        for (const [hash, index] of adds) {
          owners.add(hash, index);
          const set = reference.get(hash) ?? new Set<number>();
          set.add(index);
          reference.set(hash, set);
        }
        for (const [hash, set] of reference) expect(owners.ownerOf(hash)).toBe(set.size === 1 ? [...set][0] : MANY_OWNERS);
      }),
      { numRuns: 60 },
    );
  });
});
