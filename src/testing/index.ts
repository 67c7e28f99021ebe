/**
 * thoihan/testing — fast-check arbitraries and law checkers for pinning Vietnamese deadline
 * semantics in your own test suite: days, working days, instants, lunar dates, deadline rules,
 * deadline phrases with the rule each must parse to, and event logs for a plan.
 *
 * Requires `fast-check` (^4), an optional peer dependency of thoihan: install it next to thoihan
 * in the project that imports this entry point. The main `thoihan` entry never loads it.
 *
 * A curated list of named exports; nothing is re-exported wholesale.
 * @module
 */
export {
  dayNumberArb,
  isoDateArb,
  workingDayArb,
  instantArb,
  lunarDateArb,
  type DateRange,
  type DayNumberRange,
  type InstantArbOptions,
} from "./days.js";
export type { DayNumber } from "../day/dayNumber.js";
export { deadlineRuleArb, RULE_KINDS, type DeadlineRuleArbOptions } from "./rules.js";
export {
  deadlinePhraseArb,
  PHRASE_VARIANTS,
  type DeadlinePhrase,
  type DeadlinePhraseArbOptions,
  type PhraseVariant,
} from "./phrases.js";
export { eventLogArb, type EventLogArbOptions } from "./events.js";
export {
  checkCalendarLaws,
  checkDeadlineLaws,
  checkPhraseLaws,
  checkLunarLaws,
  type LawResult,
  type WorkingDayArithmetic,
} from "./laws.js";
