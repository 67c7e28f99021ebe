import fc from "fast-check";
import * as rruleModule from "rrule";
import { describe, expect, it } from "vitest";
import { dayNumberFromYmd, fromDayNumber, toDayNumber, ymdFromDayNumber, type DayNumber } from "../../src/day/dayNumber.js";
import { expandRrule, parseRrule, type ParsedRrule } from "../../src/recurrence/rrule.js";

/**
 * The oracle: the rrule package (a port of python-dateutil's rrule), as the library used it up to
 * 0.2.0, in floating UTC (every Date built with Date.UTC from the day number, read back with the
 * UTC getters).
 */
const rruleNamespace = rruleModule as typeof rruleModule & { readonly default?: typeof rruleModule };
const { RRule, Weekday } = rruleNamespace.RRule === undefined && rruleNamespace.default !== undefined ? rruleNamespace.default : rruleNamespace;
const FREQ_NUMBER = { YEARLY: 0, MONTHLY: 1, WEEKLY: 2, DAILY: 3 } as const;

function floating(day: number): Date {
  const { year, month, day: d } = ymdFromDayNumber(day);
  return new Date(Date.UTC(year, month - 1, d));
}

function oracle(rule: ParsedRrule, from: number, to: number): DayNumber[] {
  const start = rule.dtstart ?? from;
  const lo = Math.max(from, start);
  const hi = Math.min(to, rule.until ?? to);
  if (hi < lo) return [];
  const options: ConstructorParameters<typeof RRule>[0] = { freq: FREQ_NUMBER[rule.freq], dtstart: floating(start), interval: rule.interval, tzid: null };
  // UNTIL at the window's end (the earlier of the two) stops rrule's search there; nothing after it is asked for.
  // COUNT is applied below to the days from DTSTART on (rrule with COUNT searches up to year 9999 for a rule that never occurs).
  options.until = floating(hi);
  if (rule.bymonth !== undefined) options.bymonth = [...rule.bymonth];
  if (rule.bymonthday !== undefined) options.bymonthday = [...rule.bymonthday];
  if (rule.byyearday !== undefined) options.byyearday = [...rule.byyearday];
  if (rule.byweekno !== undefined) options.byweekno = [...rule.byweekno];
  if (rule.bysetpos !== undefined) options.bysetpos = [...rule.bysetpos];
  if (rule.wkst !== undefined) options.wkst = rule.wkst;
  if (rule.byday !== undefined) options.byweekday = rule.byday.map(([wd, nth]) => (nth === 0 ? new Weekday(wd) : new Weekday(wd, nth)));
  const out: DayNumber[] = [];
  const dates = new RRule(options).between(floating(start), floating(hi), true);
  for (const date of rule.count === undefined ? dates : dates.slice(0, rule.count)) {
    const day = dayNumberFromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    if (day >= lo && day <= hi && (out.length === 0 || (out[out.length - 1] as number) < day)) out.push(day);
  }
  return out;
}

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const ymd = (day: number): string => fromDayNumber(day as DayNumber).replaceAll("-", "");
const list = (values: readonly number[]): string => values.join(",");
const uniqueInts = (min: number, max: number, signed: boolean): fc.Arbitrary<number[]> =>
  fc.uniqueArray(
    fc.integer({ min, max }).chain((n) => (signed ? fc.constantFrom(n, -n) : fc.constant(n))),
    { minLength: 1, maxLength: 3 },
  );

/** Rules of the accepted subset (with a DTSTART, so every part is allowed) as text; BYSETPOS is left to the examples below, where the rrule package departs from RFC 5545. */
const ruleTextArb = fc
  .record(
    {
      freq: fc.constantFrom("YEARLY", "MONTHLY", "WEEKLY", "DAILY"),
      dtstart: fc.integer({ min: toDayNumber("1990-01-01"), max: toDayNumber("2060-12-31") }),
      interval: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      count: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      untilAfter: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
      bymonth: fc.option(uniqueInts(1, 12, false), { nil: undefined }),
      bymonthday: fc.option(uniqueInts(1, 31, true), { nil: undefined }),
      byyearday: fc.option(uniqueInts(1, 366, true), { nil: undefined }),
      byweekno: fc.option(uniqueInts(1, 53, true), { nil: undefined }),
      byday: fc.option(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.oneof(fc.constant(0), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -53, max: 53 }))), {
          minLength: 1,
          maxLength: 3,
          selector: ([wd, n]) => `${wd}/${n}`,
        }),
        { nil: undefined },
      ),
      wkst: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    },
    { requiredKeys: ["freq", "dtstart"] },
  )
  .map((r) => {
    const parts = [`FREQ=${r.freq}`];
    if (r.interval !== undefined) parts.push(`INTERVAL=${r.interval}`);
    if (r.count !== undefined) parts.push(`COUNT=${r.count}`);
    else if (r.untilAfter !== undefined) parts.push(`UNTIL=${ymd(r.dtstart + r.untilAfter)}`);
    if (r.bymonth !== undefined) parts.push(`BYMONTH=${list(r.bymonth)}`);
    if (r.bymonthday !== undefined && r.freq !== "WEEKLY") parts.push(`BYMONTHDAY=${list(r.bymonthday)}`);
    if (r.byyearday !== undefined && (r.freq === "YEARLY" || r.freq === "DAILY")) parts.push(`BYYEARDAY=${list(r.byyearday)}`);
    if (r.byweekno !== undefined && r.freq === "YEARLY") parts.push(`BYWEEKNO=${list(r.byweekno)}`);
    if (r.byday !== undefined) {
      const ordinals = r.freq === "YEARLY" || r.freq === "MONTHLY";
      // All plain or all with ordinals: the rrule package reads a mix (BYDAY=MO,1TU) as "both", not "either" (see below).
      const withOrdinals = ordinals && r.byday.every(([, n]) => n !== 0);
      const days = r.byday.map(([wd, n]) => `${withOrdinals ? n : ""}${WEEKDAYS[wd] as string}`);
      parts.push(`BYDAY=${[...new Set(days)].join(",")}`);
    }
    if (r.wkst !== undefined) parts.push(`WKST=${WEEKDAYS[r.wkst] as string}`);
    return `DTSTART:${ymd(r.dtstart)}\nRRULE:${parts.join(";")}`;
  });

const show = (days: readonly number[]): string[] => days.map((d) => fromDayNumber(d as DayNumber));

describe("own RRULE expansion against the rrule package", () => {
  it("gives the same days as the rrule-based expansion over random rules of the accepted subset and random windows", () => {
    fc.assert(
      fc.property(ruleTextArb, fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 400 }), (text, offset, span) => {
        // Arrange
        const rule = parseRrule(text);
        // The rrule package walks a DAILY rule one day at a time, at milliseconds a day: short windows.
        const [start, length] = rule.freq === "DAILY" ? [offset % 40, span % 40] : [offset, span];
        const from = (rule.dtstart as number) + start;
        // Act
        const own = expandRrule(rule, from, from + length);
        // rrule stops looking only at an occurrence past the window: a rule that has none for years
        // makes it walk up to year 9999, so such cases are left out (the own expansion says which).
        const { count: _count, ...endless } = rule;
        fc.pre(expandRrule(endless, from + length + 1, from + length + 800).length > 0);
        // Assert
        expect(show(own)).toEqual(show(oracle(rule, from, from + length)));
      }),
    );
  });

  // Where the rrule package departs from RFC 5545 §3.3.10, the expansion follows the RFC; each case
  // gives the RFC's answer and what the rrule package gave.
  it.each([
    // "BYSETPOS … the nth occurrence within the set"; a position beyond the set names nothing.
    ["DTSTART:19900101\nRRULE:FREQ=YEARLY;BYSETPOS=-2", "1990-01-01", "1991-12-31", [], ["1990-01-01", "1991-01-01"]],
    ["DTSTART:19900101\nRRULE:FREQ=MONTHLY;BYMONTHDAY=1,2;BYSETPOS=2,3,1", "1990-01-01", "1990-01-31", ["1990-01-01", "1990-01-02"], null],
    ["DTSTART:20240101\nRRULE:FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1,-6", "2024-01-01", "2024-02-29", ["2024-01-26", "2024-02-23"], null],
    // BYDAY lists days: MO and 1TU is every Monday and the first Tuesday (the rrule package required both).
    ["DTSTART:20240101\nRRULE:FREQ=MONTHLY;BYDAY=1TU,FR", "2024-01-01", "2024-01-31", ["2024-01-02", "2024-01-05", "2024-01-12", "2024-01-19", "2024-01-26"], []],
    // WEEKLY with WKST=SA: the week Saturday 27/08 – Friday 02/09/2011 holds Thursday 1 and Friday 2 September; position 4 names nothing.
    ["DTSTART:20110717\nRRULE:FREQ=WEEKLY;BYMONTH=9;BYDAY=FR,TH;BYSETPOS=2,4,1;WKST=SA", "2011-08-27", "2011-09-09", ["2011-09-01", "2011-09-02", "2011-09-08", "2011-09-09"], ["2011-09-02", "2011-09-09"]],
  ] as const)("%s in [%s, %s] gives %j as RFC 5545 reads it", (text, from, to, rfc, rrulePackage) => {
    // Arrange
    const rule = parseRrule(text);
    // Act
    const own = show(expandRrule(rule, toDayNumber(from), toDayNumber(to)));
    // Assert
    expect(own).toEqual(rfc);
    if (rrulePackage !== null) expect(show(oracle(rule, toDayNumber(from), toDayNumber(to)))).toEqual(rrulePackage);
  });
});
