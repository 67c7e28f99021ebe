import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilServiceCalendar, createCalendar } from "../../src/calendar/index.js";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import type { DeadlineRule, RelativeRule } from "../../src/deadline/types.js";
import { addDays, dayNumberFromYmd, fromDayNumber } from "../../src/day/dayNumber.js";
import { instantToEpochMs } from "../../src/day/instant.js";
import { dayNumberArb } from "../_arbitraries.js";
import { anchorArb, anchorDateArb, anchorInstantArb, relativeRuleArb, YEARS } from "./_arbitraries.js";

const ms = (instant: string): number => instantToEpochMs(instant);
const officeCalendar = createCalendar({ name: "office-hours", officeHours: { sessions: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }] } });

describe("computeDeadline (properties)", () => {
  it("a later anchor never gives an earlier deadline (calendar days, working days, weeks, months, years)", () => {
    fc.assert(
      fc.property(relativeRuleArb(), anchorArb, anchorArb, (rule, a, b) => {
        // Arrange
        const [early, late] = ms(a) <= ms(b) ? [a, b] : [b, a];
        // Act
        const d1 = computeDeadline(rule, { anchor: early });
        const d2 = computeDeadline(rule, { anchor: late });
        // Assert
        expect(ms(d1.endsAt)).toBeLessThanOrEqual(ms(d2.endsAt));
        expect(d1.lastDay <= d2.lastDay).toBe(true);
      }),
    );
  });

  it("a later anchor never gives an earlier deadline under office hours and the 15:00 cut-off", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.constantFrom<RelativeRule["unit"]>("working_day", "working_hour"), anchorInstantArb, anchorInstantArb, fc.boolean(), (amount, unit, a, b, cutoff) => {
        // Arrange
        const rule: RelativeRule = { kind: "relative", amount, unit, anchor: { text: "khi nhận hồ sơ" } };
        const [early, late] = ms(a) <= ms(b) ? [a, b] : [b, a];
        const policy = { workingDays: "office_hours", lateReceiptCutoff: cutoff ? "15:00" : null } as const;
        // Act
        const d1 = computeDeadline(rule, { anchor: early, calendar: officeCalendar, policy });
        const d2 = computeDeadline(rule, { anchor: late, calendar: officeCalendar, policy });
        // Assert
        expect(ms(d1.endsAt)).toBeLessThanOrEqual(ms(d2.endsAt));
      }),
    );
  });

  it("the deadline is after the anchor for any positive amount", () => {
    fc.assert(
      fc.property(relativeRuleArb(["day", "working_day", "week", "month", "year", "hour"]), anchorArb, (rule, anchor) => {
        // Arrange
        const positive = { ...rule, amount: Math.max(1, rule.amount) };
        // Act
        const d = computeDeadline(positive, { anchor });
        // Assert
        expect(ms(d.endsAt)).toBeGreaterThan(ms(anchor));
      }),
    );
  });

  it('strict "trước ngày X" is never later than inclusive "chậm nhất ngày X"', () => {
    fc.assert(
      fc.property(anchorDateArb, fc.boolean(), (x, roll) => {
        // Arrange
        const [year, month, day] = x.split("-").map(Number) as [number, number, number];
        const rule: DeadlineRule = { kind: "fixed_date", dates: [{ year, month, day }], bound: "before" };
        const by: DeadlineRule = { kind: "fixed_date", dates: [{ year, month, day }], bound: "by" };
        // Act
        const strict = computeDeadline(rule, { policy: { rollFixedDates: roll } });
        const inclusive = computeDeadline(rule, { policy: { beforeDate: "inclusive", rollFixedDates: roll } });
        const chamNhat = computeDeadline(by, { policy: { rollFixedDates: roll } });
        // Assert
        expect(ms(strict.endsAt)).toBeLessThanOrEqual(ms(inclusive.endsAt));
        expect(inclusive).toEqual({ ...chamNhat, trace: inclusive.trace, notes: inclusive.notes });
        if (!roll) expect(strict.lastDay).toBe(addDays(x, -1));
      }),
    );
  });

  it("a working-day deadline is never earlier than the calendar-day deadline of the same N ≥ 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), anchorArb, (amount, anchor) => {
        // Arrange
        const calendarDays: RelativeRule = { kind: "relative", amount, unit: "calendar_day", anchor: { text: "x" } };
        const workingDays: RelativeRule = { ...calendarDays, unit: "working_day" };
        // Act
        const c = computeDeadline(calendarDays, { anchor });
        const w = computeDeadline(workingDays, { anchor });
        // Assert
        expect(w.lastDay >= c.lastDay).toBe(true);
      }),
    );
  });

  it("results rolled forward (and working-day results) are working days", () => {
    fc.assert(
      fc.property(relativeRuleArb(["calendar_day", "working_day", "week", "month", "year"]), anchorArb, (rule, anchor) => {
        // Act
        const d = computeDeadline({ ...rule, amount: Math.max(1, rule.amount) }, { anchor });
        // Assert
        expect(civilServiceCalendar.isWorkingDay(d.lastDay)).toBe(true);
      }),
    );
  });

  it("a backward target is a working day (rollBackward) and never after the deadline it counts from", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.constantFrom("day" as const, "working_day" as const), anchorDateArb, fc.boolean(), (amount, unit, due, rollBackward) => {
        // Arrange
        const rule: DeadlineRule = { kind: "before_deadline", amount, unit, reference: "thời hạn quy định" };
        // Act
        const d = computeDeadline(rule, { due, policy: { rollBackward } });
        // Assert
        expect(d.lastDay <= due).toBe(true);
        if (rollBackward) expect(civilServiceCalendar.isWorkingDay(d.lastDay)).toBe(true);
        if (amount > 0 && unit === "working_day") expect(d.lastDay < due).toBe(true);
        if (unit === "day" && !rollBackward) expect(d.lastDay).toBe(addDays(due, -amount));
      }),
    );
  });

  it("endsAt is 24:00 of lastDay for every day-based rule", () => {
    fc.assert(
      fc.property(relativeRuleArb(), anchorArb, (rule, anchor) => {
        // Act
        const d = computeDeadline(rule, { anchor });
        // Assert
        expect(d.endsAt).toBe(`${addDays(d.lastDay, 1)}T00:00:00+07:00`);
      }),
    );
  });

  it("calendar days: lastDay is anchor + N, or the next working day after it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), anchorDateArb, (amount, anchor) => {
        // Act
        const d = computeDeadline({ kind: "relative", amount, unit: "day", anchor: { text: "x" } }, { anchor });
        // Assert
        const plain = addDays(anchor, amount);
        const expected = civilServiceCalendar.isWorkingDay(plain) ? plain : civilServiceCalendar.nextWorkingDay(plain);
        expect(d.lastDay).toBe(expected);
      }),
    );
  });

  it("working days agree with the calendar's addWorkingDays", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), anchorDateArb, (amount, anchor) => {
        // Act
        const d = computeDeadline({ kind: "relative", amount, unit: "working_day", anchor: { text: "x" } }, { anchor });
        // Assert
        expect(d.lastDay).toBe(civilServiceCalendar.addWorkingDays(anchor, amount));
      }),
    );
  });

  it("provisional iff some undecided day is listed, and require: decided throws exactly then", () => {
    fc.assert(
      fc.property(relativeRuleArb(["working_day", "calendar_day"]), dayNumberArb({ min: dayNumberFromYmd(2026, 6, 1), max: YEARS.max }), (rule, day) => {
        // Arrange
        const anchor = fromDayNumber(day);
        // Act
        const d = computeDeadline(rule, { anchor });
        // Assert: an oracle of the days the answer depends on — (anchor, lastDay] for working days
        // ([anchor, lastDay] for 0); for calendar days only the nominal last day and the days it rolled over.
        const nominal = rule.unit === "working_day" ? (rule.amount === 0 ? anchor : addDays(anchor, 1)) : addDays(anchor, rule.amount);
        const expected = nominal <= d.lastDay ? civilServiceCalendar.undecidedDaysBetween(nominal, d.lastDay).map((u) => u.date) : [];
        expect((d.undecided ?? []).map((u) => u.date)).toEqual(expected);
        expect(d.provisional).toBe(expected.length > 0);
        if (d.provisional) expect(() => computeDeadline(rule, { anchor, policy: { require: "decided" } })).toThrow(/calendar_year_not_covered/);
        else expect(computeDeadline(rule, { anchor, policy: { require: "decided" } })).toEqual(d);
      }),
    );
  });

  it("does not mutate its inputs and returns frozen results", () => {
    fc.assert(
      fc.property(relativeRuleArb(), anchorArb, (rule, anchor) => {
        // Arrange
        const withExtras: DeadlineRule = { ...rule, cap: { amount: 30, unit: "day" }, except: [{ urgency: "khan", rule: { ...rule, amount: 1 } }], notes: [{ code: "bare_day_unit" }] };
        const context = { anchor, policy: { beforeDate: "inclusive" as const }, urgency: "hoa_toc" as const };
        const before = JSON.stringify([withExtras, context]);
        // Act
        const d = computeDeadline(withExtras, context);
        // Assert
        expect(JSON.stringify([withExtras, context])).toBe(before);
        expect(Object.isFrozen(d)).toBe(true);
        expect(Object.isFrozen(d.trace)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
