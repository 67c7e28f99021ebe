import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, ThoihanError, civilDateOf, formatIssue } from "../../src/index.js";
import { epochMsToInstant, instantToEpochMs, startOfDayInstant } from "../../src/day/instant.js";
import { civilOfEpochMs, epochMsOfCivil } from "../../src/day/instant.js";
import { thrown } from "../_helpers.js";

describe("instantToEpochMs", () => {
  it("reads an instant without offset as Asia/Ho_Chi_Minh (UTC+7), as DESIGN §2 says", () => {
    expect(instantToEpochMs("2024-01-09T14:00")).toBe(Date.UTC(2024, 0, 9, 7, 0));
    expect(instantToEpochMs("2024-01-09T14:00:00")).toBe(Date.UTC(2024, 0, 9, 7, 0));
    expect(instantToEpochMs("2024-01-09")).toBe(Date.UTC(2024, 0, 8, 17, 0));
  });

  it("honours an explicit offset or Z", () => {
    expect(instantToEpochMs("2024-01-09T14:00:00+07:00")).toBe(Date.UTC(2024, 0, 9, 7));
    expect(instantToEpochMs("2024-01-09T07:00:00Z")).toBe(Date.UTC(2024, 0, 9, 7));
    expect(instantToEpochMs("2024-01-09T02:00:00-05:00")).toBe(Date.UTC(2024, 0, 9, 7));
    expect(instantToEpochMs("2024-01-09T14:00:00.250+07:00")).toBe(Date.UTC(2024, 0, 9, 7, 0, 0, 250));
  });

  it("uses the historical offset before 13/06/1975 (UTC+8 in Saigon 1959–1975)", () => {
    expect(instantToEpochMs("1970-01-01T08:00")).toBe(0);
  });

  it.each(["", "2024-01-09T25:00", "2024-02-30T10:00", "2024-01-09T10", "2024-01-09T10:00+7", "yesterday", "2024-01-09T10:00:00+07:00x"])(
    "rejects %j with invalid_instant",
    (value) => {
      expect(() => instantToEpochMs(value)).toThrowError(InvalidInputError);
    },
  );

  it("rejects non-strings with invalid_type, never a TypeError", () => {
    expect(() => instantToEpochMs(12 as unknown as string)).toThrowError(InvalidInputError);
    expect(() => instantToEpochMs(undefined as unknown as string)).toThrowError(InvalidInputError);
  });
});

describe("civilDateOf", () => {
  it("gives the Vietnamese civil date: 18:30 UTC on 09/02/2024 is 01:30 on mùng 1 Tết, 10/02/2024", () => {
    expect(civilDateOf("2024-02-09T18:30:00Z")).toBe("2024-02-10");
    expect(civilDateOf("2024-02-09T16:59:59Z")).toBe("2024-02-09");
  });

  it("writes instants in +07:00", () => {
    expect(epochMsToInstant(Date.UTC(2024, 0, 9, 7))).toBe("2024-01-09T14:00:00+07:00");
    expect(startOfDayInstant("2024-02-10")).toBe("2024-02-10T00:00:00+07:00");
  });
});

describe("instants (properties)", () => {
  const msArb = fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2199, 11, 31) });

  it("format then read is the identity (millisecond precision)", () => {
    fc.assert(
      fc.property(msArb, (ms) => {
        // Arrange
        const text = epochMsToInstant(ms);
        // Act
        const back = instantToEpochMs(text);
        // Assert
        expect(back).toBe(ms);
      }),
    );
  });

  it("reads the canonical form YYYY-MM-DDTHH:mm:ss+07:00 as Date.parse does, and rejects what is not a valid instant", () => {
    const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (y, mo, d, h, mi, s) => {
          const text = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+07:00`;
          const valid = mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() && h <= 23 && mi <= 59 && s <= 59;
          const read = (() => {
            try {
              return instantToEpochMs(text);
            } catch {
              return undefined;
            }
          })();
          expect(read).toBe(valid ? Date.parse(text) : undefined);
        },
      ),
    );
  });

  it("civil day and time round-trip through epochMsOfCivil", () => {
    fc.assert(
      fc.property(msArb, (ms) => {
        const { day, msOfDay } = civilOfEpochMs(ms);
        expect(msOfDay).toBeGreaterThanOrEqual(0);
        expect(msOfDay).toBeLessThan(86_400_000);
        expect(epochMsOfCivil(day, msOfDay)).toBe(ms);
      }),
    );
  });
});

describe("instant inputs", () => {
  it("startOfDayInstant takes a date, not an instant, and checks the range", () => {
    expect(() => startOfDayInstant("2024-02-10T05:00")).toThrow(InvalidInputError);
    expect(() => startOfDayInstant("2500-01-01")).toThrow(ThoihanError);
  });

  it.each([undefined, NaN, Infinity, "0"])("epochMsToInstant(%j) is an InvalidInputError", (value) => {
    expect(() => epochMsToInstant(value as unknown as number)).toThrow(InvalidInputError);
  });

  it("formatIssue renders an issue with a malformed path or params, and rejects a value that is no issue with an InvalidInputError (never a TypeError, never 'undefined')", () => {
    expect(formatIssue({ code: "nope", path: "x", params: null } as never, "en")).toBe('"nope" {}');
    for (const bad of [undefined, null, {}, 5, "invalid_date", []]) {
      const e = thrown(() => formatIssue(bad as never));
      expect(e).toBeInstanceOf(InvalidInputError);
      expect(e.code).toBe("invalid_type");
      expect(e.message).not.toContain("undefined");
    }
  });
});
