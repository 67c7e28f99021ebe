import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors.js";
import { eventSchema, parseEvent } from "../../src/schema/index.js";
import { readEvent } from "../../src/schema/event.js";

describe("parseEvent", () => {
  it("accepts an event with every field", () => {
    const e = { id: "e1", type: "task_assigned", at: "2024-03-01T08:00:00+07:00", subject: "NV-1", unit: "vp", period: "2024-Q1", deadline: "2024-03-15", urgency: "khan", data: { x: 1 } };
    expect(parseEvent(e)).toBe(e);
  });

  it("accepts instants without offset (Vietnam) and bare dates", () => {
    expect(readEvent({ id: "a", type: "t", at: "2024-03-01T08:00" })).toMatchObject({ ok: true, ms: Date.parse("2024-03-01T01:00:00Z") });
    expect(readEvent({ id: "a", type: "t", at: "2024-03-01" })).toMatchObject({ ok: true, ms: Date.parse("2024-02-29T17:00:00Z") });
  });

  it("reports every problem of a bad event with its path, unknown keys with a suggestion", () => {
    const r = readEvent({ id: "", type: "t", at: "2024-02-30T08:00", subjet: "A", urgency: "gấp" }, [7]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = Object.fromEntries(r.issues.map((i) => [i.path.join("."), i.code]));
    expect(codes).toEqual({ "7.id": "invalid_value", "7.at": "invalid_instant", "7.subjet": "unknown_key", "7.urgency": "invalid_value" });
    expect(r.issues.find((i) => i.code === "unknown_key")?.params).toEqual({ key: "subjet", suggestion: "subject" });
  });

  it("throws InvalidInputError invalid_event from parseEvent", () => {
    expect(() => parseEvent({ id: "e", type: "t" })).toThrow(InvalidInputError);
    try {
      parseEvent(null);
    } catch (e) {
      expect((e as InvalidInputError).code).toBe("invalid_event");
    }
  });
});

describe("parseEvent (properties)", () => {
  it("the fast path and the zod schema agree on validity", () => {
    // Arrange: events built from valid and invalid parts
    const part = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<unknown>) => fc.oneof(valid, invalid);
    const arb = fc.record(
      {
        id: part(fc.string({ minLength: 1, maxLength: 5 }), fc.constantFrom("", 3, null)),
        type: part(fc.constantFrom("a", "b"), fc.constantFrom("", 1)),
        at: part(fc.constantFrom("2024-01-09T14:00:00+07:00", "2024-01-09", "2024-01-09T14:00Z"), fc.constantFrom("2024-13-01", "x", 5)),
        subject: part(fc.string({ minLength: 1, maxLength: 3 }), fc.constantFrom("", 2)),
        period: part(fc.constantFrom("2024", "2024-Q1", "2024-07", "2024-W02", "2024-07-05", "2024-H2"), fc.constantFrom("2024-Q5", "July")),
        urgency: part(fc.constantFrom("hoa_toc", "khan"), fc.constantFrom("urgent")),
        data: part(fc.dictionary(fc.string({ maxLength: 3 }), fc.integer()), fc.constantFrom(null, [1], "d")),
        extra: fc.constant(1),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arb, (value) => {
        // Act
        const fast = readEvent(value).ok;
        const zod = eventSchema.safeParse(value).success;
        // Assert
        expect(fast).toBe(zod);
      }),
    );
  });
});
