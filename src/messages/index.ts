/**
 * The one table of user-facing text: every issue code in Vietnamese and English.
 * @internal
 */
import type { IssueCode } from "../errors.js";
import { vi } from "./vi.js";
import { en } from "./en.js";

/** Languages of user-facing text: Vietnamese (default) and English. */
export type Locale = "vi" | "en";

/** The locales, for checks at the boundary. @internal */
export const LOCALES: readonly Locale[] = Object.freeze(["vi", "en"]);

/** One text per code, built from the issue's params. @internal */
export type MessageTable = { readonly [C in IssueCode]: (params: Readonly<Record<string, unknown>>) => string };

/** Longest string a message repeats from its params; longer ones are cut with "…". @internal */
export const MAX_ECHO = 120;
/** Most list items a message repeats; the rest are counted. @internal */
export const MAX_ECHO_ITEMS = 12;

const hasOwn = (table: object, key: unknown): boolean => typeof key === "string" && Object.prototype.hasOwnProperty.call(table, key);

/** @internal */
export function messageFor(code: IssueCode, params: Readonly<Record<string, unknown>>, locale: Locale): string {
  const table: MessageTable = locale === "en" ? en : vi;
  const safe = clipParams(params);
  const render = hasOwn(table, code) ? table[code] : undefined;
  return render === undefined ? `${show(code)} ${show(safe)}` : render(safe);
}

/** A string cut to {@link MAX_ECHO} characters. @internal */
export function clip(text: string): string {
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO - 1)}…` : text;
}

/** A value that a template literal can print: symbols and objects that cannot become text are shown instead. */
function printable(value: unknown): unknown {
  if (typeof value === "string") return clip(value);
  if (typeof value === "symbol") return value.toString();
  if (value === null || typeof value !== "object") return value;
  try {
    void String(value);
    return value;
  } catch {
    return show(value);
  }
}

function clipValue(value: unknown): unknown {
  if (!Array.isArray(value)) return printable(value);
  const items = value.length > MAX_ECHO_ITEMS ? [...value.slice(0, MAX_ECHO_ITEMS - 2), `… (+${value.length - MAX_ECHO_ITEMS + 1})`, value[value.length - 1]] : Array.from(value);
  return items.map(printable);
}

/**
 * The params a message is built from, with long strings and lists cut, so that a message stays
 * short whatever the input (the issue itself keeps the full params). @internal
 */
export function clipParams(params: unknown): Readonly<Record<string, unknown>> {
  if (params === null || typeof params !== "object") return {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(params)) out[key] = clipValue((params as Record<string, unknown>)[key]);
  return out;
}

/** Quotes a value for a message without throwing on odd inputs (BigInt, cycles, getters that throw). @internal */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(clip(value));
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  if (typeof value === "bigint") return clip(`${value}n`);
  if (typeof value === "symbol") return clip(value.toString());
  if (typeof value === "function") return "function";
  try {
    const s = JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
    return s === undefined ? Object.prototype.toString.call(value) : s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return Array.isArray(value) ? "[…]" : "{…}";
  }
}

/** A value as text in a message, never throwing (objects without `toString`, symbols). @internal */
export function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || typeof value !== "object") {
    try {
      return String(value);
    } catch {
      return typeof value;
    }
  }
  return show(value);
}

/** The last line of a message that lists only the first issues: "… và 12 lỗi khác" / "… and 12 more issues". @internal */
export function moreIssuesLine(count: number, locale: Locale): string {
  return locale === "en" ? `… and ${count} more issue${count === 1 ? "" : "s"} (every one is in error.issues)` : `… và ${count} lỗi khác (đủ cả trong error.issues)`;
}
