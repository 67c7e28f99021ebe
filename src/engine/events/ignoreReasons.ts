/** Why an event is ignored, as codes in a per-event column, and which reason wins when several apply. */
import type { IgnoreReason } from "../types.js";

/** The rank of each reason: when several apply to one event, the highest is reported. */
export const REASON_RANK: Readonly<Record<IgnoreReason, number>> = {
  invalid: 100,
  duplicate_id: 90,
  after_as_of: 80,
  unknown_type: 70,
  already_completed: 9,
  occurrence_closed: 8,
  extension_limit: 7,
  extension_not_later: 7,
  extension_without_deadline: 7,
  already_started: 6,
  already_paused: 6,
  not_paused: 6,
  duplicate_trigger: 5,
  no_matching_occurrence: 2,
  filtered_out: 1,
};

/** The reasons in the order of their codes (code k + 1 is `REASONS[k]`; 0 is none). */
export const REASONS = Object.keys(REASON_RANK) as IgnoreReason[];
/** The code of each reason, in a per-event column. */
export const REASON_CODE = Object.fromEntries(REASONS.map((r, k) => [r, k + 1])) as Record<IgnoreReason, number>;
/** The rank of each code (0: none). */
export const RANK_OF_CODE = Uint8Array.from([0, ...REASONS.map((r) => REASON_RANK[r])]);
