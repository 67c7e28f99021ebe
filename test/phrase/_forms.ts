/** Checks shared by the tests of phrase forms. */
import { expect } from "vitest";
import { validateRule } from "../../src/deadline/ruleSchema.js";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";

/** The rule validates, formats (vi) and parses again to the same rule, and has an English rendering. */
export function roundTrips(rule: DeadlineRule): void {
  expect(validateRule(rule)).toEqual(rule);
  expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
  expect(formatDeadline(rule, { locale: "en" })).not.toBe("");
}

/** The reason code of the first issue when the phrase is refused, or undefined when it is read. */
export function reasonOf(phrase: string): string | undefined {
  const r = safeParseDeadline(phrase);
  if (r.success) return undefined;
  return (r.error.issues[0]?.params as { reason?: string } | undefined)?.reason;
}

/** What `findDeadlines` finds in a text: each match's text, rule kind and role. */
export function found(text: string): [string, string, string][] {
  return findDeadlines(text).map((m) => [m.text, m.rule.kind, m.role]);
}
