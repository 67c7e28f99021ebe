/**
 * The one table of user-facing text: every issue code in Vietnamese and English.
 * @internal
 */
import type { IssueCode } from "../errors.js";
import { vi } from "./vi.js";
import { en } from "./en.js";

/** Languages of user-facing text: Vietnamese (default) and English. */
export type Locale = "vi" | "en";

/** One text per code, built from the issue's params. @internal */
export type MessageTable = { readonly [C in IssueCode]: (params: Readonly<Record<string, unknown>>) => string };

/** @internal */
export function messageFor(code: IssueCode, params: Readonly<Record<string, unknown>>, locale: Locale): string {
  const table: MessageTable = locale === "en" ? en : vi;
  const render = Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
  return render === undefined ? `${show(code)} ${show(params)}` : render(params);
}

/** Quotes a value for a message without throwing on odd inputs. @internal */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "symbol") return value.toString();
  if (typeof value === "function") return "function";
  try {
    const s = JSON.stringify(value);
    return s === undefined ? Object.prototype.toString.call(value) : s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
