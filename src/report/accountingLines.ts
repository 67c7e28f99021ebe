/**
 * The accounting of events (bảng kê sự kiện) in two lines: every input event used (by role) or
 * not used (by reason), so that a reader sees nothing was dropped.
 * @module
 */
import type { Accounting } from "../engine/types.js";
import type { Locale } from "../errors.js";
import { IGNORE_WORD, REPORT_WORD, ROLE_WORD } from "./labels.js";

function counted<K extends string>(keys: readonly K[], words: { readonly [k in K]: string }): string {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, n]) => `${words[k]} ${n}`).join(", ");
}

/** "Sự kiện: 368 = 365 đã dùng + 3 không dùng (có lý do)." then the roles and the reasons. */
export function accountingLines(accounting: Accounting, locale: Locale): string[] {
  const w = REPORT_WORD[locale];
  const lines = [w.accounting(accounting.input, accounting.used.length, accounting.ignored.length)];
  if (accounting.used.length > 0) lines.push(`  ${w.used}: ${counted(accounting.used.map((u) => u.role), ROLE_WORD[locale])}`);
  if (accounting.ignored.length > 0) lines.push(`  ${w.notUsed}: ${counted(accounting.ignored.map((i) => i.reason), IGNORE_WORD[locale])}`);
  return lines;
}
