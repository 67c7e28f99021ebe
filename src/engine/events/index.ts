/**
 * The events step of `evaluate`: reading the events into columns, finding duplicate ids, routing
 * each event type to its obligations and roles, and dispatching the events into per-obligation
 * buckets split in parts.
 * @module
 */
export { Bucket, HASH_GROUPS, partsOf, type Part } from "./bucket.js";
export { dispatch } from "./dispatch.js";
export { canonicalCompare } from "./duplicates.js";
export type { EventColumns, Rec } from "./eventColumns.js";
export { RANK_OF_CODE, REASON_CODE, REASON_RANK, REASONS } from "./ignoreReasons.js";
export { readEvents } from "./readEvents.js";
export { routesOf, type Routed, type Routes } from "./routes.js";
