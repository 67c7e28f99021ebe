/**
 * Findings and evaluations built directly, for scoring tests: scoring reads only findings, so its
 * rules can be pinned without writing a plan and its events for each case.
 */
import fc from "fast-check";
import { DEFAULT_RATE } from "../../src/engine/summary.js";
import { toRows } from "../../src/engine/repl.js";
import type { Evaluation, Finding, FindingStatus } from "../../src/engine/types.js";
import type { Criterion, CriterionRule } from "../../src/schema/criteria.js";
import type { Plan } from "../../src/schema/plan.js";

/** The parts of a finding scoring reads. */
export interface FindingSpec {
  readonly obligation?: string;
  readonly key?: string;
  readonly owner?: string | null;
  readonly status: FindingStatus;
  readonly early?: boolean;
  readonly lastDay?: string | null;
  readonly daysLate?: number;
  readonly workingDaysLate?: number;
  readonly missedTarget?: boolean;
  /** The reporting period of a recurring obligation's occurrence (`2024-03`), else none. */
  readonly period?: string | null;
}

let counter = 0;

/** A finding with the given state; the rest neutral. */
export function finding(spec: FindingSpec): Finding {
  const obligation = spec.obligation ?? "bc";
  const lastDay = spec.lastDay === undefined ? "2024-03-11" : spec.lastDay;
  return {
    obligation,
    key: spec.key ?? `${obligation}:${String(++counter).padStart(4, "0")}`,
    kind: "triggered",
    title: obligation,
    owner: spec.owner === undefined ? "van-phong" : spec.owner,
    cooperating: [],
    subject: null,
    period: spec.period ?? null,
    status: spec.status,
    early: spec.early ?? false,
    openedAt: "2024-01-02T08:00:00+07:00",
    startedAt: "2024-01-02T08:00:00+07:00",
    lastDay,
    endsAt: lastDay === null ? null : `${lastDay}T00:00:00+07:00`,
    originalLastDay: null,
    doneAt: null,
    cancelledAt: null,
    daysLate: spec.daysLate ?? 0,
    workingDaysLate: spec.workingDaysLate ?? 0,
    officeHoursLate: null,
    target: spec.missedTarget === undefined ? null : { lastDay: lastDay ?? "2024-03-01", endsAt: "2024-03-01T00:00:00+07:00", status: spec.missedTarget ? "missed" : "met" },
    dueSoon: false,
    provisional: false,
    paused: false,
    urgency: null,
    extensions: 0,
    restarts: 0,
    quota: null,
    triggerEvent: null,
    doneEvent: null,
    notes: [],
    policy: {} as Finding["policy"],
    explanation: { vi: [], en: [] },
    deductions: [],
  };
}

/** An evaluation holding these findings, as of the end of 2024. */
export function evaluationOf(findings: readonly Finding[], asOf = "2024-12-31T23:59:59+07:00"): Evaluation {
  const evaluation: Evaluation = {
    plan: "p",
    asOf,
    calendar: "civil-service",
    locale: "vi",
    findings,
    summary: { rate: DEFAULT_RATE, byUnit: [], byObligation: [], byPeriod: [] },
    accounting: { input: 0, used: [], ignored: [] },
    rows: (locale) => toRows(evaluation, locale),
  };
  return evaluation;
}

/**
 * The part of a plan `score` reads for its links: obligations by id (none linked from their side).
 * For findings built without a plan, where an obligation of a tree may have no finding at all.
 */
export function planNaming(ids: readonly string[]): Plan {
  return { obligations: ids.map((id) => ({ id })) } as unknown as Plan;
}

/** A leaf counting obligation `bc`. */
export function leaf(id: string, max: number, rule: CriterionRule, extra: Partial<Criterion> = {}): Criterion {
  return { id, title: `Tiêu chí ${id}`, max, rule, ...extra };
}

// ---------------------------------------------------------------------------------------------
// arbitraries

export const OBLIGATIONS = ["a", "b", "c"] as const;

/** Findings of obligations a, b, c, in 2024, every status. */
export const findingsArb: fc.Arbitrary<Finding[]> = fc
  .array(
    fc.record({
      obligation: fc.constantFrom(...OBLIGATIONS),
      status: fc.constantFrom<FindingStatus>("on_time", "on_time", "late", "overdue", "open", "cancelled", "undated"),
      early: fc.boolean(),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      daysLate: fc.integer({ min: 1, max: 40 }),
      missedTarget: fc.option(fc.boolean(), { nil: undefined }),
      owner: fc.constantFrom("vp", "ttdv", "qlđt"),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((r, i) => {
      const late = r.status === "late" || r.status === "overdue";
      return finding({
        obligation: r.obligation,
        key: `${r.obligation}:${String(i).padStart(3, "0")}`,
        owner: r.owner,
        status: r.status,
        early: r.status === "on_time" && r.early,
        lastDay: r.status === "undated" ? null : `2024-${String(r.month).padStart(2, "0")}-${String(r.day).padStart(2, "0")}`,
        daysLate: late ? r.daysLate : 0,
        workingDaysLate: late ? Math.ceil((r.daysLate * 5) / 7) : 0,
        ...(r.missedTarget === undefined ? {} : { missedTarget: r.missedTarget }),
      });
    }),
  );

const cents = (max: number): fc.Arbitrary<number> => fc.integer({ min: 0, max }).map((h) => h / 100);
const obligationsArb = fc.subarray([...OBLIGATIONS], { minLength: 1 });
const emptyArb = fc.constantFrom<"full" | "zero" | "not_applicable" | undefined>(undefined, "full", "zero", "not_applicable");
const conditionArb = fc.constantFrom<"all_on_time" | "all_done" | "any_done">("all_on_time", "all_done", "any_done");

/** A rule for a leaf of `maxH` hundredths, valid against the schema. */
export function ruleArb(maxH: number): fc.Arbitrary<CriterionRule> {
  const withEmpty = <R extends object>(r: R, empty: "full" | "zero" | "not_applicable" | undefined): R => (empty === undefined ? r : { ...r, empty });
  const bandsArb = fc
    .uniqueArray(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 4 })
    .chain((froms) => fc.tuple(fc.constant(froms.sort((x, y) => y - x)), fc.array(fc.integer({ min: 0, max: maxH }), { minLength: froms.length, maxLength: froms.length })))
    .map(([froms, points]) => {
      const down = points.sort((x, y) => y - x);
      return froms.map((f, i) => ({ from: f / 100, points: (down[i] as number) / 100 }));
    });
  return fc.oneof(
    fc.record({ o: obligationsArb, late: cents(maxH), overdue: fc.option(cents(maxH), { nil: undefined }), missed: fc.option(cents(maxH), { nil: undefined }), perDay: fc.option(cents(20), { nil: undefined }), cap: fc.option(cents(maxH), { nil: undefined }), e: emptyArb }).map(
      (r): CriterionRule =>
        withEmpty(
          {
            kind: "per_violation",
            obligations: r.o,
            late: r.late,
            ...(r.overdue === undefined ? {} : { overdue: r.overdue }),
            ...(r.missed === undefined ? {} : { missedTarget: Math.min(r.missed, r.late) }),
            ...(r.perDay === undefined ? {} : { perDayLate: r.perDay }),
            ...(r.cap === undefined ? {} : { maxDeduction: r.cap }),
          },
          r.e,
        ),
    ),
    fc.record({ o: obligationsArb, bands: bandsArb, e: emptyArb }).map((r): CriterionRule => withEmpty({ kind: "rate_bands", obligations: r.o, bands: r.bands }, r.e)),
    fc.record({ o: obligationsArb, min: fc.option(cents(10000), { nil: undefined }), e: emptyArb }).map((r): CriterionRule => withEmpty({ kind: "proportional", obligations: r.o, ...(r.min === undefined ? {} : { minRate: r.min }) }, r.e)),
    fc.record({ o: obligationsArb, c: conditionArb, e: emptyArb }).map((r): CriterionRule => withEmpty({ kind: "all_or_nothing", obligations: r.o, condition: r.c }, r.e)),
    fc.record({ o: obligationsArb, c: conditionArb, rate: cents(10000), e: emptyArb }).map((r): CriterionRule => withEmpty({ kind: "conditions", obligations: r.o, all: [{ condition: r.c }, { rateAtLeast: r.rate }] }, r.e)),
    fc.option(fc.integer({ min: 0, max: maxH }), { nil: undefined }).map((v): CriterionRule => (v === undefined ? { kind: "external" } : { kind: "external", value: v / 100 })),
  );
}

/** A leaf with a random rule. */
export function leafArb(id: string): fc.Arbitrary<Criterion> {
  return fc
    .record({ maxH: fc.integer({ min: 0, max: 500 }), applicable: fc.option(fc.boolean(), { nil: undefined }), effect: fc.constantFrom<"normal" | "bonus" | "penalty">("normal", "normal", "normal", "bonus", "penalty") })
    .chain(({ maxH, applicable, effect }) =>
      ruleArb(maxH).map((rule) => ({ id, title: `Tiêu chí ${id}`, max: maxH / 100, rule, ...(applicable === undefined ? {} : { applicable }), ...(effect === "normal" ? {} : { effect }) })),
    );
}

/** A tree: a root branch with 1–4 children, each a leaf or a branch of 1–3 leaves; ids unique. */
export const treeArb: fc.Arbitrary<Criterion> = fc
  .array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 4 })
  .chain((shape) => {
    const children = shape.map((n, i) =>
      n === 0
        ? leafArb(`${i + 1}`)
        : fc
            .tuple(fc.integer({ min: 0, max: 1000 }), fc.tuple(...Array.from({ length: n }, (_, k) => leafArb(`${i + 1}.${k + 1}`))))
            .map(([maxH, leaves]): Criterion => ({ id: `${i + 1}`, title: `Lĩnh vực ${i + 1}`, max: maxH / 100, children: leaves })),
    );
    return fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.tuple(...children), fc.constantFrom(undefined, [{ min: 90, label: "A" }, { min: 80, label: "B" }, { min: 70, label: "C" }]));
  })
  .map(([maxH, children, bands]): Criterion => ({ id: "R", title: "Chỉ số", max: maxH / 100, children, ...(bands === undefined ? {} : { bands }) }));
