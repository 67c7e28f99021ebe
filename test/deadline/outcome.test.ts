import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilServiceCalendar, createCalendar } from "../../src/calendar/index.js";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { readAnchor, readContext } from "../../src/deadline/context.js";
import { anchorOfEpochMs, computeDeadlineOutcome, validEnv } from "../../src/deadline/outcome.js";
import { resolvePolicy } from "../../src/deadline/policy.js";
import { parseRule } from "../../src/deadline/ruleCheck.js";
import type { DeadlineContext, Policy } from "../../src/deadline/types.js";
import { dayNumberFromYmd, fromDayNumber, toDayNumber } from "../../src/day/dayNumber.js";
import { civilDayOfEpochMs, epochMsToInstant, instantToEpochMs } from "../../src/day/instant.js";
import { ThoihanError } from "../../src/errors.js";
import { deadlineRuleArb } from "../../src/testing/rules.js";
import { dayNumberArb } from "../_arbitraries.js";

const officeCalendar = createCalendar({ name: "office-hours", officeHours: { sessions: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }] } });

/** 2019–2040: the later years of the civil-service calendar are projected, so some results are provisional. */
const DAYS = { min: dayNumberFromYmd(2019, 1, 1), max: dayNumberFromYmd(2040, 12, 31) } as const;
const dateArb = dayNumberArb(DAYS).map((d) => fromDayNumber(d));
const instantArb = fc.tuple(dayNumberArb(DAYS), fc.integer({ min: 0, max: 24 * 60 - 1 })).map(([day, minute]) => epochMsToInstant(day * 86_400_000 - 7 * 3_600_000 + minute * 60_000));

const policyArb: fc.Arbitrary<Partial<Policy>> = fc.record(
  {
    bareDayUnit: fc.constantFrom("calendar_day", "working_day"),
    excludeStartDay: fc.boolean(),
    endOfDay: fc.constantFrom("midnight", "office_close"),
    rollForward: fc.boolean(),
    beforeDate: fc.constantFrom("strict", "inclusive"),
    rollBackward: fc.boolean(),
    monthOverflow: fc.constantFrom("clamp", "error"),
    rollFixedDates: fc.boolean(),
    lateReceiptCutoff: fc.constantFrom("15:00", null),
    lateReceiptAtCutoff: fc.boolean(),
    workingDays: fc.constantFrom("whole_days", "office_hours"),
    require: fc.constantFrom("any", "decided"),
  },
  { requiredKeys: [] },
);

const contextArb: fc.Arbitrary<DeadlineContext> = fc
  .record(
    {
      anchor: fc.oneof(dateArb, instantArb),
      due: dateArb,
      year: fc.integer({ min: 2019, max: 2040 }),
      calendar: fc.constantFrom(civilServiceCalendar, officeCalendar),
      policy: policyArb,
      urgency: fc.constantFrom("hoa_toc", "thuong_khan", "khan"),
    },
    { requiredKeys: [] },
  )
  .map((c) => c as DeadlineContext);

type Result = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

function attempt(f: () => unknown): Result {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** What a thrown error says: its class, its issues and its English text. */
function said(error: unknown): unknown {
  if (!(error instanceof ThoihanError)) throw error;
  return { name: error.constructor.name, issues: error.issues, text: error.format("en") };
}

describe("computeDeadlineOutcome", () => {
  it("gives computeDeadline's last day, end, provisional and waived flags, or throws the same error (random rules and contexts)", () => {
    fc.assert(
      fc.property(deadlineRuleArb(), contextArb, (rule, context) => {
        // Arrange
        const valid = parseRule(rule, ["rule"]);
        // Act
        const full = attempt(() => computeDeadline(rule, context));
        const env = attempt(() => readContext(context));
        const outcome = env.ok ? attempt(() => computeDeadlineOutcome(valid, env.value as ReturnType<typeof readContext>)) : env;
        // Assert
        if (!full.ok) {
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) expect(said(outcome.error)).toEqual(said(full.error));
          return;
        }
        if (!outcome.ok) throw outcome.error;
        const d = full.value as ReturnType<typeof computeDeadline>;
        const o = outcome.value as ReturnType<typeof computeDeadlineOutcome>;
        expect({ lastDay: fromDayNumber(o.lastDay), endsAt: epochMsToInstant(o.endsAtMs), provisional: o.provisional, waived: o.waived }).toEqual({
          lastDay: d.lastDay,
          endsAt: d.endsAt,
          provisional: d.provisional,
          waived: d.waived === true,
        });
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same outcome from a context built of checked parts as from the validated context", () => {
    fc.assert(
      fc.property(deadlineRuleArb({ kinds: ["relative", "same_day", "urgent", "fixed_date", "before_deadline"] }), instantArb, dateArb, policyArb, (rule, anchor, due, layer) => {
        // Arrange
        const valid = parseRule(rule, ["rule"]);
        const policy = resolvePolicy(layer);
        const anchorPoint = anchorOfEpochMs(instantToEpochMs(anchor), false);
        // Act
        const checked = attempt(() => computeDeadlineOutcome(valid, validEnv(officeCalendar, policy, anchorPoint, undefined, toDayNumber(due))));
        const read = attempt(() => computeDeadlineOutcome(valid, readContext({ anchor, due, calendar: officeCalendar, policy })));
        // Assert
        if (read.ok) expect(checked).toEqual(read);
        else expect(checked.ok ? checked : said(checked.error)).toEqual(said(read.error));
      }),
      { numRuns: 200 },
    );
  });

  it("anchorOfEpochMs reads epoch milliseconds as the context reads their instant, or their day", () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 59_999 }), fc.boolean(), (text, extra, byDay) => {
        // Arrange
        const ms = instantToEpochMs(text) + extra;
        const written = byDay ? fromDayNumber(civilDayOfEpochMs(ms)) : epochMsToInstant(ms);
        // Act
        const anchor = anchorOfEpochMs(ms, byDay);
        // Assert
        expect(anchor).toEqual(readAnchor(written, ["context", "anchor"]));
      }),
    );
  });

  it("anchorOfEpochMs declines what the context would not read back as itself", () => {
    // Arrange
    const inRange = instantToEpochMs("2024-01-02T09:00:00+07:00");
    const tooLate = instantToEpochMs("2200-01-01T00:00:00+07:00");
    // Act / Assert
    expect(anchorOfEpochMs(inRange + 0.5, false)).toBeUndefined();
    expect(anchorOfEpochMs(tooLate, false)).toBeUndefined();
    expect(anchorOfEpochMs(tooLate - 1, true)).toEqual({ day: dayNumberFromYmd(2199, 12, 31), ms: instantToEpochMs("2199-12-31"), msOfDay: 0, isDate: true });
  });
});
