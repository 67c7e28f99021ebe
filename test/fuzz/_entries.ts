/**
 * Every public function of `thoihan` (the functions `src/index.ts` exports, and the methods of a
 * calendar and of its day index), each with valid arguments to mutate.
 */
import * as api from "../../src/index.js";
import * as internal from "../_internalApi.js";
import { seedPlan } from "../engine/_plans.js";

const { civilServiceCalendar: cal } = api;
const hours = { sessions: [{ start: "07:30", end: "11:30" }, { start: "13:00", end: "17:00" }] };
const officeCal = api.createCalendar({ officeHours: hours });
const rule = { kind: "relative", amount: 10, unit: "working_day", anchor: { text: "ngày nhận hồ sơ" } };
const monthly = { kind: "recurring", frequency: "monthly", day: 10 };
const deadline = api.computeDeadline(rule as api.DeadlineRule, { anchor: "2024-01-09" });
const plan = seedPlan();
const events = [
  { id: "e1", type: "document_issued", at: "2024-01-09T08:00:00+07:00", subject: "01/KH", data: { category: "noi_bo" } },
  { id: "e2", type: "document_published", at: "2024-01-10T09:00:00+07:00", subject: "01/KH" },
];
const asOf = "2024-03-01T00:00:00+07:00";
const evaluation = api.evaluate(plan, events, { asOf });
const notice = "Đề nghị các đơn vị gửi báo cáo về Văn phòng trước ngày 20/12/2025; thời hạn giải quyết là 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.";
const taskTable = "TT\tNội dung\tSản phẩm\tChủ trì\tPhối hợp\nI\tCông tác chỉ đạo\n1\tBan hành kế hoạch\tKế hoạch --> yêu cầu ban hành chậm nhất 3 ngày kể từ ngày UBND TP ban hành\tVăn phòng\tCác phòng";
const issue: api.Issue = { code: "invalid_date", path: ["date"], params: { value: "2024-02-30" } };

/** A public entry point: how to call it, and valid argument lists to start mutations from. */
export interface Entry {
  readonly name: string;
  readonly call: (...args: unknown[]) => unknown;
  readonly valid: readonly (readonly unknown[])[];
}

const fn = (name: string, call: (...args: never[]) => unknown, ...valid: unknown[][]): Entry => ({ name, call: call as (...args: unknown[]) => unknown, valid });
const method = (name: keyof api.WorkCalendar, ...valid: unknown[][]): Entry[] => [
  fn(`civilServiceCalendar.${name}`, (...args) => (cal[name] as (...a: unknown[]) => unknown).apply(cal, args), ...valid),
  fn(`officeCalendar.${name}`, (...args) => (officeCal[name] as (...a: unknown[]) => unknown).apply(officeCal, args), ...valid),
];

export const ENTRIES: readonly Entry[] = [
  fn("addDays", internal.addDays, ["2024-01-31", 1], ["2199-12-30", 1]),
  fn("civilDateOf", api.civilDateOf, ["2024-02-09T18:30:00Z"]),
  fn("computeDeadline", api.computeDeadline, [rule, { anchor: "2024-01-09" }], [monthly, { anchor: "2024-01-09T10:00:00+07:00" }], [{ kind: "before_deadline", amount: 2, unit: "day", reference: { text: "thời hạn" } }, { due: "2024-03-01" }]),
  fn("createCalendar", api.createCalendar, [{ daysOff: ["2024-01-02", { date: "2024-01-03", name: "Nghỉ" }], officeHours: hours }], [{ weeklyRest: [7], swaps: false }]),
  fn("createOfficeClock", internal.createOfficeClock, [hours, cal.days]),
  fn("dayNumberFromYmd", internal.dayNumberFromYmd, [2024, 2, 29]),
  fn("dayNumberToLunar", internal.dayNumberToLunar, [19_762]),
  fn("daysInMonth", internal.daysInMonth, [2024, 2]),
  fn("epochMsToInstant", internal.epochMsToInstant, [1_704_783_600_000]),
  fn("evaluate", api.evaluate, [plan, events, { asOf }], [plan, events, { asOf, locale: "en", dueSoon: { hours: 48 } }]),
  fn("eventJsonSchema", api.eventJsonSchema, []),
  fn("explainDeadline", api.explainDeadline, [deadline, { locale: "en" }]),
  fn("formatDeadline", api.formatDeadline, [rule, { locale: "en" }], [monthly]),
  fn("formatIssue", api.formatIssue, [issue, "en"]),
  fn("formatRuleNote", api.formatRuleNote, [{ code: "month_end", params: { requested: 31 } }, "vi"]),
  fn("formatTraceStep", api.formatTraceStep, [deadline.trace[0], "en"]),
  fn("fromDayNumber", internal.fromDayNumber, [19_762]),
  fn("instantToEpochMs", internal.instantToEpochMs, ["2024-01-09T14:00"]),
  fn("isIsoDate", api.isIsoDate, ["2024-02-29"]),
  fn("leapMonthOf", api.leapMonthOf, [2023]),
  fn("listOccurrences", api.listOccurrences, [monthly, { from: "2024-01-01", to: "2024-12-31" }]),
  fn("lunarMonthLength", api.lunarMonthLength, [2023, 2, true]),
  fn("lunarNewYear", api.lunarNewYear, [2024]),
  fn("lunarToDayNumber", internal.lunarToDayNumber, [2023, 2, 1, true]),
  fn("lunarToSolar", api.lunarToSolar, [{ year: 2024, month: 1, day: 1 }]),
  fn("parseDeadline", api.parseDeadline, ["trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ"], ["trước ngày 15 hằng tháng"]),
  fn("parseEvent", api.parseEvent, [events[0]]),
  fn("parsePlan", api.parsePlan, [plan]),
  fn("parseQuota", api.parseQuota, ["tối thiểu 1 ngày 1 văn bản"]),
  fn("planJsonSchema", api.planJsonSchema, []),
  fn("resolvePolicy", api.resolvePolicy, [{ rollForward: false }, { beforeDate: "inclusive" }]),
  fn("safeParseDeadline", api.safeParseDeadline, ["chậm nhất 3 ngày trước thời hạn"]),
  fn("safeParsePlan", api.safeParsePlan, [plan]),
  fn("solarToLunar", api.solarToLunar, ["2024-02-10"]),
  fn("startOfDayInstant", internal.startOfDayInstant, ["2024-02-10"]),
  fn("summarize", api.summarize, [evaluation], [evaluation.findings, { asOf, periods: "month" }]),
  fn("toDayNumber", internal.toDayNumber, ["2024-02-29", ["date"]]),
  fn("toRows", api.toRows, [evaluation, "en"]),
  fn("validateOfficeHours", internal.validateOfficeHours, [hours, ["officeHours"]]),
  fn("validatePolicy", api.validatePolicy, [{ monthOverflow: "clamp" }, ["policy"]]),
  fn("validateRule", api.validateRule, [rule, ["rule"]]),
  fn("weekday", api.weekday, ["2024-02-10"]),
  fn("weekdayOf", internal.weekdayOf, [19_762]),
  fn("ymdFromDayNumber", internal.ymdFromDayNumber, [19_762]),
  fn("parseRule", api.parseRule, [rule, ["rule"]], [monthly]),
  fn("safeParseRule", api.safeParseRule, [rule], [monthly]),
  fn("parsePolicy", api.parsePolicy, [{ monthOverflow: "clamp" }, ["policy"]]),
  fn("findDeadlines", api.findDeadlines, [notice]),
  fn("scanDeadlines", api.scanDeadlines, [notice]),
  fn("draftPlan", api.draftPlan, [taskTable], [taskTable, { undated: "dated" }]),
  fn("formatUnresolved", api.formatUnresolved, [{ row: "II.3", reason: "no_deadline", params: {} }, "en"]),
  fn("safeParseCriteria", api.safeParseCriteria, [plan.criteria]),
  fn("score", api.score, [evaluation, plan.criteria ?? []], [evaluation, plan.criteria ?? [], { period: { from: "2024-01-01", to: "2024-12-31" } }]),
  fn("formatScoreSheet", api.formatScoreSheet, [evaluation.scores, "en"]),
  fn("formatPoints", api.formatPoints, [93.2, "vi"], [0.5, "en"]),
  fn("pointsLost", api.pointsLost, [evaluation], [evaluation, "quarter"]),
  fn("compare", api.compare, [evaluation, evaluation]),
  fn("whatIf", api.whatIf, [plan, events, { asOf }, { policy: { beforeDate: "inclusive" } }]),
  fn("withPolicy", api.withPolicy, [plan, { beforeDate: "inclusive" }]),
  fn("shiftEvents", api.shiftEvents, [events, 2], [events, -1, { type: "document_issued" }]),
  fn("removeEvents", api.removeEvents, [events, { type: "document_published" }]),
  fn("pointsAtRisk", api.pointsAtRisk, [plan, events, { asOf }, "2024-06-30"]),
  fn("renderEvaluation", api.renderEvaluation, [evaluation], [evaluation, { format: "csv", locale: "en" }], [evaluation, { format: "ics" }]),
  fn("renderDaysOff", api.renderDaysOff, [cal, 2025], [cal, 2026, { format: "ics", locale: "en" }]),
  fn("whyFinding", api.whyFinding, [evaluation.findings[0], "vi", asOf]),
  fn("renderScoreSheet", api.renderScoreSheet, [evaluation.scores], [evaluation.scores, { format: "csv", locale: "en" }]),
  fn("renderComparison", api.renderComparison, [api.compare(evaluation, evaluation)], [api.compare(evaluation, evaluation), { format: "md" }]),
  fn("new ThoihanError", (...args: unknown[]) => new api.ThoihanError(...(args as [never])), [[issue]]),
  fn("new InvalidInputError", (...args: unknown[]) => new api.InvalidInputError(...(args as [never])), [[issue]]),
  fn("new CalendarRangeError", (...args: unknown[]) => new api.CalendarRangeError(...(args as [never])), [[issue]]),
  fn("new CalendarCoverageError", (...args: unknown[]) => new api.CalendarCoverageError(...(args as [never])), [[{ code: "calendar_year_not_covered", path: [], params: { year: 2028 } }]]),
  fn("new PhraseParseError", (...args: unknown[]) => new api.PhraseParseError(...(args as [never])), [[{ code: "phrase_empty", path: [], params: { text: "", index: 0 } }]]),
  fn("ThoihanError.format", (_error: unknown, locale: unknown) => new api.ThoihanError([issue]).format(locale as never), [null, "en"]),
  ...method("isWorkingDay", ["2025-04-26"], ["2025-04-26", { require: "decided" }]),
  ...method("addWorkingDays", ["2024-01-29", 10], ["2024-01-29", -3, { require: "any" }]),
  ...method("countWorkingDays", ["2025-01-24", "2025-02-03"]),
  ...method("nextWorkingDay", ["2024-02-07"]),
  ...method("previousWorkingDay", ["2024-02-15"]),
  ...method("dayInfo", ["2026-11-24"]),
  ...method("specialDays", [2025]),
  ...method("specialDaysBetween", ["2025-01-01", "2025-03-01"]),
  ...method("undecidedDaysBetween", ["2027-01-01", "2027-01-31"]),
  ...method("officeSessions", ["2024-01-09"]),
  ...method("addWorkingHours", ["2024-01-09T16:00:00+07:00", 3]),
  ...method("countWorkingHours", ["2024-01-09T08:00:00+07:00", "2024-01-10T10:00:00+07:00"]),
  fn("days.isWorking", (d: unknown) => cal.days.isWorking(d as never), [19_762]),
  fn("days.add", (d: unknown, n: unknown) => cal.days.add(d as never, n as never), [19_762, 5]),
  fn("days.count", (a: unknown, b: unknown) => cal.days.count(a as never, b as never), [19_762, 19_800]),
  fn("days.next", (d: unknown) => cal.days.next(d as never), [19_762]),
  fn("days.previous", (d: unknown) => cal.days.previous(d as never), [19_762]),
  fn("days.info", (d: unknown) => cal.days.info(d as never), [19_762]),
  fn("days.specialBetween", (a: unknown, b: unknown) => cal.days.specialBetween(a as never, b as never), [19_700, 19_800]),
  fn("days.firstUndecided", (a: unknown, b: unknown) => cal.days.firstUndecided(a as never, b as never), [19_700, 21_000]),
];

/** Names of the runtime function exports of `src/index.ts` that the table calls directly. */
export const COVERED_EXPORTS: ReadonlySet<string> = new Set(ENTRIES.map((e) => e.name.replace(/^new /, "").replace(/\..*$/, "")));
