import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText } from "../../src/internal/compareText.js";

describe("compareText", () => {
  it("orders by UTF-16 code units, not by locale: 'Z' before 'a', 'a' before 'á'", () => {
    expect(compareText("Z", "a")).toBe(-1);
    expect(compareText("a", "á")).toBe(-1);
    expect(compareText("HS-10", "HS-10")).toBe(0);
    expect(compareText("HS-2", "HS-10")).toBe(1);
  });
});

describe("compareText (properties)", () => {
  it("sorts a list as Array.prototype.sort without a comparator does", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 6 }), { maxLength: 60 }), (list) => {
        expect(list.slice().sort(compareText)).toEqual(list.slice().sort());
      }),
    );
  });
});
