/**
 * The occurrences step of `evaluate`: the occurrence table and its rows, the per-evaluation state,
 * the clock of an occurrence, periods, owners and the matching of control events to occurrences.
 * @module
 */
export { apply, setDeadline, startClock, urgencyOptions, type ClockStart } from "./clock.js";
export { routeControls } from "./matching.js";
export { Occ, type Step } from "./occurrence.js";
export { occurrenceOwners, ownerFor } from "./owners.js";
export { isoWeekLabel, periodAround } from "./periods.js";
export { atOf, HAS_ALSO, ROLE_MASK, ROLES, Run } from "./run.js";
export { OccColumns } from "./table.js";
