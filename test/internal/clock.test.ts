import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clockText, readClock } from "../../src/internal/clock.js";

/** Minutes of a strict "HH:mm" (00:00 … 24:00) read with a regular expression, or undefined. */
function readClockReference(value: string): number | undefined {
  const m = /^([0-9]{2}):([0-9]{2})$/.exec(value);
  if (m === null) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

const clockLike = fc
  .tuple(fc.constantFrom(..."0123456789:x -+".split("")), fc.constantFrom(..."0123456789".split("")), fc.constantFrom(":", ".", "h"), fc.nat(9), fc.nat(9))
  .map(([a, b, sep, c, d]) => `${a}${b}${sep}${c}${d}`);

describe("readClock", () => {
  it("reads 00:00, 07:30, 23:59 and 24:00; rejects 24:01, 12:60, 7:30, 07:3 and non-strings", () => {
    expect(readClock("00:00")).toBe(0);
    expect(readClock("07:30")).toBe(450);
    expect(readClock("23:59")).toBe(1439);
    expect(readClock("24:00")).toBe(1440);
    for (const bad of ["24:01", "12:60", "7:30", "07:3", "07-30", "", 730, null, undefined]) expect(readClock(bad)).toBeUndefined();
  });

  it("agrees with a regular-expression reading on clock-like and arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(clockLike, fc.string({ maxLength: 6 })), (s) => {
        expect(readClock(s)).toBe(readClockReference(s));
      }),
    );
  });
});

describe("clockText", () => {
  it("writes whole minutes rounded down: 0 → 00:00, 450,000 ms → 00:07, 27,059,999 ms → 07:30, 24 h → 24:00", () => {
    expect(clockText(0)).toBe("00:00");
    expect(clockText(450_000)).toBe("00:07");
    expect(clockText(27_059_999)).toBe("07:30");
    expect(clockText(86_400_000)).toBe("24:00");
  });

  it("is the inverse of readClock on every valid clock", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (minutes) => {
        const text = clockText(minutes * 60_000);
        expect(readClock(text)).toBe(minutes);
      }),
    );
  });
});
