/**
 * Plans and events as data (`schema`): zod schemas, `parsePlan`/`safeParsePlan`, `parseEvent`.
 * @module
 */
export { eventSchema, parseEvent, type Event } from "./event.js";
export {
  planSchema,
  obligationSchema,
  type Plan,
  type PlanInput,
  type PlanOf,
  type Obligation,
  type ObligationInput,
  type ObligationCommon,
  type TriggeredObligation,
  type RecurringObligation,
  type DatedObligation,
  type DerivedObligation,
  type DerivedOn,
  type QuotaObligation,
  type QuotaSpec,
  type QuotaPeriod,
  type EventFilter,
  type FilterValue,
  type Unit,
  type CalendarOverrides,
  type PlanDayOverride,
  type PlanOfficeHours,
  type PlanOfficeSession,
  type Target,
  type Extensions,
  type MatchMode,
  type CriterionRef,
  type DeadlineSpec,
} from "./plan.js";
export { parsePlan, safeParsePlan, type SafeParsePlanResult } from "./parsePlan.js";
export { planJsonSchema, eventJsonSchema, type JsonSchema } from "./jsonSchema.js";
