import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { field } from "../../src/engine/compile.js";
import { fieldReader, ValueRoute } from "../../src/engine/events/valueRoute.js";
import type { Event } from "../../src/schema/event.js";

const NAMES = ["subject", "unit", "period", "urgency", "data.procedure", "data.signed", "data.n"] as const;

describe("ValueRoute", () => {
  it("routes by the value of a data key, a missing value as null, any other value to `otherwise`", () => {
    // Arrange
    const route = new ValueRoute("data.procedure", new Map<string | number | boolean | null, number>([["P1", 1], [null, 2]]), 0);
    const ev = (data?: Record<string, unknown>): Event => ({ id: "e", type: "t", at: "2024-03-04T09:00:00+07:00", ...(data === undefined ? {} : { data }) }) as Event;
    // Act / Assert
    expect(route.listOf(ev({ procedure: "P1" }))).toBe(1);
    expect(route.listOf(ev({ other: "P1" }))).toBe(2);
    expect(route.listOf(ev())).toBe(2);
    expect(route.listOf(ev({ procedure: "P2" }))).toBe(0);
  });
});

describe("fieldReader (properties)", () => {
  it("reads what `field` reads, for every name a filter may test", () => {
    const value = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.record({ subject: value, unit: value, period: value, urgency: value }, { requiredKeys: [] }),
        fc.option(fc.dictionary(fc.constantFrom("procedure", "signed", "n", "x"), value), { nil: undefined }),
        (name, fields, data) => {
          // Arrange
          const e = { id: "e", type: "t", at: "2024-03-04T09:00:00+07:00", ...fields, ...(data === undefined ? {} : { data }) } as unknown as Event;
          // Act / Assert
          expect(fieldReader(name)(e)).toBe(field(e, name));
        },
      ),
    );
  });
});
