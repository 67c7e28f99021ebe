/**
 * Finding time expressions in running text: {@link findDeadlines} and {@link scanDeadlines}.
 * The lead words are in leads.ts, the role cues in roles.ts; the grammar itself decides every
 * span (readAt.ts). See docs/find-and-draft.md.
 * @module
 */
export { findDeadlines, scanDeadlines } from "./scanDeadlines.js";
export { DEADLINE_ROLES, type DeadlineMatch, type DeadlineRole, type DeadlineScan, type QuotaMatch, type UnreadFragment } from "./types.js";
