/**
 * Types of the official day-off data (dữ liệu ngày nghỉ): statutory rules, yearly schedules and
 * the documents they cite. Data only; the calendar engine in `src/calendar/` interprets it.
 * @module
 */
import type { IsoDate, Weekday } from "../day/dayNumber.js";

/**
 * How a fact was established in the research notes:
 * - `C` confirmed: read in the cited source;
 * - `D` derived: computed from a statute plus the calendar (weekday, lunar date);
 * - `R` reported: only in secondary material, primary text not read;
 * - `M` from memory: not confirmed in any source;
 * - `P` proposal: not (yet) a decision.
 */
export type Evidence = "C" | "D" | "R" | "M" | "P";

/** Keys of the documents in {@link sources}. */
export type SourceKey =
  | "BLLD2012"
  | "BLLD2019"
  | "QD188"
  | "NQ28"
  | "S2019"
  | "S2020"
  | "S2021"
  | "S2022"
  | "S2023"
  | "S2024"
  | "S2024b"
  | "S2025"
  | "S2026a"
  | "S2026b"
  | "S2026c"
  | "P2026"
  | "S2027";

/** A document cited by the data: a statute, a government letter (công văn) or a ministry notice (thông báo). */
export interface SourceDocument {
  readonly key: SourceKey;
  /** Document number(s) and name as cited, e.g. "CV 8662/VPCP-KGVX + TB 5015/TB-LĐTBXH". */
  readonly doc: string;
  /** Number of the main document, e.g. "8662/VPCP-KGVX"; absent when not found. */
  readonly number?: string;
  /** Date of the main document, when known. */
  readonly date?: IsoDate;
  /** Issuing body, e.g. "Văn phòng Chính phủ". */
  readonly issuer: string;
  /** How the document (its number and content) is known. */
  readonly evidence: Evidence;
  readonly url?: string;
  /** Related documents and caveats. */
  readonly note?: string;
}

/** Identifiers of the statutory public holidays (ngày nghỉ lễ, tết). */
export type HolidayId =
  | "new_year"
  | "tet"
  | "hung_kings"
  | "victory_day"
  | "labour_day"
  | "national_day"
  | "culture_day";

/** The legal basis of a rule: document, article and, when available, an address. */
export interface RuleSource {
  readonly doc: string;
  readonly article: string;
  readonly url?: string;
  readonly key: SourceKey;
}

/** When a holiday falls, as data. */
export type HolidayDate =
  /** A fixed Gregorian day (dương lịch). */
  | { readonly calendar: "solar"; readonly month: number; readonly day: number }
  /** A fixed lunar day (âm lịch), in the regular (non-leap) month. */
  | { readonly calendar: "lunar"; readonly month: number; readonly day: number }
  /** Tết Nguyên đán: chosen yearly; projected as the last `daysBefore` days of the lunar year and mùng 1 … mùng `daysAfter`. */
  | { readonly calendar: "lunar_new_year"; readonly daysBefore: number; readonly daysAfter: number };

/** A statutory public holiday rule in force from `validFrom` to `validTo` (inclusive). */
export interface HolidayRule {
  readonly id: HolidayId;
  /** Vietnamese name, e.g. "Quốc khánh". */
  readonly name: string;
  readonly date: HolidayDate;
  /** Paid days off the rule grants. */
  readonly days: number;
  /** Days next to the main date chosen yearly by the Prime Minister (Quốc khánh from 2021: 1). */
  readonly adjacentDays: number;
  /** Whether the Prime Minister fixes the exact days each year (Đ.112.3). */
  readonly chosenYearly: boolean;
  /** Whether a holiday on a weekly rest day earns nghỉ bù (compensatory day off). */
  readonly compensatory: boolean;
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate;
  /**
   * Whether the calendar may project this rule for years before `validFrom` as an approximation
   * (the supported range starts in 1900, long before the rule).
   */
  readonly projectBefore: boolean;
  readonly status: "decided" | "reported";
  readonly source: RuleSource;
  readonly note?: string;
}

/** A rule on nghỉ bù: a holiday on a weekly rest day moves to the next working day. */
export interface CompensatoryRule {
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate;
  readonly projectBefore: boolean;
  readonly source: RuleSource;
  readonly text: string;
}

/** The weekly rest days of the civil service (tuần làm việc 40 giờ). */
export interface WeeklyRestRule {
  readonly weekdays: readonly Weekday[];
  readonly validFrom: IsoDate;
  readonly projectBefore: boolean;
  readonly source: RuleSource;
  readonly text: string;
}

/** Everything the statute says about days off. */
export interface StatutoryRules {
  readonly holidays: readonly HolidayRule[];
  readonly compensatory: readonly CompensatoryRule[];
  readonly weeklyRest: readonly WeeklyRestRule[];
}

/** Kinds of schedule rows (a subset of the calendar's day kinds). */
export type ScheduleRowKind = "holiday" | "compensatory_off" | "swapped_off" | "makeup_workday";

/** Statuses a schedule row can have. */
export type ScheduleRowStatus = "decided" | "reported" | "proposed";

/**
 * A document that a schedule brings with it (a host's notice not yet in {@link sources}): the
 * fields of {@link SourceDocument} without `key`, which is the key it has in `documents`.
 */
export type ScheduleDocument = Omit<SourceDocument, "key">;

/**
 * One day of an official schedule (one row of the machine-readable holiday table).
 * `K` is the type of source keys: the shipped keys, or any string for a host's schedule whose
 * documents are in its `documents`.
 */
export interface ScheduleRow<K extends string = SourceKey> {
  readonly date: IsoDate;
  /** ISO weekday of `date` (1 = Monday), checked by the tests. */
  readonly weekday: Weekday;
  readonly kind: ScheduleRowKind;
  /** The statutory holiday (or break) the row belongs to. */
  readonly holiday: HolidayId;
  /** Vietnamese name, e.g. "Nghỉ bù Giỗ Tổ". */
  readonly name: string;
  /** A key of {@link sources}, or of the schedule's own `documents`. */
  readonly source: K;
  readonly evidence: Evidence;
  /** `decided` for C and D rows, `reported` for R rows, `proposed` for proposals. */
  readonly status: ScheduleRowStatus;
}

/**
 * The official schedule of one year for cán bộ, công chức, viên chức (lịch nghỉ lễ, tết hằng năm).
 * The holidays in `decides` come from `rows`; the calendar projects the others from the statute.
 *
 * `K` is the type of source keys: the shipped schedules cite the documents of {@link sources};
 * a host's schedule (given to `createCalendar({ schedules })`) may cite its own, listed in `documents`.
 */
export interface YearSchedule<K extends string = SourceKey> {
  readonly year: number;
  /** The statutory holidays this schedule decides (the others are projected). */
  readonly decides: readonly HolidayId[];
  /** Status of the days of `year` that no row lists (ordinary weekdays and weekends). */
  readonly plainDays: "decided" | "reported" | "projected";
  readonly sources: readonly K[];
  /** Documents cited by `sources` and rows that are not among the shipped {@link sources}, by key. */
  readonly documents?: Readonly<Record<string, ScheduleDocument>>;
  /** Sorted by date, at most one row per date. */
  readonly rows: readonly ScheduleRow<K>[];
  readonly note?: string | undefined;
}
