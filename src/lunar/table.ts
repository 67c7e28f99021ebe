/**
 * The table of lunar months (tháng âm lịch) 1899–2200, built once on first use.
 *
 * Every month is a pair (start day number, label). Months start on the Vietnamese civil day
 * (UTC+7) of a new moon; month 11 is the month containing the winter solstice (Đông chí, Sun
 * at 270°); a span from one month 11 to the next with 13 months gets a leap month, the first
 * month after month 11 that contains no major solar term (trung khí, Sun at a multiple of 30°).
 * "Contains" means that the term's civil day falls in [month start, next month start), which is
 * the same as the Sun's longitude crossing the term between 00:00 (UTC+7) of the month's first
 * day and 00:00 of the next month's first day.
 *
 * The table is a cache of deterministic, immutable data: it is never observable except through
 * the speed of the first call.
 *
 * @internal
 * @module
 */
import { dayNumberFromYmd, ymdFromDayNumber } from "../day/dayNumber.js";
import {
  civilDayOfJdUt,
  jdUtOfCivilMidnight,
  jdUtToJde,
  jdeToJdUt,
  newMoonJde,
  newMoonNumberNear,
  sunApparentLongitude,
  JD_UNIX_EPOCH,
} from "./astronomy.js";

/** First lunar year with complete information in the table (its months 11–12 start in 1898). @internal */
export const TABLE_FIRST_YEAR = 1899;
/** Last lunar year whose months 1–12 (and any leap month) are in the table. @internal */
export const TABLE_LAST_YEAR = 2199;

/** The months of the table, in order. @internal */
export interface LunarTable {
  /** Day number of the first day of month i; one extra entry closes the last month. */
  readonly starts: Int32Array;
  /** Label of month i: `(year << 5) | (month << 1) | leap`. */
  readonly labels: Int32Array;
  /** Index of month 1 (tháng Giêng) of lunar year `TABLE_FIRST_YEAR + j`. */
  readonly firstMonthIndex: Int32Array;
  /** Leap month of lunar year `TABLE_FIRST_YEAR + j` (0 when none). */
  readonly leapMonths: Int8Array;
}

/** Packs a month label. @internal */
export function packLabel(year: number, month: number, leap: boolean): number {
  return (year << 5) | (month << 1) | (leap ? 1 : 0);
}

/**
 * Builds the table from the astronomy: new moons of late 1898 to early 2201, the Sun's longitude
 * at the start of each month, then month numbers and leap months span by span.
 * @internal
 */
export function buildLunarTable(): LunarTable {
  // 1. Month starts: civil days (UTC+7) of consecutive new moons, mid-November 1898 onwards.
  const firstK = newMoonNumberNear(dayNumberFromYmd(1898, 11, 1) + JD_UNIX_EPOCH);
  const lastK = newMoonNumberNear(dayNumberFromYmd(2201, 3, 1) + JD_UNIX_EPOCH);
  const count = lastK - firstK + 1;
  const starts = new Int32Array(count);
  for (let i = 0; i < count; i++) starts[i] = civilDayOfJdUt(jdeToJdUt(newMoonJde(firstK + i)));

  // 2. Solar-term counter at each month start: floor(λ / 30°) made continuous over the years,
  //    so month i contains the terms b with terms[i] < b ≤ terms[i + 1].
  const terms = new Int32Array(count);
  let cycle = 0;
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const lambda = sunApparentLongitude(jdUtToJde(jdUtOfCivilMidnight(starts[i] as number)));
    if (lambda < previous) cycle++;
    previous = lambda;
    terms[i] = Math.floor(lambda / 30) + 12 * cycle;
  }

  // 3. Months 11: those containing a term b ≡ 9 (mod 12), i.e. the Sun at 270°.
  const month11: number[] = [];
  for (let i = 0; i + 1 < count; i++) {
    const from = terms[i] as number;
    const to = terms[i + 1] as number;
    for (let b = from + 1; b <= to; b++) {
      if (b % 12 === 9) {
        month11.push(i);
        break;
      }
    }
  }

  // 4. Label the months span by span (from one month 11 to the next).
  const labels = new Int32Array(count).fill(-1);
  const years = TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 1;
  const firstMonthIndex = new Int32Array(years).fill(-1);
  const leapMonths = new Int8Array(years);
  const firstSolstice = month11.findIndex((i) => (starts[i] as number) >= dayNumberFromYmd(1898, 11, 15));
  for (let s = firstSolstice; s + 1 < month11.length; s++) {
    const a = month11[s] as number;
    const c = month11[s + 1] as number;
    // Lunar year of the months 11–12 at the start of the span.
    let year = yearOfSpanStart(starts[a] as number);
    let leapIndex = -1;
    if (c - a === 13) {
      for (let i = a + 1; i < c; i++) {
        if (terms[i + 1] === terms[i]) {
          leapIndex = i;
          break;
        }
      }
    }
    let month = 11;
    for (let i = a; i < c; i++) {
      const leap = i === leapIndex;
      if (i > a && !leap) {
        month = month === 12 ? 1 : month + 1;
        if (month === 1) year++;
      }
      labels[i] = packLabel(year, month, leap);
      const j = year - TABLE_FIRST_YEAR;
      if (j >= 0 && j < years) {
        if (month === 1 && !leap) firstMonthIndex[j] = i;
        if (leap) leapMonths[j] = month;
      }
    }
  }
  // Keep only the labelled months, plus the start of the month that closes the last one.
  let first = 0;
  while (labels[first] === -1) first++;
  let last = count - 1;
  while (labels[last] === -1) last--;
  const keptStarts = starts.slice(first, last + 2);
  const keptLabels = labels.slice(first, last + 1);
  for (let j = 0; j < years; j++) firstMonthIndex[j] = (firstMonthIndex[j] as number) - first;
  return { starts: keptStarts, labels: keptLabels, firstMonthIndex, leapMonths };
}

/** The lunar year of a month 11 starting on `day`: it starts between late November and the solstice, so it is that Gregorian year. */
function yearOfSpanStart(day: number): number {
  return ymdFromDayNumber(day).year;
}

let cache: LunarTable | undefined;

/** The table, built on first use and cached (the data is immutable and deterministic). @internal */
export function lunarTable(): LunarTable {
  if (cache === undefined) cache = buildLunarTable();
  return cache;
}
