/**
 * fast-check arbitraries for deadline tests (rules, anchors, policies). Day arbitraries come from
 * the shared `test/_arbitraries.ts`.
 */
import fc from "fast-check";
import { dayNumberFromYmd, fromDayNumber, type IsoDate } from "../../src/day/dayNumber.js";
import { epochMsToInstant } from "../../src/day/instant.js";
import type { DeadlineRule, RecurringRule, RelativeRule } from "../../src/deadline/types.js";
import { dayNumberArb } from "../_arbitraries.js";

/** Years with official data and the projection right after them. */
export const YEARS = { min: dayNumberFromYmd(2019, 1, 1), max: dayNumberFromYmd(2029, 12, 31) } as const;

/** Civil dates 2019–2029. */
export const anchorDateArb: fc.Arbitrary<IsoDate> = dayNumberArb(YEARS).map((d) => fromDayNumber(d));

/** Instants 2019–2029 with a minute resolution, written with the Vietnamese offset. */
export const anchorInstantArb: fc.Arbitrary<string> = fc
  .tuple(dayNumberArb(YEARS), fc.integer({ min: 0, max: 24 * 60 - 1 }))
  .map(([day, minute]) => epochMsToInstant(day * 86_400_000 - 7 * 3_600_000 + minute * 60_000));

/** A date or an instant. */
export const anchorArb: fc.Arbitrary<string> = fc.oneof(anchorDateArb, anchorInstantArb);

/** Relative rules counted in days, weeks, months or years. */
export function relativeRuleArb(units: readonly RelativeRule["unit"][] = ["day", "calendar_day", "working_day", "week", "month", "year"]): fc.Arbitrary<RelativeRule> {
  return fc.record({
    kind: fc.constant("relative" as const),
    amount: fc.integer({ min: 0, max: 60 }),
    unit: fc.constantFrom(...units),
    anchor: fc.constant({ text: "ngày nhận" }),
  });
}

/** Recurring rules of every frequency with a consistent shape. */
export const recurringRuleArb: fc.Arbitrary<RecurringRule> = fc.oneof(
  fc.record({ kind: fc.constant("recurring" as const), frequency: fc.constant("monthly" as const), day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant("last" as const)), bound: fc.constantFrom("before" as const, "by" as const) }),
  fc.record({ kind: fc.constant("recurring" as const), frequency: fc.constant("monthly" as const), bound: fc.constant("within" as const) }),
  fc.record({ kind: fc.constant("recurring" as const), frequency: fc.constant("quarterly" as const), month: fc.integer({ min: 1, max: 3 }), day: fc.integer({ min: 1, max: 31 }), bound: fc.constantFrom("before" as const, "by" as const) }),
  fc.record({ kind: fc.constant("recurring" as const), frequency: fc.constant("yearly" as const), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), bound: fc.constantFrom("before" as const, "by" as const) }),
  fc.record({ kind: fc.constant("recurring" as const), frequency: fc.constant("yearly" as const), month: fc.integer({ min: 1, max: 12 }), bound: fc.constant("within" as const) }),
  fc.record({ kind: fc.constant("recurring" as const), frequency: fc.constant("weekly" as const), weekday: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const, 6 as const, 7 as const), bound: fc.constantFrom("before" as const, "by" as const) }),
);

/** RRULE rules built from a few monthly and yearly patterns. */
export const rruleRuleArb: fc.Arbitrary<DeadlineRule> = fc
  .oneof(
    fc.integer({ min: 1, max: 28 }).map((d) => `FREQ=MONTHLY;BYMONTHDAY=${d}`),
    fc.constant("FREQ=MONTHLY;BYMONTHDAY=-1"),
    fc.integer({ min: 1, max: 28 }).map((d) => `FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=${d}`),
    fc.constantFrom("MO", "TU", "WE", "TH", "FR").map((d) => `FREQ=WEEKLY;BYDAY=${d}`),
    fc.constant("FREQ=MONTHLY;BYDAY=-1FR"),
  )
  .chain((rrule) => fc.constantFrom("before" as const, "by" as const).map((bound): DeadlineRule => ({ kind: "rrule", rrule, bound })));
