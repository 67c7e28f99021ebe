/**
 * The deadline model: rules (what a text says), policies (how the law counts), deadlines (the result).
 * @module
 */
import type { IsoDate, Weekday } from "../day/dayNumber.js";
import type { Instant, InstantInput } from "../day/instant.js";
import type { DataStatus, SourceRef, WorkCalendar } from "../calendar/types.js";

/** Urgency marks of NĐ 30/2020 Đ.4.2.c: hỏa tốc, thượng khẩn, khẩn. */
export type UrgencyLevel = "hoa_toc" | "thuong_khan" | "khan";

/**
 * Units of a duration:
 * - `day`: a bare "ngày" (calendar days by default, policy `bareDayUnit`);
 * - `calendar_day`: explicitly calendar days; `working_day`: "ngày làm việc";
 * - `week`, `month`, `year`: calendar periods (BLDS Đ.148.2–4);
 * - `hour`: "giờ", from the instant (Đ.147.1); `working_hour`: "giờ làm việc", office hours.
 */
export type DurationUnit = "day" | "calendar_day" | "working_day" | "week" | "month" | "year" | "hour" | "working_hour";

/** An amount of a unit, e.g. `{ amount: 10, unit: "working_day" }`. */
export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

/** The wording that sets the start of a relative time limit, kept verbatim (normalised to NFC, single spaces). */
export interface Anchor {
  /** E.g. "ngày ban hành", "khi UBND TP ban hành Kế hoạch", "ngày nhận được hồ sơ hợp lệ". */
  readonly text: string;
}

/** A day of a month, with or without a year ("5/01" has none; the context supplies it). */
export interface DateSpec {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
}

/**
 * How a named date bounds the time limit:
 * - `before`: "trước ngày X", strictly before X by default (policy `beforeDate`);
 * - `by`: "chậm nhất (là) ngày X", "trong ngày X", "vào ngày X": X inclusive.
 */
export type DateBound = "before" | "by";

/** A calendar period: a month, a quarter, a half year or a year. Without `year` the context supplies it. */
export type PeriodSpec =
  | { readonly unit: "month"; readonly month: number; readonly year?: number }
  | { readonly unit: "quarter"; readonly quarter: number; readonly year?: number }
  | { readonly unit: "half_year"; readonly half: number; readonly year?: number }
  | { readonly unit: "year"; readonly year?: number };

/** A note on wording that is understood but legally ambiguous (code stable, text in the message tables). */
export interface RuleNote {
  readonly code: "bare_day_unit" | "month_end" | "before_date_reading" | "fixed_date_non_working" | "local_convention" | "anchor_unbound" | "time_excluded" | "planned" | "postmark";
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Exception clause: "trừ trường hợp hỏa tốc (trong 24h)". Without `rule` the target is waived. */
export interface UrgencyException {
  readonly urgency: UrgencyLevel;
  readonly rule?: DeadlineRule;
}

/**
 * What a time expression is, when it is not a deadline (absent = a deadline, a time limit to act by).
 * Every role is computed by the same rules; the role tells a host what the day means:
 * - `entry_into_force`: "có hiệu lực sau 45 ngày kể từ ngày ký" — the end of the period counted is when the text takes effect;
 * - `validity`: "có thời hạn 12 tháng", "có giá trị 6 tháng kể từ ngày cấp" — how long a licence or decision stays valid;
 * - `minimum_notice`: "niêm yết công khai ít nhất 15 ngày" — a posting or notice that must last at least that long;
 * - `extension_limit`: "có thể gia hạn một lần nhưng không quá 10 ngày làm việc" — the most a time limit may be extended by.
 */
export type RuleRole = "entry_into_force" | "validity" | "minimum_notice" | "extension_limit";

/**
 * One alternative by case: "…; trường hợp phức tạp không quá 40 ngày kể từ ngày nhận đơn". The
 * condition is kept verbatim; the main rule is the default and a plan chooses the alternative.
 */
export interface RuleAlternative {
  /** The case as written after "trường hợp" ("phức tạp", "vụ việc có nhiều tình tiết phức tạp"). */
  readonly condition: string;
  readonly rule: DeadlineRule;
}

/** Where a roll clause of the text moves a last day on a day off: "ngày làm việc tiếp theo" or "ngày làm việc liền trước". */
export type RollByText = "next_working_day" | "previous_working_day";

/** Fields every rule may carry. `wording` is opaque to computation and kept for faithful formatting. */
export interface RuleCommon {
  /** What the expression is when it is not a deadline (see {@link RuleRole}); absent = a deadline. */
  readonly role?: RuleRole;
  /** Alternatives by case, each with its condition (see {@link RuleAlternative}). */
  readonly alternatives?: readonly RuleAlternative[];
  /**
   * A roll clause written in the text ("nếu ngày này trùng vào ngày nghỉ thì thực hiện vào ngày làm
   * việc tiếp theo"): a last day on a day off moves to the next (or, `previous_working_day`, the
   * previous) working day, whatever the policy says; the clause as written is in `wording.roll`.
   */
  readonly roll?: RollByText;
  /** At most this long from the anchor ("không quá 90 ngày"); the earlier of the two applies. */
  readonly cap?: Duration;
  /** Exceptions by urgency ("trừ trường hợp hỏa tốc"). */
  readonly except?: readonly UrgencyException[];
  /** Ambiguity notes attached by the parser. */
  readonly notes?: readonly RuleNote[];
  /** The words of the phrase that differ from the canonical form, for formatting (see {@link Wording}). */
  readonly wording?: Wording;
}

/**
 * The words of a phrase that differ from the canonical form `formatDeadline` writes, recorded by
 * `parseDeadline` so that the phrase can be written back as it was. Opaque to computation; every
 * field is optional and present only when the text departs from the canonical wording.
 */
export interface Wording {
  /** Lead words ("chậm nhất", "không quá", "chậm nhất là" …) when not the canonical ones of the form. */
  readonly lead?: string;
  /** Connector before the anchor ("từ", "tính từ", "sau" …) when not "kể từ". */
  readonly connector?: string;
  /** The unit as written: "h", "h00" ("24h00", hours written as a clock reading), "tiếng", "ngày làm việc tiếp theo", "ngày đêm" (a whole day and its night), "tuần tới" (the coming weeks, from the text's date). */
  readonly unit?: string;
  /** Words before a cap when not "nhưng không quá" ("nhưng tối đa"), or before an urgency cap when not "trong". */
  readonly capLead?: string;
  /** "đối với …": the cases the deadline applies to, verbatim. */
  readonly scope?: string;
  /** "hoặc theo …": an alternative set elsewhere, verbatim. */
  readonly alternative?: string;
  /** Bracketed remarks, verbatim (several joined by ") ("). */
  readonly remark?: string;
  /** "không thời hạn" before "nhưng không quá …". */
  readonly undated?: string;
  /** "hàng" when so written (canonical "hằng"). */
  readonly every?: string;
  /** "hằng năm" or "hàng năm" written after a list of dates without a year ("trước ngày 05/6 và 05/12 hằng năm"). */
  readonly everyYear?: string;
  /** "định kỳ" when written. */
  readonly periodic?: string;
  /**
   * `"every_first"`: the every-clause written before the day ("định kỳ hằng quý, trước ngày 20 …");
   * `"every_first_bracket"`: the day in brackets after it ("hằng quý (trước ngày 30 của tháng đầu quý sau)");
   * `"reference_first"`: a count back written after its reference ("trước ngày khai mạc ít nhất 10 ngày");
   * `"lead_reference_first"`: the same after the lead of a limit ("chậm nhất là trước ngày thi 01 ngày làm việc").
   * `"compared"`: a count back, then "so với" and its reference ("trước 10 ngày so với ngày khai mạc kỳ họp").
   * `"event_after"`: "trước", a count back, then its event with no connector ("Trước 05 ngày bắt đầu phiên họp").
   */
  readonly order?: string;
  /** The words of a role as written when not the canonical ones ("có thể gia hạn một lần nhưng", "có giá trị"); "" when none were written ("ít nhất là 07 ngày kể từ ngày đăng"). */
  readonly role?: string;
  /** Words of the day: "đầu tháng", "giữa tháng", "ngày làm việc", "đầu năm"; "cuối" for the last day of a reporting window. */
  readonly day?: string;
  /** Start of a dated window ("từ ngày 20/06/2024 đến …"), `dd/mm[/yyyy]`. */
  readonly from?: string;
  /**
   * The start of a window whose end is the limit, verbatim with its connector, when the start is
   * not a day the window's end is read with ("từ ngày ra thông báo", "từ tháng 4/2022", "từ chiều
   * ngày nay", "từ 21-9" before "đến hết tháng 12-2018"): written back before the end.
   */
  readonly start?: string;
  /**
   * A length written before a dated start, verbatim with its lead words ("25 ngày" in "25 ngày, bắt
   * đầu từ ngày 1/4/2019", "trong 03 ngày" before a window): with `start`, the length and the first
   * day give the last day (the end is not written back); alone, a gloss before a window.
   */
  readonly span?: string;
  /**
   * "tới" or "này" after a date, a month or a quarter written without its year ("đến 16h30 ngày 7/2 tới", "trong
   * tháng 1 này"): the coming one, or this one, whose year `context.year` gives.
   */
  readonly coming?: string;
  /** Words of a day named relative to a period ("ngày thứ 20 của tháng tiếp theo") when not canonical. */
  readonly at?: string;
  /** The period an offset counts from, verbatim ("tháng phát sinh nghĩa vụ thuế"). */
  readonly base?: string;
  /** Offset words of a whole period when not canonical ("sau", "kế tiếp", "tiếp theo liền kề"). */
  readonly next?: string;
  /** Words before "ngày làm việc tiếp theo" when not "chậm nhất là". */
  readonly nextLead?: string;
  /** The event after "nếu" before a same-day cut-off hour, verbatim ("tiếp nhận yêu cầu" in "nếu tiếp nhận yêu cầu sau 15 giờ"). */
  readonly cutoffEvent?: string;
  /** Several days of a month as written ("05 và 20" in "vào ngày 05 và 20 hàng tháng") when not canonical ("5 và 20"). */
  readonly monthDays?: string;
  /** Weekdays of given weeks as written ("ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4", "thứ Hai tuần đầu") when not canonical ("thứ Sáu tuần thứ 2", "tuần đầu tiên", "tuần cuối cùng"). */
  readonly weekdays?: string;
  /** What a period is for, after "để" ("nộp học phí" in "có ít nhất 15 ngày để nộp học phí kể từ …"), verbatim. */
  readonly purpose?: string;
  /** Where the period runs, after "tại" ("trụ sở tiếp công dân UBND tỉnh" in "trong vòng 30 ngày tại trụ sở tiếp công dân UBND tỉnh, kể từ …"), verbatim. */
  readonly place?: string;
  /** A roll clause with its opening mark as written ("; nếu ngày này trùng vào ngày nghỉ … thì thực hiện vào ngày làm việc tiếp theo", "(nếu … )") when not canonical. */
  readonly roll?: string;
  /**
   * A qualifier in brackets after the amount, verbatim: one that restates working days ("không kể
   * ngày nghỉ") or one that leaves a pause out of the count ("không tính thời gian … hoàn thiện hồ
   * sơ"; the rule then carries a `time_excluded` note with the same text).
   */
  readonly qualifier?: string;
  /** A leading clause that is not a time limit, verbatim, before the deadline ("Theo từng đợt"). */
  readonly preface?: string;
  /** The part of the day written before a named date ("chiều" in "vào chiều 8-12"); the day itself counts. */
  readonly daypart?: string;
  /**
   * Words before the lead that say what is due, verbatim ("hoàn thành tuyển sinh vào lớp 10" in
   * "hoàn thành tuyển sinh vào lớp 10 trước ngày 31-7", "thời hạn cuối nhận tác phẩm dự thi" before
   * "là ngày 31/01/2017"): not read, written back before the deadline.
   */
  readonly predicate?: string;
  /** "dự kiến" as written: the day is planned, not a limit (the rule carries a `planned` note). */
  readonly planned?: string;
  /** "tính theo dấu bưu điện" after the deadline, as written with its comma or brackets: the postmark counts (a `postmark` note). */
  readonly postmark?: string;
  /** A day of Tết before its solar date in brackets, verbatim ("mùng 2 Tết Mậu Tý" in "vào mùng 2 Tết Mậu Tý (8-2)"), checked against it. */
  readonly lunar?: string;
  /** A caption after the date and a colon ("Hạn cuối cùng" in "Ngày 13/3: Hạn cuối cùng"), or with its "là" ("là hạn cuối" in "ngày 15/1 là hạn cuối"), verbatim. */
  readonly caption?: string;
  /** A day named relative to the text's own date before its date in brackets ("ngày mai" in "từ ngày mai (ngày 23/7)"), verbatim. */
  readonly named?: string;
  /** "ngày thứ" in "ngày thứ 10 kể từ …" (N days from). */
  readonly ordinal?: string;
  /** The label in brackets after the group of dates ending at index N ("(đối với báo cáo quý I, II, III)"). */
  readonly [label: `label.${number}`]: string;
}

/** "trong 10 ngày kể từ ngày ban hành", "chậm nhất 05 ngày làm việc từ khi…", "trong 24 giờ". */
export interface RelativeRule extends RuleCommon {
  readonly kind: "relative";
  readonly amount: number;
  readonly unit: DurationUnit;
  readonly anchor: Anchor;
}

/** "trước ngày 14/11/2023", "chậm nhất ngày 25", "trước 16 giờ 30 ngày 14/11/2023", "trước ngày 03/3, 03/6, 03/9". */
export interface FixedDateRule extends RuleCommon {
  readonly kind: "fixed_date";
  /** One or more dates; with several, the next one after the anchor applies. */
  readonly dates: readonly DateSpec[];
  readonly bound: DateBound;
  /** Time of day `"HH:mm"` ("trước 16 giờ 30"): `endsAt` is that time instead of 24:00. */
  readonly time?: string;
}

/** "trong tháng 01/2025", "trong quý III", "trong năm 2024": the period's last day. */
export interface PeriodRule extends RuleCommon {
  readonly kind: "period";
  readonly period: PeriodSpec;
}

/**
 * A recurring deadline:
 * - "ngày 10 hàng tháng" → `{ frequency: "monthly", day: 10, bound: "by" }`;
 * - "trước ngày 5/01 hằng năm" → `{ frequency: "yearly", month: 1, day: 5, bound: "before" }`;
 * - "trong tháng 1 hằng năm" → `{ frequency: "yearly", month: 1, bound: "within" }`;
 * - "định kỳ hằng quý, trước ngày 20 của tháng cuối quý" → `{ frequency: "quarterly", month: 3, day: 20, bound: "before" }`;
 * - `day: "last"` is the last day of the month ("cuối tháng", BLDS Đ.146.2).
 */
export interface RecurringRule extends RuleCommon {
  readonly kind: "recurring";
  readonly frequency: "daily" | "weekly" | "monthly" | "quarterly" | "half_yearly" | "yearly";
  /** Month within the period (1-based): 1–3 for quarterly, 1–6 half-yearly, 1–12 yearly. */
  readonly month?: number;
  readonly day?: number | "last";
  readonly weekday?: Weekday;
  /** `within`: the whole month (or period) named, ending on its last day. */
  readonly bound: DateBound | "within";
  /**
   * The occurrence in the period `offset` periods after the one that holds the anchor (or
   * `context.period`), instead of the next occurrence: 1 = "tháng tiếp theo", "quý sau", "năm sau";
   * −1 = "năm trước (liền kề)". E.g. "chậm nhất là ngày thứ 20 của tháng tiếp theo" →
   * `{ frequency: "monthly", day: 20, bound: "by", offset: 1 }` (Luật Quản lý thuế 2019 Đ.44.1.a).
   */
  readonly offset?: number;
  /** Time of day `"HH:mm"` ("trước 10 giờ ngày 15 hằng tháng"): `endsAt` is that time of the day named. */
  readonly time?: string;
}

/** Anything else recurring, as an RFC 5545 RRULE (e.g. "FREQ=MONTHLY;BYMONTHDAY=10"). */
export interface RruleRule extends RuleCommon {
  readonly kind: "rrule";
  readonly rrule: string;
  readonly bound: DateBound;
}

/**
 * "chậm nhất 2 ngày trước thời hạn quy định": counted back from another deadline or an event
 * (`context.due`, its day). Weeks, months and years go back to the corresponding day ("Trước khi
 * hết hạn 03 tháng"); hours go back from the event's instant, given as `context.anchor`
 * ("Chậm nhất 02 (hai) giờ, trước khi tàu rời cảng").
 */
export interface BeforeDeadlineRule extends RuleCommon {
  readonly kind: "before_deadline";
  readonly amount: number;
  readonly unit: "day" | "calendar_day" | "working_day" | "week" | "month" | "year" | "hour";
  /** The deadline or event referred to, as written ("thời hạn quy định", "ngày hết hạn"); "" when the text leaves it implicit ("trước 03 ngày"). */
  readonly reference: string;
}

/** "hỏa tốc": a time limit whose numeric meaning is local (policy `urgency`). */
export interface UrgentRule extends RuleCommon {
  readonly kind: "urgent";
  readonly level: UrgencyLevel;
  readonly anchor?: Anchor;
}

/** "trong ngày, chậm nhất là ngày làm việc tiếp theo" (NĐ 30/2020 Đ.4.2.c). */
export interface SameDayRule extends RuleCommon {
  readonly kind: "same_day";
  /** Whether the next working day is still on time ("chậm nhất là ngày làm việc tiếp theo"). */
  readonly nextWorkingDay: boolean;
  readonly anchor?: Anchor;
  /** Time of day `"HH:mm"` ("trước 17 giờ"): `endsAt` is that time of the anchor's day, not 24:00. */
  readonly time?: string;
  /**
   * The day after the anchor's instead of its own: `"day"` ("trước 14 giờ ngày tiếp theo", "ngày
   * hôm sau"), `"working_day"` the next working day ("trước 10 giờ ngày làm việc tiếp theo"); a
   * named day, not rolled.
   */
  readonly nextDay?: "day" | "working_day";
  /**
   * Cut-off `"HH:mm"` of the same day ("ngay trong ngày tiếp nhận yêu cầu hoặc trong ngày làm việc
   * tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ"): an anchor instant after it moves the last day to
   * the next working day; a date-only anchor keeps the same day.
   */
  readonly cutoff?: string;
}

/** A data cut-off window of NĐ 09/2019 Đ.12: "từ ngày 15 tháng trước đến ngày 14 tháng báo cáo". */
export interface ReportingWindowRule extends RuleCommon {
  readonly kind: "reporting_window";
  readonly frequency: "monthly" | "quarterly" | "half_yearly" | "yearly";
  /** First day, in the month before the period (default 15). */
  readonly fromDay: number;
  /** Last day, in the last month of the period (default 14). */
  readonly toDay: number;
}

/** Every kind of deadline a Vietnamese text can state. */
export type DeadlineRule =
  | RelativeRule
  | FixedDateRule
  | PeriodRule
  | RecurringRule
  | RruleRule
  | BeforeDeadlineRule
  | UrgentRule
  | SameDayRule
  | ReportingWindowRule;

/**
 * How time limits are counted. Defaults follow Bộ luật Dân sự 2015 Đ.144–148 (see `DEFAULT_POLICY`).
 */
export interface Policy {
  /** Unit of a bare "ngày" (default `calendar_day`, BLDS Đ.145–147). */
  readonly bareDayUnit: "calendar_day" | "working_day";
  /** The start day / event day is not counted (default true, Đ.147.2–3). */
  readonly excludeStartDay: boolean;
  /** When the last day ends: 24:00 (default, Đ.148.6) or the close of office hours. */
  readonly endOfDay: "midnight" | "office_close";
  /** A period's last day on a non-working day rolls forward to the next working day (default true, Đ.148.5). */
  readonly rollForward: boolean;
  /** "trước ngày X": strictly before X (default) or X inclusive. */
  readonly beforeDate: "strict" | "inclusive";
  /** A backward target on a non-working day rolls back to the previous working day (default true). */
  readonly rollBackward: boolean;
  /** "N tháng" landing on a missing day: clamp to the month's last day (default, Đ.148.3) or throw. */
  readonly monthOverflow: "clamp" | "error";
  /** Whether a named date ("chậm nhất ngày X") on a non-working day rolls forward (default false). */
  readonly rollFixedDates: boolean;
  /**
   * A receipt after this local time (`"HH:mm"`, NĐ 61/2018 Đ.18.2 "sau 15 giờ"), or on a day off,
   * is counted from the next working day: that day is day 1 of a day count, its opening the first
   * office hour of an hour count, and a same-day procedure is due then (default null = off).
   */
  readonly lateReceiptCutoff: string | null;
  /** With {@link lateReceiptCutoff}: whether a receipt at the cut-off itself (15:00:00) is late (default false: "sau 15 giờ", 15:00 is not after). */
  readonly lateReceiptAtCutoff: boolean;
  /** "N ngày làm việc": whole days ending 24:00 (default) or N × 8 office hours keeping the clock time. */
  readonly workingDays: "whole_days" | "office_hours";
  /** Numeric meaning of urgency marks (local conventions; defaults documented). */
  readonly urgency: Readonly<Record<UrgencyLevel, Duration>>;
  /** Days of the NĐ 09/2019 data cut-off window (default 15 → 14). */
  readonly reportingWindow: { readonly fromDay: number; readonly toDay: number };
  /** Statuses of calendar data accepted without error (`"any"` default; `"decided"` throws CalendarCoverageError). */
  readonly require: "any" | "decided";
  /** Snap a start on a non-working day to the next opening in office-hour counting (default true; false = legacy systems). */
  readonly snapNonWorkingDays: boolean;
}

/** Where a deadline is computed: the anchor, the deadline counted back from, the period, the calendar and policy. */
export interface DeadlineContext {
  /** The start: a civil date (its 00:00) or an instant (an ISO string or a `Date`). */
  readonly anchor?: IsoDate | InstantInput;
  /** For rules counted back from another deadline: that deadline's last day. */
  readonly due?: IsoDate;
  /** Year for dates and periods written without one. */
  readonly year?: number;
  /** Reporting period: "2024", "2024-H1", "2024-Q3" or "2024-07". */
  readonly period?: string;
  readonly calendar?: WorkCalendar;
  readonly policy?: Partial<Policy>;
  /** Urgency of the case, for `except` clauses and `urgent` rules. */
  readonly urgency?: UrgencyLevel;
}

/** The legal basis of a step: a document and an article. */
export interface LegalBasis extends SourceRef {}

/**
 * Codes of the steps `computeDeadline` records (stable; texts in `messages/trace.ts`):
 * - `anchor`: the start taken and its civil date; `cutoff_applied`: a late receipt moved to the next working day;
 * - `start_excluded` / `start_included`: Đ.147.2–3; `counted`: N calendar or working days counted;
 * - `skipped`: a named day off skipped (holiday, nghỉ bù, hoán đổi …); `makeup_counted`: a làm bù day counted;
 * - `calendar_added`: weeks, months or years added (Đ.148.2–4); `month_clamped`: no corresponding day (Đ.148.3);
 * - `years_from_year`: whole calendar years counted from an anchor that names a year ("kể từ năm công việc kết thúc");
 * - `rolled_forward` (Đ.148.5), `not_rolled` (a named date on a day off), `rolled_back` (backward target);
 * - `rolled_by_text`: moved off a day off as the rule's own roll clause says (`rule.roll`);
 * - `hours_counted` (Đ.147.1), `working_hours_counted`, `office_hours_days` (N ngày làm việc as N × 8 h);
 * - `named_date`, `before_date`, `time_of_day`, `occurrence`, `period_end`, `counted_back`, `hours_counted_back` (hours before an event's instant);
 * - `urgency`, `same_day`, `reporting_window`, `exception_applied`, `waived`, `cap_applied`, `cap_checked`;
 * - `end_of_day`: when the last day ends; `data_status`: a day the result depends on that is not `decided`;
 * - `role`: what the day means when the rule is not a deadline; `alternatives`: the cases the main rule leaves to the plan.
 */
export type TraceCode =
  | "anchor"
  | "cutoff_applied"
  | "start_excluded"
  | "start_included"
  | "counted"
  | "skipped"
  | "makeup_counted"
  | "calendar_added"
  | "years_from_year"
  | "month_clamped"
  | "rolled_forward"
  | "not_rolled"
  | "rolled_back"
  | "rolled_by_text"
  | "hours_counted"
  | "working_hours_counted"
  | "office_hours_days"
  | "named_date"
  | "before_date"
  | "time_of_day"
  | "occurrence"
  | "period_end"
  | "counted_back"
  | "hours_counted_back"
  | "urgency"
  | "same_day"
  | "reporting_window"
  | "exception_applied"
  | "waived"
  | "cap_applied"
  | "cap_checked"
  | "end_of_day"
  | "data_status"
  | "role"
  | "alternatives";

/** One step of a deadline computation, rendered in Vietnamese and English by `explainDeadline` / `formatTraceStep`. */
export interface TraceStep {
  /** Stable code, e.g. "anchor", "start_excluded", "counted", "skipped", "rolled_forward", "month_clamped", "data_status" (see {@link TraceCode}). */
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly basis?: LegalBasis;
}

/** The result of `computeDeadline`. */
export interface Deadline {
  /** The last day on which the obligation is still on time. */
  readonly lastDay: IsoDate;
  /** The first instant at which it is late (24:00 of `lastDay` for day-based rules). Done at t is on time iff t < endsAt. */
  readonly endsAt: Instant;
  /** True when the computation crossed a calendar day whose status is not `decided`. */
  readonly provisional: boolean;
  readonly trace: readonly TraceStep[];
  /** Data cut-off window, for reporting-window rules. */
  readonly window?: { readonly from: IsoDate; readonly to: IsoDate };
  /** Ambiguity notes (e.g. a clamped month addition). */
  readonly notes?: readonly RuleNote[];
  /** The undecided days the result depends on, with their status. */
  readonly undecided?: readonly { readonly date: IsoDate; readonly status: DataStatus }[];
  /**
   * True when an `except` clause without a rule matched `context.urgency` ("trừ trường hợp hỏa tốc"):
   * the target does not apply to this case. `lastDay`/`endsAt` are still those of the main rule (for
   * display); a `waived` trace step says so. Absent otherwise.
   */
  readonly waived?: true;
}
