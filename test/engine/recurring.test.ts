import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/types.js";
import { ThoihanError } from "../../src/errors.js";
import { parseDeadline } from "../../src/phrase/index.js";
import { listOccurrences } from "../../src/deadline/listOccurrences.js";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { deadlineRuleArb } from "../../src/testing/index.js";
import { planWith } from "./_plans.js";

const recurringPlan = (deadline: unknown, start = "2024-01-01", extra: Record<string, unknown> = {}) =>
  planWith({ kind: "recurring", id: "R", title: "Báo cáo định kỳ", owner: "vp", deadline, completedBy: "report_filed", ...extra }, { start });

const days = (findings: readonly Finding[]) => findings.map((f) => f.lastDay);

describe("evaluate — recurring deadlines with a time of day keep every occurrence", () => {
  it("trước 16 giờ hằng ngày from 01/01/2024 as of 31/03/2024 23:59:59: the 91 days of the quarter are due (all overdue) and 01/04 is open, as listOccurrences lists them", () => {
    const e = evaluate(recurringPlan("trước 16 giờ hằng ngày"), [], { asOf: "2024-03-31T23:59:59+07:00" });
    const listed = listOccurrences(parseDeadline("trước 16 giờ hằng ngày"), { from: "2024-01-01", to: "2024-04-01" });
    expect(e.findings).toHaveLength(92);
    expect(days(e.findings)).toEqual(listed.map((d) => d.lastDay));
    expect(e.findings.map((f) => f.endsAt)).toEqual(listed.map((d) => d.endsAt));
    expect(e.findings.filter((f) => f.status === "overdue")).toHaveLength(91);
    expect(e.findings[91]).toMatchObject({ key: "R:2024-04-01", status: "open", endsAt: "2024-04-01T16:00:00+07:00" });
  });

  it("trước 10 giờ thứ Sáu hằng tuần from 01/01/2024 as of 31/03/2024: the 13 Fridays up to 29/03 and the open one of 05/04, keyed by ISO week", () => {
    const e = evaluate(recurringPlan("trước 10 giờ thứ Sáu hằng tuần"), [], { asOf: "2024-03-31T23:59:59+07:00" });
    expect(e.findings).toHaveLength(14);
    expect(e.findings[0]).toMatchObject({ key: "R:2024-W01", lastDay: "2024-01-05", endsAt: "2024-01-05T10:00:00+07:00" });
    expect(e.findings[13]).toMatchObject({ key: "R:2024-W14", lastDay: "2024-04-05", status: "open" });
  });

  it("a report filed at 15:59 is on time and one filed at 16:00 is late (trước 16 giờ: 16:00 is the first late instant)", () => {
    const events = [
      { id: "a", type: "report_filed", at: "2024-01-02T15:59:00+07:00", period: "2024-01-02" },
      { id: "b", type: "report_filed", at: "2024-01-03T16:00:00+07:00", period: "2024-01-03" },
    ];
    const e = evaluate(recurringPlan("trước 16 giờ hằng ngày"), events, { asOf: "2024-01-04T12:00:00+07:00" });
    expect(e.findings.map((f) => [f.key, f.status])).toEqual([
      ["R:2024-01-01", "overdue"],
      ["R:2024-01-02", "on_time"],
      ["R:2024-01-03", "late"],
      ["R:2024-01-04", "open"],
    ]);
  });
});

describe("evaluate — RRULE occurrences more than a year apart", () => {
  const leap = { kind: "rrule", rrule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", bound: "by" };

  it("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29 from 01/03/2024: the first occurrence is 29/02/2028, not 29/02/2024 (before the start)", () => {
    const e = evaluate(recurringPlan(leap, "2024-03-01"), [], { asOf: "2029-01-01" });
    expect(e.findings.map((f) => [f.key, f.lastDay, f.status])).toEqual([
      ["R:2028-02-29", "2028-02-29", "overdue"],
      ["R:2032-02-29", "2032-02-29", "open"],
    ]);
  });

  it("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29 from 01/01/2025: 29/02/2028 is found (no invalid_rule for a three-year gap)", () => {
    const e = evaluate(recurringPlan(leap, "2025-01-01"), [], { asOf: "2026-01-01" });
    expect(e.findings.map((f) => [f.key, f.status, f.notes.length])).toEqual([["R:2028-02-29", "open", 0]]);
  });

  it("an RRULE whose COUNT has run out before the start gives no occurrence, and one that ends gives its last", () => {
    const ended = { kind: "rrule", rrule: "DTSTART:20200101\nRRULE:FREQ=YEARLY;COUNT=2", bound: "by" };
    expect(evaluate(recurringPlan(ended, "2024-01-01"), [], { asOf: "2030-01-01" }).findings).toEqual([]);
    const ending = { kind: "rrule", rrule: "DTSTART:20240105\nRRULE:FREQ=MONTHLY;COUNT=3", bound: "by" };
    expect(days(evaluate(recurringPlan(ending), [], { asOf: "2030-01-01" }).findings)).toEqual(["2024-01-05", "2024-02-05", "2024-03-05"]);
  });

  it("FREQ=DAILY over nine years gives one occurrence per day (3,287 due from 2015 to 2023, then 01/01/2024 open), the rule expanded per window rather than per occurrence", () => {
    const e = evaluate(recurringPlan({ kind: "rrule", rrule: "FREQ=DAILY", bound: "by" }, "2015-01-01"), [], { asOf: "2023-12-31" });
    expect(e.findings).toHaveLength(3288);
    expect(e.findings[3287]).toMatchObject({ key: "R:2024-01-01", lastDay: "2024-01-01", status: "open" });
  });
});

describe("evaluate — a recurring rule with a cap", () => {
  it("a cap counts from an anchor a recurring occurrence does not have: one undated finding with the deadline error, daily as monthly", () => {
    for (const deadline of [
      { kind: "recurring", frequency: "daily", bound: "within", cap: { amount: 5, unit: "day" } },
      { kind: "recurring", frequency: "monthly", day: 10, bound: "by", cap: { amount: 5, unit: "day" } },
    ]) {
      const e = evaluate(recurringPlan(deadline), [], { asOf: "2024-03-01" });
      expect(e.findings).toHaveLength(1);
      expect(e.findings[0]?.status).toBe("undated");
      expect(e.findings[0]?.notes[0]).toMatchObject({ code: "deadline_error", params: { issues: [{ code: "missing_context", params: { name: "anchor" } }] } });
    }
  });
});

/** A start day and an asOf a few days to a few years later, as ISO dates. */
const spanArb = fc.record({ start: fc.integer({ min: 0, max: 3000 }), length: fc.integer({ min: 0, max: 900 }) }).map(({ start, length }) => {
  const iso = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  return { start: iso(start), asOf: iso(start + length) };
});

describe("evaluate — recurring occurrences are listOccurrences' (property)", () => {
  it("for every recurring, RRULE and fixed-date rule the arbitraries make, evaluate lists the occurrences listOccurrences lists from the start, up to the first due after asOf", () => {
    fc.assert(
      fc.property(deadlineRuleArb({ kinds: ["recurring", "rrule", "fixed_date"] }), spanArb, (rule: DeadlineRule, { start, asOf }) => {
        const e = evaluate(recurringPlan(rule, start), [], { asOf });
        if (rule.cap !== undefined) {
          expect(e.findings.map((f) => f.status)).toEqual(["undated"]);
          return;
        }
        let refused: ThoihanError | undefined;
        try {
          listOccurrences(rule, { from: start, to: start });
        } catch (error) {
          if (!(error instanceof ThoihanError)) throw error;
          refused = error;
        }
        if (refused !== undefined) {
          // a rule listOccurrences refuses (an RRULE with INTERVAL but no DTSTART) is one undated finding saying why
          expect(e.findings.map((f) => f.status)).toEqual(["undated"]);
          expect(e.findings[0]?.notes[0]).toMatchObject({ code: "deadline_error", params: { issues: [{ code: refused.issues[0]?.code }] } });
          return;
        }
        const found = e.findings.map((f) => [f.lastDay, f.endsAt]);
        for (const f of e.findings) expect(f.status).not.toBe("undated");
        // listed from the start to the last day evaluate reached (the first occurrence due after asOf)
        const last = e.findings.at(-1)?.lastDay ?? asOf;
        const listed = listOccurrences(rule, { from: start, to: last < start ? start : last }).map((d) => [d.lastDay, d.endsAt]);
        const offset = rule.kind === "recurring" && rule.offset !== undefined && rule.offset !== 0 && rule.frequency !== "daily" && rule.frequency !== "weekly";
        // a period offset ("ngày 20 tháng sau") counts from the start's period: the first listed ones may precede it
        const expected = offset ? listed.filter(([day]) => found.length > 0 && (day as string) >= (found[0]?.[0] as string)) : listed;
        expect(found).toEqual(expected);
        // evaluate stops at the first occurrence due after asOf, and has every one due before
        // (asOf, a date, is the end of that day)
        const asOfEnd = Date.parse(`${asOf}T00:00:00+07:00`) + 86_400_000;
        const ends = e.findings.map((f) => Date.parse(f.endsAt as string));
        expect(ends.slice(0, -1).every((t) => t <= asOfEnd)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe("evaluate — no silent cap on the number of periods", () => {
  it("a daily quota from 01/01/1900 as of 31/12/2199 reaches its last working day, 31/12/2199 (was cut at 100,000 periods, 15/10/2173, without a note)", { timeout: 120_000 }, () => {
    const plan = planWith({ kind: "quota", id: "Q", title: "Đăng tải văn bản", owner: "ttdv", counts: { type: "post" }, quota: "tối thiểu 1 ngày 1 văn bản" }, { start: "1900-01-01" });
    const e = evaluate(plan, [], { asOf: "2199-12-31T23:00:00+07:00" });
    expect(e.findings.at(-1)).toMatchObject({ key: "Q:2199-12-31", lastDay: "2199-12-31" });
    expect(e.findings.filter((f) => f.key.startsWith("Q:2180-03-")).length).toBeGreaterThan(15);
  });
});
