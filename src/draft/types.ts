/**
 * The shapes of `draftPlan`: its options, its result and the rows it could not draft.
 * @module
 */
import type { IsoDate } from "../day/dayNumber.js";
import type { Issue, IssueCode } from "../errors.js";
import type { PlanInput } from "../schema/plan.js";

/** Options of `draftPlan`. */
export interface DraftPlanOptions {
  /** Plan id (default: "du-thao"). */
  readonly id?: string;
  /** Plan title (default: the document's title line). */
  readonly title?: string;
  /** First day considered (default: the document's date, "Hải Phòng, ngày 30 tháng 01 năm 2024"). */
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  /**
   * Rows with no time limit at all: drafted as obligations dated by their trigger with no rule of
   * their own (default `"dated"`), each occurrence `undated` until its event brings a deadline, or
   * only listed in `unresolved` with the reason `no_deadline` (`"unresolved"`).
   */
  readonly undated?: "unresolved" | "dated";
}

/**
 * Why a row was not drafted (or drafted in part):
 * - `no_deadline`: the row states no time limit and refers to none;
 * - `anchor_unbound`: a time limit counted from an event the draft cannot bind to an event type
 *   or to another obligation (`params.anchor`);
 * - `source_ambiguous`: the anchor names another task, and several rows fit (`params.candidates`);
 * - `owner_unknown`: no owner unit could be read (`params.text`).
 */
export type UnresolvedReason = "no_deadline" | "anchor_unbound" | "source_ambiguous" | "owner_unknown";

/** A row (or a part of a row) that `draftPlan` did not turn into an obligation, with the reason. */
export interface UnresolvedRow {
  /** The row's id as the notice numbers it ("III.7"). */
  readonly row: string;
  readonly reason: UnresolvedReason;
  /** The row's wording (its title and requirement text), verbatim. */
  readonly text: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Wording near a time limit that the phrase grammar could not read, in a row: flag it for a person. */
export interface UnreadInRow {
  readonly row: string;
  /** The fragment, verbatim ("trước ngày..."). */
  readonly text: string;
  readonly reason: IssueCode;
  /** The first word not understood. */
  readonly token: string;
  /** The grammar's issue, as in `scanDeadlines(text).unread[i].issue`: `formatIssue(issue, "en")` words it. */
  readonly issue: Issue;
}

/** The result of `draftPlan`: a plan `parsePlan` accepts, the rows it could not draft, and wording it could not read. */
export interface DraftResult {
  readonly plan: PlanInput;
  readonly unresolved: readonly UnresolvedRow[];
  readonly unread: readonly UnreadInRow[];
}
