/**
 * Obligation kinds: one file per kind behind {@link KindHandler}, in a table the compiler checks
 * for completeness (a kind of the schema without a handler does not compile).
 * @module
 */
import { dated } from "./dated.js";
import { derived } from "./derived.js";
import type { KindHandler, KindName } from "./handler.js";
import { quota } from "./quota.js";
import { recurring } from "./recurring.js";
import { triggered } from "./triggered.js";

/** The handler of each obligation kind. */
export const KIND_HANDLERS: { readonly [K in KindName]: KindHandler<K> } = { triggered, dated, recurring, derived, quota };

export { openingOrder } from "./openingOrder.js";
export type { KindHandler, KindName, KindSteps, ObligationOf, OpenContext } from "./handler.js";
