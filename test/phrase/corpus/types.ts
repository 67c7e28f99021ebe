/**
 * The shape of the sentence corpora (real.ts, heldout.ts): real sentences and table rows from
 * Vietnamese laws, decrees, circulars, decisions and plans, each with the deadline expression
 * inside it, its source, its form and role, and the last on-time day a reader of the law expects
 * under the Bộ luật Dân sự 2015 defaults and the civil-service working calendar.
 *
 * The expectation does not name rule shapes, so that it stays true whatever rule the parser gives:
 * it is an anchor (and a deadline counted back from, a year or a reporting period when the form
 * needs one) and the expected `lastDay`, or a rejection with the reason no single day exists.
 */

/** A short tag for the way the deadline is written. */
export type CorpusForm =
  | "relative"
  | "relative_hours"
  | "fixed"
  | "period"
  | "recurring"
  | "reporting_day"
  | "backward_event"
  | "backward_deadline"
  | "window"
  | "max_duration"
  | "extension_limit"
  | "alternatives"
  | "immediacy"
  | "entry_into_force"
  | "validity"
  | "min_notice";

/** What the time expression is for. */
export type CorpusRole = "deadline" | "entry_into_force" | "validity" | "min_notice" | "extension_limit" | "limitation";

/** The document (number and kind, or name) and the article a sentence is taken from. */
export interface CorpusSource {
  /** "Nghị định 145/2020/NĐ-CP", "Luật 45/2019/QH14" …: the document, one spelling per document. */
  readonly doc: string;
  /** "Đ.37.1", "Đ.12.2.b" …: the article, clause and point. */
  readonly article: string;
}

interface CorpusEntryBase {
  /** Stable id: a document prefix and a number. */
  readonly id: string;
  /** The whole sentence (or table row) as written, NFC. */
  readonly sentence: string;
  /** The deadline expression within the sentence, a verbatim substring of it. */
  readonly phrase: string;
  readonly source: CorpusSource;
  readonly form: CorpusForm;
  readonly role: CorpusRole;
}

/** An entry with one computable last day. */
export interface ComputedEntry extends CorpusEntryBase {
  /** The start: an ISO date, or an instant for hour counts. */
  readonly anchor?: string;
  /** For a deadline counted back from another one: that deadline's last day. */
  readonly due?: string;
  /** For dates and periods written without a year. */
  readonly year?: number;
  /** Reporting period: "2025", "2025-H1", "2025-Q3" or "2025-07". */
  readonly period?: string;
  /** The last on-time day (or, for entry into force, the first day in force) a reader expects. */
  readonly lastDay: string;
  /** The reading chosen where the law is silent or the wording needs a rule of DESIGN §3. */
  readonly reading?: string;
}

/** An entry from which no single day can be computed (alternatives by case, no amount, …). */
export interface RejectedEntry extends CorpusEntryBase {
  readonly expect: "reject";
  readonly reason: string;
}

export type SentenceEntry = ComputedEntry | RejectedEntry;

/** True for an entry with a computable last day. */
export function isComputed(entry: SentenceEntry): entry is ComputedEntry {
  return !("expect" in entry);
}
