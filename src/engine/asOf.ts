/**
 * Reading `asOf`: an instant, or a date meaning the end of that day.
 * @internal
 * @module
 */
import { dayNumberFromYmd, readIsoDate } from "../day/dayNumber.js";
import { epochMsOfCivil, readInstant } from "../day/instant.js";

/**
 * Epoch ms of an `asOf`: an ISO instant as written; an ISO date (`"2024-12-31"`) as the end of that
 * day, 24:00 Vietnam time, the first instant of the next day ("tính đến hết ngày 31/12/2024": a
 * task due that day and not done is overdue). Undefined when the value is neither.
 *
 * @param value - The `asOf` given.
 * @returns Epoch ms, or undefined.
 * @example
 * readAsOf("2024-12-31") === readInstant("2025-01-01T00:00:00+07:00") //=> true
 * @internal
 */
export function readAsOf(value: unknown): number | undefined {
  const date = readIsoDate(value);
  if (date !== undefined) return epochMsOfCivil(dayNumberFromYmd(date.year, date.month, date.day) + 1, 0);
  return readInstant(value);
}
