/**
 * Drafting plans from notices (dự thảo kế hoạch): {@link draftPlan}. The layer after `schema`:
 * it produces a `PlanInput` that `parsePlan` accepts. Tables of wording are in bindings.ts.
 * See docs/find-and-draft.md.
 * @module
 */
export { draftPlan } from "./draftPlan.js";
export { formatUnresolved } from "./formatUnresolved.js";
export type { DraftPlanOptions, DraftResult, UnresolvedReason, UnresolvedRow, UnreadInRow } from "./types.js";
