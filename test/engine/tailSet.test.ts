import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TailSet } from "../../src/engine/events/tailSet.js";
import { fnv1a } from "../../src/internal/fnv1a.js";

describe("TailSet", () => {
  it("property: every hash added is found (no false negative), whatever the expected size", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 3000 }), fc.integer({ min: 0, max: 5000 }), (hashes, expected) => {
        const set = new TailSet(expected);
        for (const h of hashes) set.add(h);
        for (const h of hashes) expect(set.mayHave(h)).toBe(true);
      }),
    );
  });

  it("finds few of the tails not added (about one in 32 when sized for what it holds)", () => {
    const set = new TailSet(10_000);
    for (let i = 0; i < 10_000; i++) set.add(fnv1a(`HS-${i}`));
    let found = 0;
    for (let i = 10_000; i < 110_000; i++) if (set.mayHave(fnv1a(`HS-${i}`))) found++;
    expect(found).toBeLessThan(5_000);
    expect(new TailSet(0).mayHave(fnv1a("HS-1"))).toBe(false);
  });
});
