/**
 * `evaluate`: a plan and its events → one finding per occurrence, summaries, and an account of
 * every event. Pure, deterministic (independent of event order) and linear in the events.
 * @module
 */
import { civilServiceCalendar } from "../calendar/index.js";
import { InvalidInputError, issue } from "../errors.js";
import type { Event } from "../schema/event.js";
import { isParsedPlan, parsePlan } from "../schema/parsePlan.js";
import type { Plan, PlanInput } from "../schema/plan.js";
import { accountingOf, collect, firstInstant, listIgnored } from "./accounting.js";
import { compileObligations, DeadlineCache, instant, planCalendar, type CompiledObligation } from "./compile.js";
import { Bucket, dispatch, partsOf, readEvents, routesOf } from "./events/index.js";
import { finish, orderOccurrences } from "./findings/index.js";
import { KIND_HANDLERS, openingOrder, type KindSteps, type OpenContext } from "./kinds/index.js";
import { readOptions } from "./options.js";
import { Occ, OccColumns, routeControls, Run } from "./occurrences/index.js";
import { attachRepl } from "./repl.js";
import { readPeriods, readRate, SummaryBuilder, windowsOf } from "./summary.js";
import type { Evaluation, EvaluateOptions, Finding } from "./types.js";

/** Most events one call of {@link evaluate} reads (2²⁶, about 67 million). */
const MAX_EVENTS = 2 ** 26;

/**
 * Evaluates a plan (đánh giá kế hoạch) against events as of an instant: one finding per
 * occurrence of each obligation, summaries per unit, obligation and period, and an account of
 * every event.
 *
 * - Pure and deterministic: the same plan, events and options give deep-equal results whatever the
 *   order of the events (ties at the same instant are broken by role, then by event id).
 * - Events after `asOf` are listed as ignored (`after_as_of`); a malformed event is listed as
 *   `invalid` with its issues and never stops the evaluation of the others; `used + ignored = input`.
 * - Linear in the number of events: events are grouped once by type and subject, and each
 *   distinct deadline is computed once.
 *
 * Status rules (as of `asOf`): `on_time` iff done before `endsAt`; `late` if done at or after it;
 * `overdue` if not done and `asOf ≥ endsAt` (never while paused); `open` otherwise; `cancelled`;
 * `undated` when there is no deadline at all. `early` (sớm hạn): done on a civil day before `lastDay`.
 *
 * @param plan - A plan from {@link parsePlan}, or a plan object (validated here).
 * @param events - The events ({@link Event}), in any order.
 * @param options - `asOf` (required: an instant, or a date meaning the end of that day, 24:00), `calendar` (default `civilServiceCalendar`), `dueSoon`
 *   (default 24 hours), `locale` of the printed table (default `"vi"`), `policy` (overrides over the
 *   plan's and each obligation's), `summary` (rate and periods).
 * @returns An {@link Evaluation}: plain data; it prints as a table in the Node REPL and has `rows()`.
 * @throws {@link InvalidInputError} `invalid_value` (reason `too_many_items`) for more than 2²⁶ events;
 *   `invalid_plan` for a bad plan; `missing_required` (no `asOf`),
 *   `invalid_instant`, `invalid_option`, `unknown_key` for bad options; `invalid_type` when `events`
 *   is not an array. Never because of what the events contain.
 * @example
 * const ev = evaluate(plan, [
 *   { id: "e1", type: "document_issued", at: "2024-01-09T09:00:00+07:00", subject: "56/QĐ-UBND" },
 *   { id: "e2", type: "document_published", at: "2024-01-15T10:00:00+07:00", subject: "56/QĐ-UBND" },
 * ], { asOf: "2024-01-31T17:00:00+07:00" })
 * ev.findings[0].status //=> "late" (due "chậm nhất 3 ngày kể từ ngày ban hành": 12/01)
 * ev.findings[0].daysLate //=> 3
 * ev.accounting.used.length //=> 2
 * @see NĐ 61/2018/NĐ-CP Điều 19 (pauses, restarts, re-scheduling); domain notes on host systems §4
 * @remarks Since 0.1.0
 */
export function evaluate(plan: Plan | PlanInput, events: readonly unknown[], options: EvaluateOptions): Evaluation {
  const opts = readOptions(options);
  const p = isParsedPlan(plan) ? plan : parsePlan(plan);
  if (!Array.isArray(events)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "array of events", received: events === null ? "null" : typeof events }, ["events"])]);
  }
  if (events.length > MAX_EVENTS) {
    // the columns of one evaluation are sized by the length: a sparse array of length 2³²−1 must not reach them
    throw new InvalidInputError([issue("invalid_value", { value: `[${events.length} items]`, reason: "too_many_items", max: MAX_EVENTS }, ["events"])]);
  }
  const calendar = planCalendar(p, opts.calendar ?? civilServiceCalendar);
  const cobs = compileObligations(p, new DeadlineCache(calendar), KIND_HANDLERS, opts.policy);
  // Each step is a function with one loop of its own (a long loop is optimised while it runs, and
  // a small function around it keeps that optimisation stable).
  const run = new Run(calendar, opts, 0);
  // read the events into columns; route each type to its obligations and roles; dispatch to buckets
  const routes = routesOf(cobs);
  const ignoredEarly = readEvents(run, events, routes);
  const buckets = dispatch(run, cobs, routes, Uint8Array.from(cobs, (cob) => (KIND_HANDLERS[cob.kind].opensByTrigger && cob.match === "subject" && !cob.perOwner ? 1 : 0)));
  // open each obligation's occurrences, apply its control events, finish its findings
  const findingOf = evaluateObligations(run, cobs, buckets);
  // (what was read for the routing and the findings is no longer needed)
  run.atText = [];

  // findings in (lastDay, obligation, key) order; accounting and summary in the same pass
  const all = orderOccurrences(run, cobs.length + 1);
  const summaryOptions = opts.summary ?? {};
  const builder = new SummaryBuilder(
    readRate(summaryOptions.rate, ["options", "summary", "rate"]),
    opts.asOfMs,
    windowsOf(readPeriods(summaryOptions.periods, ["options", "summary", "periods"]), firstInstant(run.occs), opts.asOfMs),
    Object.fromEntries(p.units.map((u) => [u.id, u.name])),
  );
  const { findings, used } = collect(run, cobs, all, findingOf, builder);
  const accounting = accountingOf(events.length, used, listIgnored(run, ignoredEarly));

  const evaluation: Omit<Evaluation, "rows"> = {
    plan: p.id,
    asOf: instant(opts.asOfMs),
    calendar: calendar.name,
    locale: opts.locale,
    findings,
    summary: builder.build(),
    accounting,
  };
  return attachRepl(evaluation);
}

/**
 * The occurrences, obligation by obligation (sources before derived ones), and their findings by
 * occurrence index. Each occurrence's finding is made as soon as its obligation is done (a derived
 * obligation reads only its source's state), so that the occurrence objects die young; only the
 * occurrences of obligations that others derive from are kept until those are opened.
 */
function evaluateObligations(run: Run, cobs: readonly CompiledObligation[], buckets: Bucket[]): Finding[] {
  const sources = new Set<string>();
  for (const cob of cobs) if (cob.source !== undefined) sources.add(cob.source);
  // room for the occurrences: one per trigger, one per derived one, and some for periods (the columns grow if need be)
  let capacity = 4096;
  for (let c = 0; c < cobs.length; c++) {
    const n = (buckets[c] as Bucket).nTrig;
    capacity += sources.has((cobs[c] as CompiledObligation).ob.id) ? 2 * n : n;
  }
  run.occs = new OccColumns(capacity);
  const occsOf = new Map<CompiledObligation, Occ[]>();
  const findingOf = new Array<Finding>(capacity);
  const context: OpenContext = { cobs, occsOf };
  for (const cob of openingOrder(cobs)) {
    const b = buckets[cobs.indexOf(cob)] as Bucket;
    // (the kind's handler: how its occurrences open and how their clock starts)
    const kind: KindSteps = KIND_HANDLERS[cob.kind];
    const keep = sources.has(cob.ob.id);
    const kept: Occ[] = [];
    for (const part of partsOf(b)) {
      const occs = kind.open(run, cob, b, part, context);
      routeControls(run, cob, kind, b, occs, part);
      finishAll(run, occs.values(), findingOf);
      if (keep) for (const occ of occs.values()) kept.push(occ);
    }
    b.clear();
    if (keep) occsOf.set(cob, kept);
  }
  return findingOf;
}

function finishAll(run: Run, occs: readonly Occ[], findingOf: Finding[]): void {
  for (let k = 0; k < occs.length; k++) {
    const occ = occs[k] as Occ;
    findingOf[occ.i] = finish(run, occ);
  }
}
