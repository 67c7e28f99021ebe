/**
 * Writing deadline rules back as phrases: canonical Vietnamese (read back by `parseDeadline`
 * to the same rule) or plain English.
 *
 * @module
 */
import { parseRule } from "../deadline/ruleCheck.js";
import type { DateSpec, DeadlineRule, Duration, DurationUnit, PeriodSpec, RecurringRule, UrgencyException, RuleRole, UrgencyLevel, Wording } from "../deadline/types.js";
import { readLocale } from "../errors.js";
import { FREQUENCY_WORDS, WHOLE_DAYS_WRITTEN, ROLE_WORDS, ROLL_CLAUSE, canonicalAt, formatDateSpec, monthDaysOf, monthDaysText, weekdaysOfMonthOf, weekdaysOfMonthText } from "./canonical.js";
import { captionLinked } from "./grammar/predicate.js";
import { foldKey } from "./normalize.js";

/** Options of {@link formatDeadline}. */
export interface FormatDeadlineOptions {
  /** `"vi"` (default): canonical Vietnamese; `"en"`: plain English. */
  readonly locale?: "vi" | "en";
}

const ROMAN = ["", "I", "II", "III", "IV"] as const;
const URGENCY_VI: Readonly<Record<UrgencyLevel, string>> = { hoa_toc: "hỏa tốc", thuong_khan: "thượng khẩn", khan: "khẩn" };
const WEEKDAY_VI = ["", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"] as const;
const WEEKDAY_EN = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const QUARTER_MONTH_VI = ["", "đầu", "giữa", "cuối"] as const;
const MONTH_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * Writes a deadline rule as a phrase (viết lại cụm từ thời hạn).
 *
 * - `locale: "vi"` (default) writes canonical Vietnamese, using the rule's `wording` where
 *   present: `parseDeadline(formatDeadline(r))` deep-equals `r` for every rule `parseDeadline`
 *   returns (its `notes` follow from the other fields);
 * - `locale: "en"` writes plain English ("within 10 calendar days after the date of issue",
 *   "strictly before 14/11/2023"); free-text anchors are quoted unless they are common ones.
 *
 * @param rule - A deadline rule.
 * @param options - `{ locale }`.
 * @returns The phrase.
 * @throws {@link InvalidInputError} `invalid_rule` when `rule` is not an object with a known `kind`; `invalid_option` for a locale other than "vi" or "en".
 * @example
 * formatDeadline({ kind: "relative", amount: 10, unit: "working_day", anchor: { text: "ngày nhận" } })
 * //=> "trong 10 ngày làm việc kể từ ngày nhận"
 * formatDeadline({ kind: "fixed_date", dates: [{ year: 2023, month: 11, day: 14 }], bound: "before" }, { locale: "en" })
 * //=> "strictly before 14/11/2023"
 * @remarks Since 0.1.0
 */
export function formatDeadline(rule: DeadlineRule, options?: FormatDeadlineOptions): string {
  parseRule(rule, ["rule"]);
  return readLocale(options?.locale, ["options", "locale"]) === "en" ? english(rule) : vietnamese(rule);
}

// ------------------------------------------------------------------ Vietnamese

const pre = (lead: string, rest: string): string => (lead === "" ? rest : `${lead} ${rest}`);

function unitVi(unit: DurationUnit, written?: string): string {
  // "hai tuần tới": the coming weeks, as written
  if (written?.endsWith(" tới") === true) return written;
  switch (unit) {
    case "day":
      return written !== undefined && WHOLE_DAYS_WRITTEN.has(written) ? written : "ngày";
    case "calendar_day":
      return "ngày dương lịch";
    case "working_day":
      // "ngày (tính theo ngày làm việc)": the days said to be working days in a bracket, as written
      return written?.startsWith("ngày (") === true ? written : "ngày làm việc";
    case "week":
      return "tuần";
    case "month":
      return "tháng";
    case "year":
      return "năm";
    case "hour":
      return written ?? "giờ";
    case "working_hour":
      return `${written ?? "giờ"} làm việc`;
  }
}

function amountVi(amount: number, unit: DurationUnit, written?: string, qualifier?: string): string {
  // "30 ngày (không kể ngày nghỉ)": a bare "ngày" made working days by its qualifier
  const u = unit === "working_day" && written === "ngày" ? "ngày" : unitVi(unit, written);
  const out = written === "h" || written === "h00" ? `${amount}${u}` : `${amount} ${u}`;
  return qualifier === undefined ? out : `${out} (${qualifier})`;
}

function timeVi(time: string): string {
  const [h, m] = time.split(":") as [string, string];
  return m === "00" ? `${Number(h)} giờ` : `${Number(h)} giờ ${m}`;
}

function periodVi(period: PeriodSpec, lead: string | undefined): string {
  const year = period.year;
  switch (period.unit) {
    case "month":
      return pre(lead ?? "trong", `tháng ${String(period.month).padStart(2, "0")}${year === undefined ? "" : `/${year}`}`);
    case "quarter":
      return pre(lead ?? "trong", `quý ${ROMAN[period.quarter] ?? period.quarter}${year === undefined ? "" : `/${year}`}`);
    case "half_year":
      if (lead !== undefined && lead.endsWith("giữa")) return `${lead} năm${year === undefined ? "" : ` ${year}`}`;
      return pre(lead ?? "trong", `6 tháng ${period.half === 1 ? "đầu" : "cuối"} năm${year === undefined ? "" : ` ${year}`}`);
    case "year":
      return pre(lead ?? "trong", `năm${year === undefined ? "" : ` ${year}`}`);
  }
}

/**
 * "tháng 10/2024", "quý IV/2024", "năm 2025": the period a date opens ("trước tháng 10/2024");
 * undefined when the date is not the first day of such a period with its year (the wording does
 * not fit the rule: the date is written instead).
 */
function namedPeriodVi(d: DateSpec, unit: "tháng" | "quý" | "năm"): string | undefined {
  if (d.year === undefined || d.day !== 1) return undefined;
  if (unit === "năm") return d.month === 1 ? `năm ${d.year}` : undefined;
  if (unit === "tháng") return `tháng ${String(d.month).padStart(2, "0")}/${d.year}`;
  return d.month % 3 === 1 ? `quý ${ROMAN[(d.month + 2) / 3] ?? ""}/${d.year}` : undefined;
}

function datesVi(dates: readonly DateSpec[], lead: string, w: Wording): string {
  let out = pre(lead, w["daypart"] === undefined ? "ngày " : `${w["daypart"]} ngày `);
  dates.forEach((d, i) => {
    out += formatDateSpec(d);
    const label = w[`label.${i}`];
    if (label !== undefined) out += ` (${label})`;
    if (i < dates.length - 1) out += label !== undefined ? `, ${pre(lead, "ngày ")}` : ", ";
  });
  return out;
}

function everyVi(rule: RecurringRule, w: Wording): string {
  const word = FREQUENCY_WORDS[rule.frequency];
  return w["every"] === undefined ? word : word.replace("hằng", w["every"]);
}

function recurringVi(rule: RecurringRule, w: Wording): string {
  const every = everyVi(rule, w);
  const periodic = w["periodic"] === undefined ? "" : `${w["periodic"]} `;
  const lead = w["lead"] ?? (rule.time !== undefined || rule.bound === "before" ? "trước" : rule.bound === "within" ? "trong" : "");
  const base = w["base"] === undefined ? "" : ` ${w["base"]}`;
  const first = w["order"] === "every_first" || w["order"] === "every_first_bracket";
  const everyThen = (clause: string): string => (w["order"] === "every_first_bracket" ? `${periodic}${every} (${clause})` : `${periodic}${every}, ${clause}`);
  const everyFirst = (clause: string): string => (first ? everyThen(clause) : `${periodic}${clause}`);
  if (rule.offset !== undefined && rule.bound === "within") {
    const unit = rule.frequency === "monthly" ? "tháng" : rule.frequency === "quarterly" ? "quý" : "năm";
    return everyFirst(`${pre(lead, `${unit} ${w["next"] ?? (rule.offset === 1 ? "tiếp theo" : "trước")}`)}${base}`);
  }
  const at = w["at"] ?? canonicalAt(rule);
  if (at !== undefined) {
    const clause = `${pre(lead, at)}${base}`;
    if (first) return everyThen(clause);
    // "ngày 05 tháng cuối cùng của mỗi quý": the day's words already say each period
    const saysEach = at.endsWith(" mỗi quý") || at.endsWith(" mỗi năm") || at.endsWith(" báo cáo");
    return rule.offset === undefined && base === "" && !saysEach ? `${periodic}${clause} ${every}` : `${periodic}${clause}`;
  }
  let body: string | undefined;
  switch (rule.frequency) {
    case "daily":
      break;
    case "half_yearly":
      if (rule.month !== undefined && typeof rule.day === "number") {
        const a = formatDateSpec({ month: rule.month, day: rule.day });
        const b = formatDateSpec({ month: rule.month + 6, day: rule.day });
        return `${every}, ${pre(lead, `ngày ${a} và ${b}`)}`;
      }
      break;
    case "weekly":
      // "vào đến ngày thứ Hai hằng tuần": after "đến" the weekday is read only with "ngày" before it
      if (rule.weekday !== undefined) body = `${/(^| )(đến|tới)$/u.test(lead) ? "ngày " : ""}${WEEKDAY_VI[rule.weekday] as string}`;
      break;
    case "monthly":
      if (rule.day === "last") body = "cuối tháng";
      else if (rule.day !== undefined) body = w["day"] ?? `ngày ${rule.day}`;
      break;
    case "quarterly": {
      const pos = QUARTER_MONTH_VI[rule.month ?? 3] as string;
      if (rule.day === "last") body = `ngày cuối tháng ${pos} quý`;
      else if (rule.day !== undefined) body = `ngày ${rule.day} của tháng ${pos} quý${base}`;
      else if (rule.month !== undefined) body = `tháng ${pos} quý`;
      break;
    }
    case "yearly":
      if (rule.month !== undefined && rule.day !== undefined && rule.day !== "last") body = `ngày ${formatDateSpec({ month: rule.month, day: rule.day })}`;
      else if (rule.month !== undefined) body = `tháng ${rule.month}`;
      break;
  }
  if (rule.time !== undefined) body = body === undefined ? timeVi(rule.time) : `${timeVi(rule.time)} ${body}`;
  if (body === undefined) return `${periodic}${every}`;
  const clause = pre(lead, body);
  return first ? everyThen(clause) : `${periodic}${clause} ${every}`;
}

function windowVi(rule: Extract<DeadlineRule, { kind: "reporting_window" }>, lead: string, w: Wording): string {
  const f = rule.fromDay;
  const t = w["day"] === "cuối" && rule.toDay === 31 ? "cuối" : String(rule.toDay);
  switch (rule.frequency) {
    case "monthly":
      return `${lead} ngày ${f} tháng trước đến ngày ${t} của tháng thuộc kỳ báo cáo`;
    case "quarterly":
      return `${lead} ngày ${f} của tháng trước kỳ báo cáo đến ngày ${t} của tháng cuối quý thuộc kỳ báo cáo`;
    case "half_yearly":
      return `${lead} ngày ${f} của tháng trước kỳ báo cáo đến ngày ${t} của tháng thứ sáu thuộc kỳ báo cáo`;
    case "yearly":
      return `${lead} ngày ${f} tháng 12 năm trước kỳ báo cáo đến ngày ${t} tháng 12 của kỳ báo cáo`;
  }
}

function mainVi(rule: DeadlineRule, w: Wording): string {
  switch (rule.kind) {
    case "relative": {
      const lead = w["lead"] ?? "trong";
      const amount =
        w["ordinal"] !== undefined ? `${w["ordinal"]} ${rule.amount}` : w["unit"] === "ngày làm việc tiếp theo" ? w["unit"] : amountVi(rule.amount, rule.unit, w["unit"], w["qualifier"]);
      let out = pre(lead, amount);
      if (w["purpose"] !== undefined) out += ` để ${w["purpose"]}`;
      if (w["place"] !== undefined) out += ` tại ${w["place"]},`;
      // "Sau khi nhận được quyết định …, trong thời hạn 10 ngày làm việc": the anchor first
      if (w["order"] === "anchor_first") out = `${w["connector"] ?? "kể từ"} ${rule.anchor.text}, ${out}`;
      // an empty connector: the anchor joined by "khi" alone ("2 ngày khi nhận được tờ trình")
      else if (rule.anchor.text !== "") out += w["connector"] === "" ? ` ${rule.anchor.text}` : ` ${w["connector"] ?? "kể từ"} ${rule.anchor.text}`;
      return w["undated"] === undefined ? out : `${w["undated"]} nhưng ${out}`;
    }
    case "before_deadline":
      if (w["order"] === "lead_reference_first") return `${w["lead"] ?? "chậm nhất"} trước ${rule.reference} ${amountVi(rule.amount, rule.unit, w["unit"], w["qualifier"])}`;
      if (w["order"] === "reference_first") return `trước ${pre(rule.reference, pre(w["lead"] ?? "", amountVi(rule.amount, rule.unit, w["unit"], w["qualifier"])))}`;
      if (w["order"] === "counted_from") return `trước ${pre(w["lead"] ?? "", amountVi(rule.amount, rule.unit, w["unit"], w["qualifier"]))} ${w["connector"] ?? "kể từ"} ${rule.reference}`;
      if (w["order"] === "event_after") return `trước ${pre(w["lead"] ?? "", amountVi(rule.amount, rule.unit, w["unit"], w["qualifier"]))} ${rule.reference}`;
      if (w["order"] === "compared") return `trước ${pre(w["lead"] ?? "", amountVi(rule.amount, rule.unit, w["unit"], w["qualifier"]))} so với ${rule.reference}`;
      return `${pre(w["lead"] ?? "chậm nhất", amountVi(rule.amount, rule.unit, w["unit"], w["qualifier"]))} trước ${rule.reference}`;
    case "fixed_date": {
      if (w["from"] !== undefined) {
        const end = `${rule.time === undefined ? "" : `${timeVi(rule.time)} `}ngày ${formatDateSpec(rule.dates[0] as DateSpec)}`;
        return pre(w["lead"] ?? "từ", `ngày ${w["from"]} đến ${end}`);
      }
      // "từ ngày mai (ngày 23/07)": the named day, then its date in brackets
      if (w["named"] !== undefined) return `${pre(w["lead"] ?? "", w["named"])} (${rule.time === undefined ? "" : `${timeVi(rule.time)} `}${datesVi(rule.dates, "", w)})`;
      if (rule.time !== undefined) return pre(w["lead"] ?? "trước", `${timeVi(rule.time)} ${datesVi(rule.dates, "", w)}`);
      // "vào mùng 2 Tết Mậu Tý (08/02/2008)": the day of Tết, then its solar date
      if (w["lunar"] !== undefined && rule.dates.length === 1 && rule.bound === "by") return pre(w["lead"] ?? "chậm nhất", `${w["lunar"]} (${formatDateSpec(rule.dates[0] as DateSpec)})`);
      const named = (w["day"] === "tháng" || w["day"] === "quý" || w["day"] === "năm") && rule.dates.length === 1 && rule.bound === "before" ? namedPeriodVi(rule.dates[0] as DateSpec, w["day"]) : undefined;
      if (named !== undefined) return pre(w["lead"] ?? "trước", named);
      if (w["day"] === "đầu năm") {
        const y = rule.dates[0]?.year;
        return pre(w["lead"] ?? "", `đầu năm${y === undefined ? "" : ` ${y}`}`);
      }
      const listed = datesVi(rule.dates, w["lead"] ?? (rule.bound === "before" ? "trước" : "chậm nhất"), w);
      return w["everyYear"] === undefined ? listed : `${listed} ${w["everyYear"]}`;
    }
    case "period":
      // "tháng 11 - 12/2025": a span of months, its first month kept
      if (w["from"] !== undefined && rule.period.unit === "month") return periodVi(rule.period, w["lead"]).replace("tháng ", `tháng ${w["from"]} - `);
      return periodVi(rule.period, w["lead"]);
    case "recurring":
      // "từ ngày 01/12 đến ngày 31/12 hằng năm": a window of every year (the lead is the window's)
      if (w["from"] !== undefined) {
        const periodic = w["periodic"] === undefined ? "" : `${w["periodic"]} `;
        const { periodic: _p, ...rest } = w;
        void _p;
        return `${periodic}${pre(w["lead"] ?? "từ", `ngày ${w["from"]} đến ${recurringVi(rule, { ...rest, lead: "" })}`)}`;
      }
      return recurringVi(rule, w);
    case "rrule": {
      // "ngày 5 và 20 hằng tháng": several days of every month
      const days = monthDaysOf(rule.rrule);
      const weekdays = weekdaysOfMonthOf(rule.rrule);
      if (days !== undefined || weekdays !== undefined) {
        const every = w["every"] === undefined ? FREQUENCY_WORDS.monthly : FREQUENCY_WORDS.monthly.replace("hằng", w["every"]);
        const periodic = w["periodic"] === undefined ? "" : `${w["periodic"]} `;
        const body = days !== undefined ? `ngày ${w["monthDays"] ?? monthDaysText(days)}` : (w["weekdays"] ?? weekdaysOfMonthText(weekdays as NonNullable<typeof weekdays>));
        return `${periodic}${pre(w["lead"] ?? (rule.bound === "before" ? "trước" : ""), body)} ${every}`;
      }
      const periodic = w["periodic"] === undefined ? "" : `${w["periodic"]} `;
      return rule.bound === "before" ? `${periodic}${w["lead"] ?? "trước"} RRULE:${rule.rrule}` : `${periodic}RRULE:${rule.rrule}`;
    }
    case "urgent": {
      let out = URGENCY_VI[rule.level];
      if (rule.anchor !== undefined) out += ` ${w["connector"] ?? "kể từ"} ${rule.anchor.text}`;
      if (rule.cap !== undefined) out += `${rule.anchor === undefined ? "" : ","} ${w["capLead"] ?? "trong"} ${amountVi(rule.cap.amount, rule.cap.unit, w["unit"])}`;
      return out;
    }
    case "same_day": {
      if (rule.nextDay !== undefined) {
        const day = w["day"] ?? (rule.nextDay === "working_day" ? "ngày làm việc tiếp theo" : "ngày tiếp theo");
        const at = rule.time === undefined ? pre(w["lead"] ?? "trong", day) : pre(w["lead"] ?? "trước", `${timeVi(rule.time)} ${day}`);
        return rule.anchor === undefined ? at : `${at} ${rule.anchor.text}`;
      }
      if (rule.time !== undefined) return pre(w["lead"] ?? "trước", timeVi(rule.time));
      if ((w["lead"] === "ngay" || w["lead"] === "ngay sau" || w["lead"] === "ngay trước" || w["lead"] === "chậm nhất ngay trước") && rule.anchor !== undefined) return `${w["lead"]} ${rule.anchor.text}`;
      // "báo cáo ngay", "xác nhận ngay": at once, with no event written
      if (w["lead"]?.endsWith(" ngay") === true && rule.anchor === undefined) return w["lead"];
      // "có hiệu lực kể từ ngày ký": in force on the event's day
      if ((w["lead"] === "kể từ" || w["lead"] === "từ" || w["lead"] === "tính từ" || w["lead"] === "bắt đầu từ") && rule.anchor !== undefined) return `${w["lead"]} ${rule.anchor.text}`;
      let out = `${w["lead"] ?? "trong"} ${w["day"] ?? "ngày"}`;
      if (rule.anchor !== undefined) out += ` ${rule.anchor.text}`;
      if (rule.nextWorkingDay) out += `, ${w["nextLead"] ?? "chậm nhất là"} ngày làm việc tiếp theo`;
      if (rule.cutoff !== undefined) out += ` hoặc ${w["nextLead"] ?? "trong"} ngày làm việc tiếp theo nếu ${w["cutoffEvent"] ?? "tiếp nhận"} sau ${timeVi(rule.cutoff)}`;
      return out;
    }
    case "reporting_window":
      return windowVi(rule, w["lead"] ?? "từ", w);
  }
}

function exceptVi(e: UrgencyException): string {
  return `(trừ trường hợp ${URGENCY_VI[e.urgency]}${e.rule === undefined ? "" : ` ${vietnamese(e.rule)}`})`;
}

function vietnamese(rule: DeadlineRule): string {
  const w = rule.wording ?? {};
  // "25 ngày, bắt đầu từ ngày 1/4/2019": the length and the first day give the end, which is not written
  const spanned = w["span"] !== undefined && w["start"] !== undefined;
  let out = spanned ? `${w["span"]}, ${w["start"]}` : mainVi(rule, w);
  // "đến 16 giờ 30 ngày 07/02 tới": the coming day
  if (w["coming"] !== undefined) out += ` ${w["coming"]}`;
  // "nghỉ 04 ngày, từ ngày 30/08/2025 đến ngày 02/09/2025": the length before a window
  if (w["span"] !== undefined && !spanned) out = `${w["span"]}, ${out}`;
  // before the clauses of free text (caption, scope, alternative), which run to the end of the phrase
  if (w["postmark"] !== undefined) out += w["postmark"].startsWith(",") ? w["postmark"] : ` ${w["postmark"]}`;
  if (w["caption"] !== undefined) out += captionLinked(w["caption"]) ? ` ${w["caption"]}` : `: ${w["caption"]}`;
  if (rule.cap !== undefined && rule.kind !== "urgent") out += ` ${w["capLead"] ?? "nhưng không quá"} ${amountVi(rule.cap.amount, rule.cap.unit)}`;
  for (const e of rule.except ?? []) out += ` ${exceptVi(e)}`;
  if (w["alternative"] !== undefined) out += ` hoặc ${w["alternative"]}`;
  if (w["scope"] !== undefined) out += ` đối với ${w["scope"]}`;
  if (w["remark"] !== undefined) out += ` (${w["remark"]})`;
  if (rule.roll !== undefined) {
    const clause = w["roll"] ?? ROLL_CLAUSE[rule.roll];
    out += clause.startsWith(";") || clause.startsWith(",") ? clause : ` ${clause}`;
  }
  for (const a of rule.alternatives ?? []) out += `; trường hợp ${a.condition} thì ${vietnamese(a.rule)}`;
  // "từ ngày ra thông báo đến hết ngày 31/05/2022": the start of the window, then its end
  if (w["start"] !== undefined && !spanned) out = `${w["start"]} ${out}`;
  // "Theo từng đợt, …"; a label keeps its own colon or dash ("Hoàn chỉnh hồ sơ: …", "Trực tiếp - 12 ngày")
  const heading = w["preface"]?.endsWith(".") === true;
  if (w["preface"] !== undefined && !heading) out = /[:\-–]$/.test(w["preface"]) ? `${w["preface"]} ${out}` : `${w["preface"]}, ${out}`;
  // `wording.role` "": no role words were written ("ít nhất là 07 ngày kể từ ngày đăng")
  if (rule.role !== undefined && w["role"] !== "") out = `${w["role"] ?? ROLE_WORDS[rule.role]} ${out}`;
  if (w["planned"] !== undefined) out = `${w["planned"]} ${out}`;
  if (w["predicate"] !== undefined) out = `${w["predicate"]} ${out}`;
  // an article's heading opens the whole ("Điều 2. Quyết định này có hiệu lực …")
  return heading ? `${w["preface"]} ${out}` : out;
}

// ------------------------------------------------------------------ English

const ANCHORS_EN: Readonly<Record<string, string>> = {
  "ngày ban hành": "the date of issue",
  "ngày ký": "the date of signature",
  "ngày nhận": "the date of receipt",
  "ngày nhận được": "the date of receipt",
  "ngày nhận được văn bản": "the date the document is received",
  "ngày nhận đủ hồ sơ hợp lệ": "the date a complete, valid dossier is received",
  "ngày giao": "the date of assignment",
  "thời hạn quy định": "the set deadline",
  "ngày hết hạn": "the expiry date",
};

const quote = (text: string): string => ANCHORS_EN[text.toLowerCase()] ?? `"${text}"`;

function unitEn(unit: DurationUnit, amount: number): string {
  const s = amount === 1 ? "" : "s";
  switch (unit) {
    case "day":
    case "calendar_day":
      return `calendar day${s}`;
    case "working_day":
      return `working day${s}`;
    case "week":
      return `week${s}`;
    case "month":
      return `month${s}`;
    case "year":
      return `year${s}`;
    case "hour":
      return `hour${s}`;
    case "working_hour":
      return `working hour${s}`;
  }
}

/** The bracketed qualifier after the amount, quoted: ` ("không kể ngày nghỉ")`. */
const qualifierEn = (w: Wording): string => (w["qualifier"] === undefined ? "" : ` ("${w["qualifier"]}")`);

const durationEn = (d: Duration): string => `${d.amount} ${unitEn(d.unit, d.amount)}`;

function leadEn(lead: string | undefined): string {
  if (lead !== undefined && (lead.includes("ít nhất") || lead.includes("tối thiểu"))) return "at least";
  if (lead === undefined || lead === "" || lead.startsWith("trong")) return lead === "" ? "" : "within";
  if (lead.startsWith("chậm nhất") || lead.startsWith("muộn nhất") || lead.startsWith("hạn")) return "at the latest";
  if (lead === "sau") return "after";
  return "no more than";
}

const dateEn = (d: DateSpec): string => formatDateSpec(d);

function ordinal(n: number): string {
  const s = n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th";
  return `${n}${s}`;
}

function recurringEn(rule: RecurringRule): string {
  const every: Record<RecurringRule["frequency"], string> = {
    daily: "every day",
    weekly: "every week",
    monthly: periodOfEn(rule, "month"),
    quarterly: periodOfEn(rule, "quarter"),
    half_yearly: "every half year",
    yearly: periodOfEn(rule, "year"),
  };
  const bound = rule.bound === "before" ? "strictly before" : rule.bound === "within" ? "within" : "by";
  switch (rule.frequency) {
    case "daily":
      return `within ${every.daily}`;
    case "half_yearly":
      if (rule.day === undefined) return rule.month === undefined ? `within ${every.half_yearly}` : `within the ${ordinal(rule.month)} month of ${every.half_yearly}`;
      return `${bound} the ${rule.day === "last" ? "last day" : ordinal(rule.day)} of the ${ordinal(rule.month ?? 6)} month of ${every.half_yearly}`;
    case "weekly":
      return rule.weekday === undefined ? every.weekly : `${bound} ${WEEKDAY_EN[rule.weekday]} ${every.weekly}`;
    case "monthly":
      if (rule.day === undefined) return `within ${every.monthly}`;
      return `${bound} the ${rule.day === "last" ? "last day" : `${ordinal(rule.day)}`} of ${every.monthly}`;
    case "quarterly": {
      const pos = ["", "first", "second", "last"][rule.month ?? 3];
      if (rule.day === undefined) return rule.month === undefined ? `within ${every.quarterly}` : `within the ${pos} month of ${every.quarterly}`;
      return `${bound} the ${rule.day === "last" ? "last day" : ordinal(rule.day)} of the ${pos} month of ${every.quarterly}`;
    }
    case "yearly":
      if (rule.month === undefined) return `within ${every.yearly}`;
      if (rule.day === undefined || rule.day === "last") return `within ${MONTH_EN[rule.month]} ${rule.offset === undefined ? every.yearly : `of ${every.yearly}`}`;
      return `${bound} ${String(rule.day).padStart(2, "0")}/${String(rule.month).padStart(2, "0")} ${rule.offset === undefined ? every.yearly : `of ${every.yearly}`}`;
  }
}

/**
 * The period a recurring day falls in, in English: "every month"; with an offset from the period it
 * is counted from ("ngày 20 của tháng tiếp theo", "tháng báo cáo"), "the following month", "the
 * previous month", "the reporting month", "the 2nd month after".
 */
function periodOfEn(rule: RecurringRule, unit: "month" | "quarter" | "year"): string {
  const n = rule.offset;
  if (n === undefined) return `every ${unit}`;
  if (n === 0) return `the reporting ${unit}`;
  if (n === 1) return `the following ${unit}`;
  if (n === -1) return `the previous ${unit}`;
  return n > 1 ? `the ${ordinal(n)} ${unit} after` : `the ${ordinal(-n)} ${unit} before`;
}

function periodEn(p: PeriodSpec): string {
  const y = p.year === undefined ? "" : ` ${p.year}`;
  switch (p.unit) {
    case "month":
      return `by the end of ${MONTH_EN[p.month]}${y}`;
    case "quarter":
      return `by the end of Q${p.quarter}${y}`;
    case "half_year":
      return `by the end of the ${p.half === 1 ? "first" : "second"} half of${p.year === undefined ? " the year" : y}`;
    case "year":
      return `by the end of${p.year === undefined ? " the year" : y}`;
  }
}

function mainEn(rule: DeadlineRule): string {
  const w = rule.wording ?? {};
  switch (rule.kind) {
    case "relative": {
      // "sau 10 ngày kể từ ngày ký": "10 calendar days after the date of signature" (not "after … after …")
      const lead = w["lead"] === "sau" && rule.anchor.text !== "" ? "" : leadEn(w["lead"] ?? "trong");
      const head = `${lead === "" ? "" : `${lead} `}${rule.amount} ${unitEn(rule.unit, rule.amount)}${qualifierEn(w)}`;
      const tail = rule.anchor.text === "" ? "" : ` after ${quote(rule.anchor.text)}`;
      return w["undated"] === undefined ? `${head}${tail}` : `no deadline set, but ${head}${tail}`;
    }
    case "before_deadline":
      return `${w["lead"] === "ít nhất" || w["lead"] === "tối thiểu" ? "at least" : "at the latest"} ${rule.amount} ${unitEn(rule.unit, rule.amount)}${qualifierEn(w)} before ${rule.reference === "" ? "the event" : quote(rule.reference)}`;
    case "fixed_date": {
      const list = rule.dates.map((d, i) => `${dateEn(d)}${w[`label.${i}`] === undefined ? "" : ` (${w[`label.${i}`]})`}`).join(", ");
      if (w["from"] !== undefined) return rule.time === undefined ? `from ${w["from"]} to ${list} inclusive` : `from ${w["from"]} to ${rule.time} on ${list}`;
      // a dated entry into force is a start: "from 00:00 on 13/07/2021"
      if (rule.role === "entry_into_force" && rule.bound === "by") return `from ${rule.time === undefined ? "" : `${rule.time} on `}${list}`;
      if (rule.time !== undefined) return `before ${rule.time} on ${list}`;
      return rule.bound === "before" ? `strictly before ${list}` : `by ${list} inclusive`;
    }
    case "period":
      if (w["from"] !== undefined && rule.period.unit === "month") return `${periodEn(rule.period)} (a span of months from month ${w["from"]})`;
      return periodEn(rule.period);
    case "recurring": {
      // the hour a recurring day ends at: "before 16:00 every day", "by the 10th of every month, before 10:00"
      if (rule.time === undefined) return recurringEn(rule);
      return rule.frequency === "daily" ? `before ${rule.time} every day` : `${recurringEn(rule)}, before ${rule.time}`;
    }
    case "rrule": {
      const days = monthDaysOf(rule.rrule);
      const bound = rule.bound === "before" ? "strictly before" : "by";
      if (days !== undefined) return `${bound} the ${monthDaysText(days.map(ordinal)).replace(" và ", " and ")} of every month, whichever comes next`;
      const weekdays = weekdaysOfMonthOf(rule.rrule);
      if (weekdays !== undefined) {
        const nth = ["", "first", "second", "third", "fourth"];
        const items = weekdays.map((i) => `the ${i.week === -1 ? "last" : (nth[i.week] as string)} ${WEEKDAY_EN[i.weekday] as string}`);
        return `${bound} ${monthDaysText(items).replace(" và ", " and ")} of every month, whichever comes next`;
      }
      return `${bound} each occurrence of RRULE ${rule.rrule}`;
    }
    case "urgent": {
      const names: Record<UrgencyLevel, string> = { hoa_toc: "flash (hỏa tốc)", thuong_khan: "most urgent (thượng khẩn)", khan: "urgent (khẩn)" };
      const anchor = rule.anchor === undefined ? "" : ` after ${quote(rule.anchor.text)}`;
      return rule.cap === undefined ? `${names[rule.level]}: the time limit set by local rules${anchor}` : `${names[rule.level]}: within ${durationEn(rule.cap)}${anchor}`;
    }
    case "same_day": {
      const anchor = rule.anchor === undefined ? "" : ` of ${quote(rule.anchor.text)}`;
      if (rule.role === "entry_into_force" && rule.anchor !== undefined) return `from the day of ${quote(rule.anchor.text)}`;
      if (rule.nextDay !== undefined) {
        // "ngày giao dịch tiếp theo": the next trading day, a working day of the exchange
        const trading = w["day"] !== undefined && foldKey(w["day"]).includes("giao dich");
        const next = rule.nextDay === "working_day" ? (trading ? "the next trading day (a working day)" : "the next working day") : "the next day";
        return `${rule.time === undefined ? `by the end of ${next}` : `before ${rule.time} of ${next}`}${rule.anchor === undefined ? "" : ` after ${quote(rule.anchor.text)}`}`;
      }
      if (w["lead"]?.endsWith("ngay trước") === true && rule.anchor !== undefined) return `immediately before ${quote(rule.anchor.text)}, at the latest on its day`;
      if (w["lead"] === "báo cáo ngay" && rule.anchor === undefined) return "report immediately, on the same day";
      if (w["lead"]?.endsWith(" ngay") === true && rule.anchor === undefined) return `at once (${quote(w["lead"])}), on the same day`;
      const cutoff = rule.cutoff === undefined ? "" : `, or the next working day if ${quote(w["cutoffEvent"] ?? "tiếp nhận")} is after ${rule.cutoff}`;
      const time = rule.time === undefined ? "" : `before ${rule.time} `;
      return `${time}on the same day${anchor}${rule.nextWorkingDay ? ", at the latest the next working day" : ""}${cutoff}`;
    }
    case "reporting_window": {
      const names = { monthly: "month", quarterly: "quarter", half_yearly: "half year", yearly: "year" } as const;
      if (rule.frequency === "yearly") return `data from ${rule.fromDay} December of the previous year to ${rule.toDay} December of the reporting year`;
      if (rule.frequency === "monthly") return `data from the ${ordinal(rule.fromDay)} of the previous month to the ${ordinal(rule.toDay)} of the reporting month`;
      const to = w["day"] === "cuối" && rule.toDay === 31 ? "last day" : ordinal(rule.toDay);
      return `data from the ${ordinal(rule.fromDay)} of the month before the reporting ${names[rule.frequency]} to the ${to} of its last month`;
    }
  }
}

function english(rule: DeadlineRule): string {
  const w = rule.wording ?? {};
  let out = mainEn(rule);
  if (w["lunar"] !== undefined) out += ` (${w["lunar"]})`;
  if (w["daypart"] !== undefined) out += ` (${DAYPART_EN[foldKey(w["daypart"])] ?? `"${w["daypart"]}"`})`;
  if (w["place"] !== undefined) out += ` (at "${w["place"]}")`;
  if (w["unit"]?.endsWith(" tới") === true) out += " (the coming ones, from the text's date)";
  if (w["caption"] !== undefined) out += ` ("${captionLinked(w["caption"]) ? w["caption"].slice(w["caption"].indexOf(" ") + 1) : w["caption"]}")`;
  if (rule.cap !== undefined && rule.kind !== "urgent") out += `, but no more than ${durationEn(rule.cap)}`;
  for (const e of rule.except ?? []) {
    const name = { hoa_toc: "hỏa tốc", thuong_khan: "thượng khẩn", khan: "khẩn" }[e.urgency];
    out += e.rule === undefined ? ` (waived for ${name} cases)` : ` (for ${name} cases: ${english(e.rule)})`;
  }
  if (w["alternative"] !== undefined) out += `, or as set "${w["alternative"]}"`;
  if (w["remark"] !== undefined) out += ` ("${w["remark"]}")`;
  if (rule.roll !== undefined) out += rule.roll === "next_working_day" ? "; if that day is a day off, on the next working day (as the text says)" : "; if that day is a day off, on the previous working day (as the text says)";
  for (const a of rule.alternatives ?? []) out += `; in the case "${a.condition}": ${english(a.rule)}`;
  if (w["postmark"] !== undefined) out += ", by postmark";
  if (w["coming"] !== undefined) out += foldKey(w["coming"]) === "nay" ? " (this one, of the text's year)" : " (the coming one)";
  if (w["span"] !== undefined && w["start"] !== undefined) out += ` (the last of "${w["span"]}" whose first day is "${w["start"]}")`;
  else if (w["span"] !== undefined) out += ` ("${w["span"]}")`;
  else if (w["start"] !== undefined) out += ` (the end of a window opening "${w["start"]}")`;
  if (w["preface"] !== undefined) out = `"${w["preface"]}", ${out}`;
  if (rule.role === "entry_into_force" && w["role"] !== undefined && CEASING.some((x) => w["role"]?.includes(x) === true)) out = `ceases to have effect (the repeal takes effect): ${out}`;
  else if (rule.role !== undefined) out = `${ROLE_EN[rule.role]}: ${out}`;
  if (w["planned"] !== undefined) out = `planned (dự kiến): ${out}`;
  return w["predicate"] === undefined ? out : `"${w["predicate"]}" ${out}`;
}

/** The part of the day before a named date, in English (by its folded Vietnamese word). */
const DAYPART_EN: Readonly<Record<string, string>> = { sang: "in the morning", trua: "at noon", chieu: "in the afternoon" };

/** Role words of an entry into force that end the force of a text ("sẽ bị bãi bỏ", "hết hiệu lực"): the repeal is what takes effect. */
const CEASING: readonly string[] = ["bãi bỏ", "hết hiệu lực", "chấm dứt hiệu lực"];

const ROLE_EN: Readonly<Record<RuleRole, string>> = {
  entry_into_force: "takes effect (entry into force)",
  validity: "valid (validity period)",
  minimum_notice: "posted or notified (minimum notice)",
  extension_limit: "may be extended (extension limit)",
};
