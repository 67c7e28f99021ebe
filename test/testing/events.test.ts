import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantToEpochMs } from "../../src/day/instant.js";
import { evaluate } from "../../src/engine/index.js";
import { InvalidInputError } from "../../src/errors.js";
import { parseEvent, parsePlan } from "../../src/schema/index.js";
import { eventLogArb } from "../../src/testing/index.js";
import { seedPlan } from "../engine/_plans.js";

const plan = parsePlan(seedPlan());
const FROM = "2024-01-01T00:00:00+07:00";
const TO = "2024-06-30T23:59:00+07:00";

/** The event types a plan names, read from its JSON (every key that holds event types). */
function typesNamed(): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === "string") out.add(v);
    else if (Array.isArray(v)) v.forEach(add);
  };
  for (const o of plan.obligations as unknown as readonly Record<string, unknown>[]) {
    for (const key of ["trigger", "counts"]) add((o[key] as { type?: unknown } | undefined)?.type);
    for (const key of ["completedBy", "anchorEvent", "pause", "resume", "restart", "cancel"]) add(o[key]);
    add((o["extensions"] as { events?: unknown } | undefined)?.events);
  }
  return out;
}

describe("eventLogArb", () => {
  it("rejects crossed bounds and bad counts", () => {
    // Arrange, Act, Assert
    expect(() => eventLogArb(plan, { from: TO, to: FROM })).toThrow(InvalidInputError);
    expect(() => eventLogArb(plan, { maxEvents: -1 })).toThrow(InvalidInputError);
    expect(() => eventLogArb(plan, { minEvents: 5, maxEvents: 2 })).toThrow(InvalidInputError);
    expect(() => eventLogArb(plan, { subjects: [] })).toThrow(InvalidInputError);
  });

  it("uses every event type of the plan, and where clauses", () => {
    // Arrange, Act
    const events = fc.sample(eventLogArb(plan, { from: FROM, to: TO, maxEvents: 40 }), 200).flat();
    // Assert
    expect(new Set(events.map((e) => e.type))).toEqual(typesNamed());
    expect(events.some((e) => e.data?.["category"] === "noi_bo")).toBe(true);
    expect(events.some((e) => e.deadline !== undefined)).toBe(true);
  });
});

describe("eventLogArb (properties)", () => {
  it("gives valid events of the plan's types, unique ids, in range, sorted, at most maxEvents", () => {
    const types = typesNamed();
    fc.assert(
      fc.property(eventLogArb(plan, { from: FROM, to: TO, maxEvents: 25, minEvents: 1 }), (events) => {
        // Arrange
        const ms = events.map((e) => instantToEpochMs(e.at));
        // Act, Assert
        expect(events.length).toBeGreaterThanOrEqual(1);
        expect(events.length).toBeLessThanOrEqual(25);
        expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
        for (const event of events) {
          expect(parseEvent(event)).toEqual(event);
          expect(types.has(event.type)).toBe(true);
        }
        expect(ms.every((t, i) => t >= instantToEpochMs(FROM) && t <= instantToEpochMs(TO) && (i === 0 || t >= (ms[i - 1] as number)))).toBe(true);
      }),
    );
  });

  it("evaluate accounts for every generated event", () => {
    fc.assert(
      fc.property(eventLogArb(plan, { from: FROM, to: TO, maxEvents: 25 }), (events) => {
        // Arrange, Act
        const { accounting } = evaluate(plan, events, { asOf: "2024-07-01T00:00:00+07:00" });
        // Assert
        expect(accounting.used.length + accounting.ignored.length).toBe(events.length);
      }),
      { numRuns: 50 },
    );
  });
});
