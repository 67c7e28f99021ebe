/**
 * The findings step of `evaluate`: a finding per occurrence (status, lateness, target), its
 * explanation, and the order of the findings.
 * @module
 */
export { EARLY, finish, PAUSED, STATUSES } from "./build.js";
export { orderOccurrences } from "./order.js";
