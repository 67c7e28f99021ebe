import { describe, expect, it } from "vitest";
import { civilServiceCalendar, createCalendar, InvalidInputError, type WorkCalendar } from "../../src/index.js";
import { thrown } from "../_helpers.js";

/** Every object reachable from `value` through own properties is frozen. */
function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== "object" || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((k) => deeplyFrozen((value as Record<PropertyKey, unknown>)[k], seen));
}

describe("a shared calendar cannot be changed by its users", () => {
  it("civilServiceCalendar.days exposes no typed array: a stray write cannot corrupt later deadlines (was: every deadline became 1970-01-01)", () => {
    const days = civilServiceCalendar.days as unknown as Record<string, unknown>;
    expect(Object.getOwnPropertyNames(days)).toEqual([]);
    expect(Object.isFrozen(days)).toBe(true);
    for (const name of ["working", "cum", "workDays", "kinds", "statuses", "nextUndecided", "specialDayNumbers", "specialInfos"]) expect(days[name]).toBeUndefined();
    expect(() => {
      "use strict";
      days["add"] = () => 0;
    }).toThrow(TypeError);
    expect(civilServiceCalendar.addWorkingDays("2024-01-29", 10)).toBe("2024-02-19");
  });

  it("everything a calendar hands out is deeply frozen: options, office hours, day infos and their sources", () => {
    const withHours = createCalendar({ officeHours: { sessions: [{ start: "07:30", end: "11:30" }, { start: "13:00", end: "17:00" }] } });
    for (const calendar of [civilServiceCalendar, withHours]) {
      expect(Object.isFrozen(calendar)).toBe(true);
      expect(deeplyFrozen(calendar.options)).toBe(true);
      expect(deeplyFrozen(calendar.officeHours)).toBe(true);
      expect(deeplyFrozen(calendar.specialDays(2025))).toBe(true);
      expect(deeplyFrozen(calendar.dayInfo("2025-04-30"))).toBe(true);
      expect(deeplyFrozen(calendar.days.info(calendar.days.next(20_000 as never)))).toBe(true);
    }
  });

  it("Object.create(civilServiceCalendar) does not reach the calendar's internals: its methods throw invalid_type, not TypeError", () => {
    const fake = Object.create(civilServiceCalendar) as WorkCalendar;
    for (const call of [() => fake.isWorkingDay("2024-01-02"), () => fake.addWorkingDays("2024-01-02", 1), () => fake.days, () => fake.dayInfo("2024-01-02"), () => fake.specialDays(2024)]) {
      const e = thrown(call);
      expect(e).toBeInstanceOf(InvalidInputError);
      expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["this"], params: { expected: "WorkCalendar" } });
    }
  });

  it("a method taken off its calendar throws invalid_type when called without it", () => {
    const { addWorkingDays } = civilServiceCalendar;
    expect(thrown(() => addWorkingDays("2024-01-02", 1)).code).toBe("invalid_type");
  });
});
