import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { COVERED_EXPORTS, ENTRIES } from "./_entries.js";
import { inputFrom, snapshot } from "./_values.js";

/** Arguments for an entry: for each position, a valid value, a mutation of one, or an odd value; sometimes one argument more or fewer. */
function argsFor(valid: readonly (readonly unknown[])[]): fc.Arbitrary<unknown[]> {
  const arity = Math.max(1, ...valid.map((v) => v.length));
  const positions = Array.from({ length: arity }, (_, i) => inputFrom(valid.filter((v) => i < v.length).map((v) => v[i])));
  return fc.tuple(fc.tuple(...positions), fc.integer({ min: -1, max: 1 })).map(([args, delta]) => (delta < 0 ? args.slice(0, Math.max(0, args.length - 1)) : delta > 0 ? [...args, undefined] : args));
}

describe("fuzz: every public function", () => {
  it("the table covers every function exported by src/index.ts", () => {
    const functions = Object.entries(api).filter(([, v]) => typeof v === "function").map(([k]) => k);
    expect(functions.filter((name) => !COVERED_EXPORTS.has(name))).toEqual([]);
  });

  it.each(ENTRIES.map((e) => [e.name, e] as const))("%s: only ThoihanError escapes, and no argument is mutated", (_name, entry) => {
    fc.assert(
      fc.property(argsFor(entry.valid), (args) => {
        const before = args.map((a) => snapshot(a));
        try {
          entry.call(...args);
        } catch (e) {
          if (!(e instanceof api.ThoihanError)) throw new Error(`${entry.name} threw ${(e as Error)?.constructor?.name}: ${String((e as Error)?.message ?? e).slice(0, 300)}`, { cause: e });
          // the error itself is well formed and prints in both languages
          expect(e.issues.length).toBeGreaterThan(0);
          expect(typeof e.format("en")).toBe("string");
          expect(e.message.length).toBeLessThan(20_000);
        }
        expect(args.map((a) => snapshot(a))).toEqual(before);
      }),
    );
  });
});
