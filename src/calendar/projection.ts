/**
 * Projection of the statutory holidays (ngày lễ, tết dự kiến) for any year of the supported range,
 * from the rules of `thoihan/data` and the Vietnamese lunar calendar. The calendar uses it for the
 * holidays a year's official schedule does not decide.
 *
 * Rules (input → output):
 * - Tết Dương lịch, 30/4, 1/5, 24/11: the fixed Gregorian day.
 * - Tết Âm lịch (5 days): the last two days of the lunar year (29 and 30 Chạp, or 28 and 29 when Chạp
 *   has 29 days) and mùng 1–3, the pattern of most official schedules 2019–2027.
 * - Giỗ Tổ Hùng Vương: 10 of the (non-leap) third lunar month.
 * - Quốc khánh: 2/9; from 2021 also one adjacent day: the neighbour of 2/9 that is a weekday (Mon–Fri);
 *   when both are, the one next to the weekend; when neither is (2/9 on a Wednesday), the day before.
 *   So Mon → Tue 3/9, Tue → Mon 1/9, Wed → Tue 1/9, Thu → Fri 3/9, Fri → Thu 1/9, Sat → Fri 1/9,
 *   Sun → Mon 3/9: exactly the choices of 2021–2027.
 * - Rule in force: the one whose validity contains the holiday's date; before the first rule of a holiday,
 *   the earliest rule marked `projectBefore` (an approximation: BLLĐ 2012 rules for 1900–2013).
 *
 * Nghỉ bù (which depends on a calendar's weekly rest days) is added by the index builder.
 *
 * @internal
 * @module
 */
import { dayNumberFromYmd, fromDayNumber, weekdayOf, type DayNumber } from "../day/dayNumber.js";
import { dayNumberToLunar, lunarToDayNumber } from "../lunar/index.js";
import { statutory, type HolidayId, type HolidayRule } from "../data/index.js";

/** One projected statutory holiday day. @internal */
export interface ProjectedHoliday {
  readonly day: DayNumber;
  readonly holiday: HolidayId;
  readonly name: string;
  readonly rule: HolidayRule;
}

/** First and last year of the supported range. @internal */
export const FIRST_YEAR = 1900;
/** @internal */
export const LAST_YEAR = 2199;

function ruleInForce(id: HolidayId, day: number): HolidayRule | undefined {
  return ruleInForceAt(statutory.holidays.filter((rule) => rule.id === id), day);
}

/**
 * The rule in force on a day among dated rules (`validFrom`…`validTo`); before the first of them,
 * the earliest rule marked `projectBefore` stands in (an approximation, documented in the data).
 * @internal
 */
export function ruleInForceAt<R extends { readonly validFrom: string; readonly validTo?: string | undefined; readonly projectBefore?: boolean | undefined }>(
  rules: readonly R[],
  day: number,
): R | undefined {
  const iso = fromDayNumber(day as DayNumber);
  let earliest: R | undefined;
  for (const rule of rules) {
    if (rule.validFrom <= iso && (rule.validTo === undefined || iso <= rule.validTo)) return rule;
    if (rule.projectBefore === true && (earliest === undefined || rule.validFrom < earliest.validFrom)) earliest = rule;
  }
  return earliest !== undefined && iso < earliest.validFrom ? earliest : undefined;
}

/** The weekday neighbour of 2/9 chosen as the adjacent Quốc khánh day (see the module rules). */
function adjacentNationalDay(main: number): number {
  const isWeekday = (d: number): boolean => weekdayOf(d) <= 5;
  const before = main - 1;
  const after = main + 1;
  if (isWeekday(before) && !isWeekday(after)) return before;
  if (isWeekday(after) && !isWeekday(before)) return after;
  if (!isWeekday(before - 1)) return before; // Tuesday: Monday joins the weekend
  if (!isWeekday(after + 1)) return after; // Thursday: Friday joins the weekend
  return before; // Wednesday (2026: Tue 1/9)
}

function projectYear(year: number): readonly ProjectedHoliday[] {
  const out: ProjectedHoliday[] = [];
  const push = (day: number, holiday: HolidayId, name: string, rule: HolidayRule): void => {
    out.push(Object.freeze({ day: day as DayNumber, holiday, name, rule }));
  };
  const ids = new Set(statutory.holidays.map((r) => r.id));
  for (const id of ids) {
    // The main date decides which rule is in force; all rules of one id share its date spec.
    const spec = statutory.holidays.find((r) => r.id === id)?.date;
    if (spec === undefined) continue;
    let main: number;
    if (spec.calendar === "solar") main = dayNumberFromYmd(year, spec.month, spec.day);
    else if (spec.calendar === "lunar") main = lunarToDayNumber(year, spec.month, spec.day);
    else main = lunarToDayNumber(year, 1, 1);
    const rule = ruleInForce(id, main);
    if (rule === undefined) continue;
    const date = rule.date;
    if (date.calendar === "lunar_new_year") {
      for (let k = date.daysBefore; k >= 1; k--) {
        const d = main - k;
        const lunar = dayNumberToLunar(d as DayNumber);
        push(d, id, `Tết (${lunar.day} Chạp${k === 1 && lunar.day === 29 ? ", cuối năm" : ""})`, rule);
      }
      for (let k = 0; k < date.daysAfter; k++) push(main + k, id, `Tết (mùng ${k + 1})`, rule);
    } else {
      const adjacent = rule.adjacentDays > 0 ? adjacentNationalDay(main) : undefined;
      if (adjacent !== undefined && adjacent < main) push(adjacent, id, `${rule.name} (ngày liền kề)`, rule);
      push(main, id, rule.name, rule);
      if (adjacent !== undefined && adjacent > main) push(adjacent, id, `${rule.name} (ngày liền kề)`, rule);
    }
  }
  out.sort((a, b) => a.day - b.day);
  return Object.freeze(out);
}

let memo: readonly (readonly ProjectedHoliday[])[] | undefined;

/**
 * The projected statutory holidays of every year 1900–2199, sorted by day within each year;
 * computed once (immutable).
 * @internal
 */
export function projectedHolidays(): readonly (readonly ProjectedHoliday[])[] {
  if (memo === undefined) {
    const years: (readonly ProjectedHoliday[])[] = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push(projectYear(y));
    memo = Object.freeze(years);
  }
  return memo;
}
