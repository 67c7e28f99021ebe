/**
 * Points (điểm) as exact integer hundredths inside, numbers with at most 2 decimals outside, and
 * their Vietnamese and English writing.
 * @module
 */
import { InvalidInputError, issue } from "../errors.js";
import type { Locale } from "../messages/index.js";

/** Hundredths of a points number (rounded to the nearest hundredth). @internal */
export function toH(points: number): number {
  return Math.round(points * 100);
}

/** A points number from hundredths. @internal */
export function fromH(hundredths: number): number {
  return hundredths / 100;
}

/** `a × b ÷ c` rounded half up, for non-negative integers. @internal */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  return Math.floor((2 * a * b + c) / (2 * c));
}

/** Writes hundredths with two decimals, with `,` (vi) or `.` (en) and no grouping. @internal */
export function writeH(hundredths: number, locale: Locale): string {
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, "0");
  return `${sign}${whole}${locale === "vi" ? "," : "."}${cents}`;
}

/**
 * Writes points with two decimals, as score sheets do: a decimal comma in Vietnamese, a point in
 * English, no thousands separator.
 *
 * @param points - Points (a finite number; rounded half away from zero to hundredths).
 * @param locale - `"vi"` (default) or `"en"`.
 * @returns The text, e.g. `"93,20"`.
 * @throws {@link InvalidInputError} `invalid_type` when `points` is not a finite number;
 *   `invalid_value` beyond ±90 071 992 547 409,91 (hundredths no longer exact); `invalid_option` for another locale.
 * @example
 * formatPoints(93.2, "vi") //=> "93,20"
 * formatPoints(93.2, "en") //=> "93.20"
 * formatPoints(-0.5)       //=> "-0,50"
 * @remarks Since 0.1.0
 */
export function formatPoints(points: number, locale: Locale = "vi"): string {
  if (typeof points !== "number" || !Number.isFinite(points)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "finite number", received: typeof points === "number" ? String(points) : typeof points }, ["points"])]);
  }
  // beyond this, hundredths are no longer exact integers and the digits written would be made up
  if (Math.abs(points) * 100 > Number.MAX_SAFE_INTEGER) {
    throw new InvalidInputError([issue("invalid_value", { value: points, expected: "points within ±90071992547409.91" }, ["points"])]);
  }
  if (locale !== "vi" && locale !== "en") throw new InvalidInputError([issue("invalid_option", { name: "locale", value: locale, expected: '"vi" | "en"' }, ["locale"])]);
  const h = Math.sign(points) * Math.round(Math.abs(points) * 100);
  return writeH(h === 0 ? 0 : h, locale);
}
