/**
 * Arbitraries of deadline rules in the form `parseDeadline` returns them (normal form): valid
 * fields, the `wording` values the parser records (only words that differ from the canonical
 * phrase) and the `notes` that follow from the fields.
 * @module
 */
import * as fc from "fast-check";
import type { DateSpec, DeadlineRule, Duration, DurationUnit, RuleNote, UrgencyException, UrgencyLevel } from "../deadline/types.js";
import { dayNumberFromYmd, ymdFromDayNumber } from "../day/dayNumber.js";
import { InvalidInputError, issue } from "../errors.js";
import { CONSECUTIVE_DAYS, DAY_AND_NIGHT, monthDaysRrule, monthDaysText, WHOLE_DAYS_WRITTEN, weekdaysOfMonthRrule, weekdaysOfMonthText } from "../phrase/canonical.js";

type W = Record<string, string>;

/** Optional value: `undefined` about half the time. */
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const pick = <T>(...values: T[]): fc.Arbitrary<T> => fc.constantFrom(...values);

/** Builds a wording record from optional entries; undefined when empty. @internal */
export function wording(entries: Record<string, string | undefined>): W | undefined {
  const out: W = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) out[k] = v;
  return Object.keys(out).length === 0 ? undefined : out;
}

const ANCHOR_WORDS = ["ngày", "ban", "hành", "khi", "UBND", "TP", "nhận", "hồ", "sơ", "Kế", "hoạch", "văn", "bản", "được", "giao", "hợp", "lệ", "Sở", "Nội", "vụ", "ký", "thông", "báo"];

/** Free-text anchors: one to six words, sometimes with a comma inside ("Kế hoạch, Chương trình"). */
export const anchorTextArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(pick(...ANCHOR_WORDS), fc.boolean()), { minLength: 1, maxLength: 6 })
  .map((words) => words.map(([w, comma], i) => (comma && i < words.length - 1 ? `${w},` : w)).join(" "));

/** References of "chậm nhất N ngày trước …". @internal */
export const referenceArb: fc.Arbitrary<string> = pick("thời hạn quy định", "ngày hết hạn", "thời hạn báo cáo", "hạn trả kết quả", "thời hạn ghi trong văn bản");
const labelArb = pick("đối với báo cáo quý I, II, III", "đối với báo cáo năm", "báo cáo 6 tháng", "quý I");
const remarkArb = pick("lồng ghép trong nội dung Báo cáo định kỳ hàng tháng", "theo dấu bưu điện", "gửi Văn phòng để tổng hợp");
const alternativeArb = pick("theo yêu cầu thời hạn trong văn bản", "theo Kế hoạch của UBND TP");

const yearArb = fc.integer({ min: 1900, max: 2199 });
const dateArb: fc.Arbitrary<DateSpec> = fc
  .record({ year: opt(yearArb), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => (year === undefined ? { month, day } : { year, month, day }));

const unitArb: fc.Arbitrary<DurationUnit> = pick("day", "calendar_day", "working_day", "week", "month", "year", "hour", "working_hour");
const isHour = (u: DurationUnit): boolean => u === "hour" || u === "working_hour";
const durationArb: fc.Arbitrary<Duration> = fc.record({ amount: fc.integer({ min: 1, max: 999 }), unit: unitArb });
const urgencyArb: fc.Arbitrary<UrgencyLevel> = pick("hoa_toc", "thuong_khan", "khan");

/** The notes `parseDeadline` attaches (a function of the fields and wording). */
function notesFor(rule: DeadlineRule, w: W | undefined): RuleNote[] {
  const notes: RuleNote[] = [];
  if (((rule.kind === "relative" || rule.kind === "before_deadline") && rule.unit === "day" && !WHOLE_DAYS_WRITTEN.has(w?.["unit"] ?? "")) || rule.cap?.unit === "day") notes.push({ code: "bare_day_unit" });
  if ((rule.kind === "fixed_date" || rule.kind === "recurring" || rule.kind === "rrule") && rule.bound === "before") {
    notes.push(w?.["lead"] === undefined ? { code: "before_date_reading" } : { code: "before_date_reading", params: { lead: w["lead"] } });
  }
  if (rule.kind === "urgent") notes.push({ code: "local_convention", params: { urgency: rule.level } });
  const planned = w?.["planned"] ?? (w?.["predicate"]?.includes("dự kiến") === true ? "dự kiến" : undefined);
  if (planned !== undefined) notes.push({ code: "planned", params: { text: planned } });
  if (w?.["postmark"] !== undefined || w?.["remark"]?.includes("dấu bưu điện") === true) notes.push({ code: "postmark" });
  return notes;
}

/** Adds notes and wording to a bare rule. @internal */
export function complete(rule: DeadlineRule, w: W | undefined): DeadlineRule {
  const notes = notesFor(rule, w);
  return { ...rule, ...(notes.length === 0 ? {} : { notes }), ...(w === undefined ? {} : { wording: w }) } as DeadlineRule;
}

// ------------------------------------------------------------------ kinds

const relativeArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    amount: fc.integer({ min: 1, max: 999 }),
    unit: unitArb,
    anchor: fc.oneof(fc.constant(""), anchorTextArb),
    lead: opt(pick("", "chậm nhất", "không quá", "tối đa", "trong vòng", "chậm nhất trong", "không được quá", "trong thời hạn")),
    written: opt(pick("h", "tiếng", "h00")),
    // "2 ngày đêm": a day and its night; "15 ngày liên tục": days in a row
    night: fc.boolean(),
    consecutive: fc.boolean(),
    // "hai tuần tới": the coming weeks, from the text's date
    coming: fc.boolean(),
    connector: opt(pick("từ", "tính từ", "sau", "kể từ sau")),
    undated: fc.boolean(),
    purpose: opt(pick("nộp học phí", "hoàn thiện hồ sơ")),
    place: opt(pick("trụ sở tiếp công dân UBND tỉnh", "nhà văn hóa thôn")),
  })
  .map(({ amount, unit, anchor, lead, written, night, consecutive, coming, connector, undated, purpose, place }) => {
    const comingWord = anchor === "" && coming ? { day: "ngày", week: "tuần", month: "tháng", year: "năm" }[unit as string] : undefined;
    const w = wording({
      purpose: anchor === "" ? undefined : purpose,
      place: anchor === "" || purpose !== undefined ? undefined : place,
      lead: undated && lead === "" ? "không được quá" : lead,
      unit: isHour(unit) ? written : comingWord !== undefined ? `${comingWord} tới` : unit === "day" && night ? DAY_AND_NIGHT : unit === "day" && consecutive ? CONSECUTIVE_DAYS : undefined,
      connector: anchor === "" ? undefined : connector,
      undated: undated ? "không thời hạn" : undefined,
    });
    return complete({ kind: "relative", amount, unit, anchor: { text: anchor } }, w);
  });

const beforeDeadlineArb: fc.Arbitrary<DeadlineRule> = fc
  .record({ amount: fc.integer({ min: 1, max: 99 }), unit: pick("day" as const, "calendar_day" as const, "working_day" as const), reference: referenceArb, lead: opt(pick("", "muộn nhất")) })
  .map(({ amount, unit, reference, lead }) => complete({ kind: "before_deadline", amount, unit, reference }, wording({ lead })));

/**
 * "trước 03 ngày", "thông báo trước 48 giờ", "phải báo trước ít nhất 45 ngày": counted back from an event the text
 * leaves implicit (`context.due`), with what is to be done before it kept in `wording.predicate`.
 */
const implicitCountArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    count: fc.oneof(
      fc.record({ amount: fc.integer({ min: 1, max: 99 }), unit: pick("day" as const, "working_day" as const, "month" as const) }),
      fc.record({ amount: fc.integer({ min: 24, max: 99 }), unit: fc.constant("hour" as const) }),
    ),
    lead: opt(pick("ít nhất")),
    predicate: opt(pick("thông báo", "báo", "phải thông báo cho bên mua điện", "gửi hồ sơ")),
  })
  .map(({ count, lead, predicate }) => complete({ kind: "before_deadline", amount: count.amount, unit: count.unit, reference: "" }, wording({ lead, order: "reference_first", predicate })));

/** "trước 210 ngày kể từ ngày tiến hành việc xử lý": N days before the event named after the connector. */
const countedFromArb: fc.Arbitrary<DeadlineRule> = fc
  .record({ amount: fc.integer({ min: 1, max: 999 }), unit: pick("day" as const, "working_day" as const, "month" as const), reference: anchorTextArb, lead: opt(pick("ít nhất", "tối thiểu")), connector: opt(pick("tính từ", "từ", "tính đến")) })
  // "trước 30 ngày tính đến ngày …": counted back from the event the count runs up to
  .map(({ amount, unit, reference, lead, connector }) => complete({ kind: "before_deadline", amount, unit, reference }, wording({ lead, connector, order: "counted_from" })));

/** "Trước 05 ngày bắt đầu phiên họp": N days before the event written right after the count, with no connector. */
const eventAfterArb: fc.Arbitrary<DeadlineRule> = fc
  .record({ amount: fc.integer({ min: 1, max: 999 }), unit: pick("day" as const, "working_day" as const, "month" as const), reference: pick("bắt đầu phiên họp", "khai mạc kỳ họp", "hết hạn giấy phép", "tổ chức hội nghị"), lead: opt(pick("ít nhất", "tối thiểu")) })
  .map(({ amount, unit, reference, lead }) => complete({ kind: "before_deadline", amount, unit, reference }, wording({ lead, order: "event_after" })));

/** "chậm nhất là trước ngày thi 01 ngày làm việc": the lead of a limit, then "trước", the reference and the count back. */
const leadReferenceFirstArb: fc.Arbitrary<DeadlineRule> = fc
  .record({ amount: fc.integer({ min: 1, max: 99 }), unit: pick("day" as const, "working_day" as const), reference: pick("ngày thi", "ngày khai mạc kỳ họp", "phiên họp", "ngày tổ chức hội nghị"), lead: pick("chậm nhất", "chậm nhất là", "muộn nhất", "trễ nhất là") })
  .map(({ amount, unit, reference, lead }) => complete({ kind: "before_deadline", amount, unit, reference }, wording({ lead, order: "lead_reference_first" })));

/** "thời hạn trước 90 ngày kể từ ngày có kết quả": after "thời hạn", the time limit itself, within N days from the event. */
const limitFromArb: fc.Arbitrary<DeadlineRule> = fc
  .record({ amount: fc.integer({ min: 1, max: 999 }), unit: pick("day" as const, "working_day" as const, "month" as const), anchor: anchorTextArb, connector: opt(pick("tính từ", "từ")) })
  .map(({ amount, unit, anchor, connector }) => complete({ kind: "relative", amount, unit, anchor: { text: anchor } }, wording({ lead: "thời hạn trước", connector })));

const fixedPlainArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    dates: fc.array(dateArb, { minLength: 1, maxLength: 4 }),
    bound: pick("before" as const, "by" as const),
    leadBefore: opt(pick("chậm nhất trước")),
    leadBy: opt(pick("chậm nhất là", "trong", "vào", "hạn chót", "")),
    labels: fc.array(opt(labelArb), { minLength: 4, maxLength: 4 }),
  })
  .map(({ dates, bound, leadBefore, leadBy, labels }) => {
    const entries: Record<string, string | undefined> = { lead: bound === "before" ? leadBefore : leadBy };
    dates.forEach((_, i) => (entries[`label.${i}`] = labels[i]));
    return complete({ kind: "fixed_date", dates, bound }, wording(entries));
  });

/**
 * A named date as news reports and letters write it: a predicate before the lead ("khai giảng ngày
 * 05/09"), "dự kiến", a part of the day ("vào chiều ngày 08/12"), a caption ("ngày 13/03: Hạn cuối
 * cùng") or the postmark clause ("đến ngày 25/03 tính theo dấu bưu điện").
 */
const fixedNewsArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    date: dateArb,
    before: fc.boolean(),
    lead: opt(pick("vào", "", "đến", "là")),
    predicate: opt(pick("hoàn thành tuyển sinh vào lớp 10", "khai giảng", "kết thúc", "thời hạn cuối nhận tác phẩm dự thi", "kỳ họp dự kiến khai mạc", "về", "Hạn cuối nộp lệ phí", "hạn chót nhận hồ sơ")),
    planned: opt(pick("dự kiến", "Dự kiến")),
    daypart: opt(pick("sáng", "chiều", "trưa")),
    caption: opt(pick("Hạn cuối cùng", "hạn nộp hồ sơ", "là hạn cuối", "là hạn chót nộp hồ sơ")),
    postmark: opt(pick("tính theo dấu bưu điện", ", tính theo dấu bưu điện", "theo dấu bưu điện")),
  })
  .map(({ date, before, lead, predicate, planned, daypart, caption, postmark }) => {
    const bound = before && daypart === undefined && caption === undefined ? ("before" as const) : ("by" as const);
    // "sáng" typed without diacritics after a predicate is the verb "sang" (over to): not generated together
    const part = bound === "by" && !(daypart === "sáng" && predicate !== undefined) ? daypart : undefined;
    // "là" leads a date after a predicate ("thời hạn cuối nhận tác phẩm dự thi là ngày …"), not alone; a predicate
    // ending in a number needs a lead before "ngày" ("vào lớp 10 ngày …" would read "10 ngày" as an amount)
    const by0 = (lead === "là" && predicate === undefined) || (lead === "" && predicate !== undefined && /\d$/.test(predicate)) ? "vào" : lead;
    // "kết thúc vào ngày …" is itself a lead (TT 85/2017: the period ends with that day), read whole, not as a predicate
    const by = predicate === "kết thúc" && by0 === "vào" ? "" : by0;
    const w = wording({ lead: bound === "before" ? undefined : by, predicate, planned, daypart: part, caption, postmark });
    return complete({ kind: "fixed_date", dates: [date], bound }, w);
  });

/** A day of Tết with its solar date in brackets, checked by the lunar calendar ("vào mùng 2 Tết Mậu Tý (08/02/2008)"). */
const tetDayArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    day: fc.constantFrom(
      { lunar: "mùng 2 Tết Mậu Tý", date: { year: 2008, month: 2, day: 8 } },
      { lunar: "mồng 6 Tết", date: { year: 2008, month: 2, day: 12 } },
      { lunar: "mùng 6 Tết Bính Ngọ", date: { year: 2026, month: 2, day: 22 } },
      { lunar: "mùng 1 Tết Nguyên đán Ất Tỵ", date: { year: 2025, month: 1, day: 29 } },
    ),
    lead: opt(pick("vào", "", "chậm nhất là")),
  })
  .map(({ day, lead }) => complete({ kind: "fixed_date", dates: [day.date], bound: "by" }, wording({ lead, lunar: day.lunar })));

const fixedTimedArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    date: dateArb,
    hour: fc.integer({ min: 0, max: 23 }),
    minute: pick(0, 5, 15, 30, 45, 59),
    lead: opt(pick("chậm nhất", "", "vào lúc")),
    label: opt(labelArb),
  })
  .map(({ date, hour, minute, lead, label }) =>
    complete(
      { kind: "fixed_date", dates: [date], bound: "by", time: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}` },
      wording({ lead, "label.0": label }),
    ),
  );

/** "trước tháng 10/2024", "trước quý IV/2024", "trước năm 2025": strictly before a named period (the first day of the period, bound `before`). */
const fixedBeforePeriodArb: fc.Arbitrary<DeadlineRule> = fc
  .record({ unit: pick("tháng" as const, "quý" as const, "năm" as const), month: fc.integer({ min: 1, max: 12 }), year: yearArb, lead: opt(pick("chậm nhất trước")) })
  .map(({ unit, month, year, lead }) => {
    const first = unit === "năm" ? 1 : unit === "quý" ? 3 * Math.floor((month - 1) / 3) + 1 : month;
    return complete({ kind: "fixed_date", dates: [{ year, month: first, day: 1 }], bound: "before" }, wording({ lead, day: unit }));
  });

const pad = (n: number): string => String(n).padStart(2, "0");

/** "từ ngày 15/3", "kể từ 0 giờ ngày 13/7/2021", "từ ngày mai (ngày 23/7)": a start with no end, read as an entry into force with no role words. */
const fixedStartArb: fc.Arbitrary<DeadlineRule> = fc
  .record({ date: dateArb, lead: pick("từ", "kể từ", "bắt đầu từ"), hour: opt(fc.integer({ min: 0, max: 23 })), named: opt(pick("ngày mai", "hôm nay")) })
  .map(({ date, lead, hour, named }) =>
    complete(
      { kind: "fixed_date", dates: [date], bound: "by", ...(hour === undefined ? {} : { time: `${pad(hour)}:00` }), role: "entry_into_force" },
      // a named day glosses a date, not an hour: "từ ngày mai (ngày 23/07)"
      wording({ lead, named: hour === undefined ? named : undefined, role: "" }),
    ),
  );

const fixedWindowArb: fc.Arbitrary<DeadlineRule> = fc
  // lead "": "ngày 5 đến ngày 10/3/2024", written without "từ"
  .record({ from: dateArb, to: dateArb, lead: opt(pick("tính từ", "kể từ", "")), dayOnly: fc.boolean(), time: opt(fc.integer({ min: 0, max: 23 })), span: opt(pick("04 ngày", "trong 03 ngày", "05 ngày")) })
  .map(({ from, to, lead, dayOnly, time, span }) => {
    // "từ ngày 05 đến ngày 15/02/2026" ("từ ngày 5-15/2/2026"): the start takes the end's month, so it is not after the end
    const start = dayOnly ? pad(Math.min(from.day, to.day)) : `${pad(from.day)}/${pad(from.month)}${from.year === undefined ? "" : `/${from.year}`}`;
    // "từ 9h ngày 1/2 đến 16h30 ngày 7/2": the window closes at the end's hour; "nghỉ 04 ngày, từ ngày … đến …": a length before it, a gloss
    return complete({ kind: "fixed_date", dates: [to], bound: "by", ...(time === undefined ? {} : { time: `${pad(time)}:00` }) }, wording({ lead, from: start, span: lead === "kể từ" || lead === "" ? undefined : span }));
  });

/** Starts that are not a day the end is read with: an event, a month, a part of "today", "đầu năm học". */
const windowStartWords = pick("từ ngày ra thông báo", "Từ ngày ban hành kế hoạch", "tính từ ngày nhận được thông báo", "từ tháng 4/2022", "từ chiều ngày nay", "từ đầu năm học", "bắt đầu từ ngày Quyết định này có hiệu lực");

/** "từ ngày ra thông báo đến hết ngày 31/5/2022": a window whose end is the limit, its start kept verbatim. */
const windowStartArb: fc.Arbitrary<DeadlineRule> = fc
  .record({ start: windowStartWords, to: dateArb, lead: pick("đến", "đến hết"), time: opt(fc.integer({ min: 0, max: 23 })) }).map(({ start, to, lead, time }) =>
    complete({ kind: "fixed_date", dates: [to], bound: "by", ...(time === undefined ? {} : { time: `${pad(time)}:00` }) }, wording({ lead: time === undefined ? lead : "đến", start })),
  );

/** "từ 21-9 đến hết tháng 12-2018": a month as the end of a window, its last day, after a start of words or a dated one. */
const windowToMonthArb: fc.Arbitrary<DeadlineRule> = fc
  .record({ start: fc.oneof(windowStartWords, pick("từ 21-9", "từ 23-1-2018", "từ ngày 5/3")), month: fc.integer({ min: 1, max: 12 }), year: yearArb, lead: pick("đến", "đến hết") }).map(({ start, month, year, lead }) =>
    complete({ kind: "period", period: { unit: "month", month, year } }, wording({ lead, start })),
  );

/** "25 ngày, bắt đầu từ ngày 1/4/2019": a length of calendar days whose first day is named; the last day is computed from them. */
const spanFirstDayArb: fc.Arbitrary<DeadlineRule> = fc
  .record({ year: fc.integer({ min: 1901, max: 2198 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), amount: fc.integer({ min: 1, max: 90 }), hour: opt(fc.integer({ min: 0, max: 23 })) })
  .map(({ year, month, day, amount, hour }) => {
    const end = ymdFromDayNumber(dayNumberFromYmd(year, month, day) + amount - 1);
    const start = `bắt đầu từ ${hour === undefined ? "" : `${pad(hour)}h00 `}ngày ${day}/${month}/${year}`;
    return complete({ kind: "fixed_date", dates: [{ year: end.year, month: end.month, day: end.day }], bound: "by" }, wording({ span: `${pad(amount)} ngày`, start }));
  });

/** "vào dịp 1/1/2019", "dịp 2.9": the occasion of a named day is that day; "sang ngày 17/10/2016": the day a time is moved to. */
const occasionArb: fc.Arbitrary<DeadlineRule> = fc
  .record({ date: dateArb, lead: pick("dịp", "vào dịp", "sang"), coming: fc.boolean() })
  // "vào dịp 2/9 tới": the coming one, after a date without its year
  .map(({ date, lead, coming }) => complete({ kind: "fixed_date", dates: [date], bound: "by" }, wording({ lead, coming: coming && date.year === undefined ? "tới" : undefined })));

const periodArb: fc.Arbitrary<DeadlineRule> = fc.oneof(
  fc.record({ month: fc.integer({ min: 1, max: 12 }), year: opt(yearArb), lead: opt(pick("cuối", "chậm nhất trong")) }).map(({ month, year, lead }) =>
    complete({ kind: "period", period: year === undefined ? { unit: "month", month } : { unit: "month", month, year } }, wording({ lead })),
  ),
  // "Tháng 11 - 12/2025": a span of months, its last month counts
  fc.record({ from: fc.integer({ min: 1, max: 11 }), span: fc.integer({ min: 1, max: 11 }), year: opt(yearArb), lead: opt(pick("chậm nhất trong", "từ")) }).map(({ from, span, year, lead }) => {
    const month = Math.min(12, from + span);
    return complete({ kind: "period", period: year === undefined ? { unit: "month", month } : { unit: "month", month, year } }, wording({ lead, from: String(from) }));
  }),
  fc.record({ quarter: fc.integer({ min: 1, max: 4 }), year: opt(yearArb), lead: opt(pick("cuối", "chậm nhất trong")) }).map(({ quarter, year, lead }) =>
    complete({ kind: "period", period: year === undefined ? { unit: "quarter", quarter } : { unit: "quarter", quarter, year } }, wording({ lead })),
  ),
  fc.record({ half: fc.integer({ min: 1, max: 2 }), year: opt(yearArb), lead: opt(pick("giữa", "chậm nhất trong")) }).map(({ half, year, lead }) =>
    complete(
      { kind: "period", period: year === undefined ? { unit: "half_year", half } : { unit: "half_year", half, year } },
      wording({ lead: lead === "giữa" && half === 2 ? undefined : lead }),
    ),
  ),
  fc.record({ year: opt(yearArb), lead: opt(pick("cuối", "chậm nhất trong")) }).map(({ year, lead }) =>
    complete({ kind: "period", period: year === undefined ? { unit: "year" } : { unit: "year", year } }, wording({ lead })),
  ),
  // "đến hết năm 2025", "đến hết quý III/2025", "kể từ ngày ký đến hết năm 2025": through the end of a named year or quarter
  fc.record({ year: yearArb, quarter: opt(fc.integer({ min: 1, max: 4 })), start: opt(pick("kể từ ngày ký", "từ ngày ban hành")) }).map(({ year, quarter, start }) =>
    complete({ kind: "period", period: quarter === undefined ? { unit: "year", year } : { unit: "quarter", quarter, year } }, wording({ lead: "đến hết", start })),
  ),
  // "từ nay đến cuối năm 2025", "từ nay đến hết tháng 12/2025": a window that starts now, its end named
  fc.record({ month: opt(fc.integer({ min: 1, max: 12 })), year: yearArb, lead: pick("từ nay đến cuối", "từ nay đến hết", "từ nay đến") }).map(({ month, year, lead }) =>
    complete({ kind: "period", period: month === undefined ? { unit: "year", year } : { unit: "month", month, year } }, wording({ lead: month === undefined ? "từ nay đến cuối" : lead })),
  ),
);

const dayArb = fc.oneof(fc.integer({ min: 1, max: 28 }), fc.constant("last" as const));

/** Recurring rules: each frequency with its allowed fields (see the rule schema). */
const recurringBaseArb: fc.Arbitrary<{ rule: DeadlineRule & { kind: "recurring" }; hasClause: boolean; dayWord?: string }> = fc.oneof(
  fc.constant({ rule: { kind: "recurring" as const, frequency: "daily" as const, bound: "within" as const }, hasClause: false }),
  fc.constant({ rule: { kind: "recurring" as const, frequency: "weekly" as const, bound: "within" as const }, hasClause: false }),
  fc.record({ weekday: fc.integer({ min: 1, max: 7 }), bound: pick("by" as const, "before" as const) }).map(({ weekday, bound }) => ({
    rule: { kind: "recurring" as const, frequency: "weekly" as const, weekday: weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7, bound },
    hasClause: true,
  })),
  fc.constant({ rule: { kind: "recurring" as const, frequency: "monthly" as const, bound: "within" as const }, hasClause: false }),
  fc.record({ day: dayArb, bound: pick("by" as const, "before" as const) }).map(({ day, bound }) => ({
    rule: { kind: "recurring" as const, frequency: "monthly" as const, day, bound },
    hasClause: true,
  })),
  pick(["giữa tháng", 15] as const, ["đầu tháng", 1] as const).map(([dayWord, day]) => ({
    rule: { kind: "recurring" as const, frequency: "monthly" as const, day, bound: "by" as const },
    hasClause: true,
    dayWord,
  })),
  fc.constant({ rule: { kind: "recurring" as const, frequency: "quarterly" as const, bound: "within" as const }, hasClause: false }),
  fc.integer({ min: 1, max: 3 }).map((month) => ({ rule: { kind: "recurring" as const, frequency: "quarterly" as const, month, bound: "within" as const }, hasClause: true })),
  fc.record({ month: fc.integer({ min: 1, max: 3 }), day: dayArb, bound: pick("by" as const, "before" as const) }).map(({ month, day, bound }) => ({
    rule: { kind: "recurring" as const, frequency: "quarterly" as const, month, day, bound },
    hasClause: true,
  })),
  fc.constant({ rule: { kind: "recurring" as const, frequency: "half_yearly" as const, bound: "within" as const }, hasClause: false }),
  fc.constant({ rule: { kind: "recurring" as const, frequency: "yearly" as const, bound: "within" as const }, hasClause: false }),
  fc.integer({ min: 1, max: 12 }).map((month) => ({ rule: { kind: "recurring" as const, frequency: "yearly" as const, month, bound: "within" as const }, hasClause: true })),
  fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), bound: pick("by" as const, "before" as const) }).map(({ month, day, bound }) => ({
    rule: { kind: "recurring" as const, frequency: "yearly" as const, month, day, bound },
    hasClause: true,
  })),
);

const timeArb = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: pick(0, 15, 30) }).map(({ h, m }) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

/** Recurring rules the date grammar reaches through a period: offsets (tiếp theo, sau, trước) and times of day. */
const recurringRelativeArb: fc.Arbitrary<DeadlineRule> = fc.oneof(
  fc
    .record({ day: dayArb, offset: pick(1, -1), bound: pick("by" as const, "before" as const), lead: opt(pick("chậm nhất là", "chậm nhất")) })
    .map(({ day, offset, bound, lead }) => complete({ kind: "recurring", frequency: "monthly", day, bound, offset }, wording({ lead: bound === "by" ? lead : undefined }))),
  fc
    .record({ month: fc.integer({ min: 1, max: 3 }), day: dayArb, offset: pick(1, -1) })
    .map(({ month, day, offset }) => complete({ kind: "recurring", frequency: "quarterly", month, day, bound: "by", offset }, wording({ lead: "chậm nhất là" }))),
  fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), offset: pick(1, -1), bound: pick("by" as const, "before" as const), periodic: fc.boolean() })
    .map(({ month, day, offset, bound, periodic }) =>
      complete({ kind: "recurring", frequency: "yearly", month, day, bound, offset }, wording(periodic ? { periodic: "định kỳ", order: "every_first" } : {})),
    ),
  fc.record({ month: fc.integer({ min: 1, max: 12 }), offset: pick(1, -1) }).map(({ month, offset }) => complete({ kind: "recurring", frequency: "yearly", month, day: "last", bound: "by", offset }, undefined)),
  fc
    .record({ frequency: pick("monthly" as const, "quarterly" as const, "yearly" as const), offset: pick(1, -1), next: opt(pick("sau", "kế tiếp")) })
    .map(({ frequency, offset, next }) => complete({ kind: "recurring", frequency, bound: "within", offset }, wording({ next: offset === 1 ? next : undefined }))),
  fc
    .record({ day: fc.integer({ min: 1, max: 28 }), base: pick("tháng phát sinh nghĩa vụ thuế", "tháng báo cáo") })
    .map(({ day, base }) => complete({ kind: "recurring", frequency: "monthly", day, bound: "by", offset: 1 }, wording({ lead: "chậm nhất là", at: `ngày thứ ${day} của tháng tiếp theo`, base }))),
  fc
    .record({ frequency: pick("monthly" as const, "quarterly" as const, "yearly" as const), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ frequency, day }) => {
      const month = frequency === "quarterly" ? 3 : frequency === "yearly" ? 12 : undefined;
      const rule = { kind: "recurring" as const, frequency, ...(month === undefined ? {} : { month }), day, bound: "by" as const };
      return complete(rule, wording({ lead: "chậm nhất vào", at: `ngày ${day} của tháng cuối kỳ báo cáo`, periodic: "định kỳ", order: "every_first" }));
    }),
  fc.record({ time: timeArb, day: fc.integer({ min: 1, max: 28 }), lead: opt(pick("chậm nhất")) }).map(({ time, day, lead }) => complete({ kind: "recurring", frequency: "monthly", day, bound: "by", time }, wording({ lead }))),
  timeArb.map((time) => complete({ kind: "recurring", frequency: "daily", bound: "by", time }, undefined)),
  fc.record({ time: timeArb, weekday: fc.integer({ min: 1, max: 7 }) }).map(({ time, weekday }) => complete({ kind: "recurring", frequency: "weekly", weekday: weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7, bound: "by", time }, undefined)),
  fc
    .record({ month: fc.integer({ min: 1, max: 6 }), day: fc.integer({ min: 1, max: 28 }), bound: pick("by" as const, "before" as const) })
    .map(({ month, day, bound }) => complete({ kind: "recurring", frequency: "half_yearly", month, day, bound }, wording({ lead: bound === "by" ? "chậm nhất" : undefined }))),
);

const recurringArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    base: recurringBaseArb,
    hang: fc.boolean(),
    periodic: fc.boolean(),
    everyFirst: fc.boolean(),
    leadBy: opt(pick("vào", "chậm nhất")),
    leadBefore: opt(pick("chậm nhất trước")),
    leadWithin: opt(pick("chậm nhất trong")),
  })
  .map(({ base, hang, periodic, everyFirst, leadBy, leadBefore, leadWithin }) => {
    const { rule, hasClause, dayWord } = base;
    const half = rule.frequency === "half_yearly";
    const lead = !hasClause ? undefined : rule.bound === "before" ? leadBefore : rule.bound === "within" ? leadWithin : leadBy;
    const w = wording({
      every: hang && !half ? "hàng" : undefined,
      periodic: periodic && !half ? "định kỳ" : undefined,
      order: everyFirst && hasClause ? "every_first" : undefined,
      lead,
      day: dayWord,
    });
    return complete(rule, w);
  });

const rruleArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    rrule: pick("FREQ=MONTHLY;BYMONTHDAY=10", "FREQ=WEEKLY;BYDAY=FR", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=5", "FREQ=DAILY;INTERVAL=2", "FREQ=MONTHLY;BYDAY=-1FR"),
    bound: pick("by" as const, "before" as const),
    lead: opt(pick("chậm nhất trước")),
  })
  .map(({ rrule, bound, lead }) => complete({ kind: "rrule", rrule, bound }, wording({ lead: bound === "before" ? lead : undefined })));

/** Several days of every month ("vào ngày 05 và 20 hàng tháng"): an RRULE of month days, the days as written. */
const monthDaysArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    earlier: fc.uniqueArray(fc.integer({ min: 1, max: 27 }), { minLength: 1, maxLength: 3 }),
    step: fc.integer({ min: 0, max: 30 }),
    bound: pick("by" as const, "before" as const),
    leadBy: opt(pick("vào", "chậm nhất vào", "chậm nhất là")),
    leadBefore: opt(pick("chậm nhất trước")),
    hang: fc.boolean(),
    padded: fc.boolean(),
  })
  .map(({ earlier, step, bound, leadBy, leadBefore, hang, padded }) => {
    const sorted = [...earlier].sort((a, b) => a - b);
    const top = sorted[sorted.length - 1] as number;
    const days = [...sorted, top + 1 + (step % (31 - top))];
    const canonical = monthDaysText(days);
    const written = padded ? monthDaysText(days.map(pad)) : canonical;
    const w = wording({ lead: bound === "before" ? leadBefore : leadBy, every: hang ? "hàng" : undefined, monthDays: written === canonical ? undefined : written });
    return complete({ kind: "rrule", rrule: monthDaysRrule(days), bound }, w);
  });

/** Weekdays of given weeks of every month ("thứ Sáu tuần thứ 2 và thứ Sáu tuần thứ 4 hằng tháng"): an RRULE BYDAY list, the words as written. */
const weekdaysOfMonthArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    items: fc.uniqueArray(fc.record({ weekday: fc.integer({ min: 1, max: 7 }), week: pick(1, 2, 3, 4, -1) }), { minLength: 1, maxLength: 3, selector: (i) => `${i.week}:${i.weekday}` }),
    bound: pick("by" as const, "before" as const),
    leadBy: opt(pick("vào", "chậm nhất vào")),
    every: opt(pick("hàng", "của")),
    periodic: fc.boolean(),
    dayWord: fc.boolean(),
  })
  .map(({ items, bound, leadBy, every, periodic, dayWord }) => {
    const values = items.map((i) => ({ weekday: i.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7, week: i.week }));
    const canonical = weekdaysOfMonthText(values);
    const written = dayWord ? canonical.split(" và ").map((part) => part.split(", ").map((x) => `ngày ${x}`).join(", ")).join(" và ") : canonical;
    const w = wording({
      lead: bound === "before" ? undefined : leadBy,
      every,
      periodic: periodic ? "định kỳ" : undefined,
      weekdays: written === canonical ? undefined : written,
    });
    return complete({ kind: "rrule", rrule: weekdaysOfMonthRrule(values), bound }, w);
  });

/**
 * Windows of every period that end on a day of it: "từ ngày 25 đến ngày 30 hằng tháng", "từ ngày 25 đến ngày 30 của
 * tháng cuối quý" (TT 23/2019/TT-BNNPTNT Đ.4), "từ ngày 01 đến ngày 17 của tháng tiếp theo"; a start after the end's day
 * lies in the period before ("từ ngày 20 đến ngày 10 của tháng sau").
 */
const periodWindowArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    shape: pick("every_month" as const, "month_of_quarter" as const, "next_month" as const),
    fromDay: fc.integer({ min: 1, max: 28 }),
    toDay: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ shape, fromDay, toDay, month }) => {
    const from = String(Math.min(fromDay, shape === "next_month" ? fromDay : toDay)).padStart(2, "0");
    const rule: DeadlineRule =
      shape === "every_month"
        ? { kind: "recurring", frequency: "monthly", day: toDay, bound: "by" }
        : shape === "month_of_quarter"
          ? { kind: "recurring", frequency: "quarterly", month, day: toDay, bound: "by" }
          : { kind: "recurring", frequency: "monthly", day: toDay, bound: "by", offset: 1 };
    return complete(rule, wording({ from }));
  });

/**
 * Data windows that name their months ("từ ngày 15 tháng 12 của năm trước kỳ báo cáo đến ngày 14
 * tháng 3 thuộc kỳ báo cáo"): a yearly rule on the window's last day, both ends' words kept.
 */
const namedMonthsWindowArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    prevYear: fc.boolean(),
    fromDay: fc.integer({ min: 1, max: 28 }),
    fromMonth: fc.integer({ min: 1, max: 11 }),
    toDay: fc.integer({ min: 1, max: 28 }),
    span: fc.integer({ min: 0, max: 11 }),
    of: fc.boolean(),
    lead: opt(pick("tính từ")),
    toWords: pick("thuộc kỳ báo cáo", "của kỳ báo cáo"),
  })
  .map(({ prevYear, fromDay, fromMonth, toDay, span, of, lead, toWords }) => {
    // from the year before: December to a month before December; in the period: a later month
    const fm = prevYear ? 12 : fromMonth;
    const tm = prevYear ? 1 + (span % 11) : fromMonth + 1 + (span % (12 - fromMonth));
    const fromWords = prevYear ? `${of ? "của " : ""}năm trước kỳ báo cáo` : "thuộc kỳ báo cáo";
    const w = wording({ lead, from: `${fromDay} tháng ${fm} ${fromWords}`, at: `ngày ${toDay} tháng ${tm} ${toWords}` });
    return complete({ kind: "recurring", frequency: "yearly", month: tm, day: toDay, bound: "by" }, w);
  });

const urgentArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    level: urgencyArb,
    anchor: opt(anchorTextArb),
    connector: opt(pick("từ", "sau")),
    cap: opt(fc.record({ amount: fc.integer({ min: 1, max: 72 }), unit: pick("hour" as const, "working_hour" as const, "day" as const, "working_day" as const) })),
    written: opt(pick("h")),
    capLead: opt(pick("trong vòng", "tối đa")),
  })
  .map(({ level, anchor, connector, cap, written, capLead }) =>
    complete(
      { kind: "urgent", level, ...(anchor === undefined ? {} : { anchor: { text: anchor } }), ...(cap === undefined ? {} : { cap }) },
      wording({
        connector: anchor === undefined ? undefined : connector,
        unit: cap !== undefined && isHour(cap.unit) ? written : undefined,
        capLead: cap === undefined ? undefined : capLead,
      }),
    ),
  );

const sameDayArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    nextWorkingDay: fc.boolean(),
    anchor: opt(anchorTextArb),
    lead: opt(pick("ngay trong", "chậm nhất trong")),
    nextLead: opt(pick("chậm nhất là trong")),
  })
  .map(({ nextWorkingDay, anchor, lead, nextLead }) =>
    complete(
      { kind: "same_day", nextWorkingDay, ...(anchor === undefined ? {} : { anchor: { text: anchor } }) },
      wording({ lead, nextLead: nextWorkingDay ? nextLead : undefined }),
    ),
  );

/** Same-day and relative forms read through "ngày": a time of day, "ngay sau khi", "ngày làm việc", "ngày thứ N", "ngày làm việc tiếp theo", "đầu năm". */
const dayFormsArbs: readonly (readonly [Kind, fc.Arbitrary<DeadlineRule>])[] = [
  ["same_day", fc.record({ time: timeArb, lead: opt(pick("chậm nhất trước")) }).map(({ time, lead }) => complete({ kind: "same_day", nextWorkingDay: false, time }, wording({ lead })))],
  // "trước 14 giờ ngày tiếp theo", "chậm nhất trước 10 giờ ngày làm việc tiếp theo"
  [
    "same_day",
    fc
      .record({ time: timeArb, nextDay: fc.constantFrom<"day" | "working_day">("day", "working_day"), lead: opt(pick("chậm nhất trước")), trading: fc.boolean() })
      // "trước 10 giờ ngày giao dịch tiếp theo": the next trading day, a working day
      .map(({ time, nextDay, lead, trading }) => complete({ kind: "same_day", nextWorkingDay: false, time, nextDay }, wording({ lead, day: nextDay === "working_day" && trading ? "ngày giao dịch tiếp theo" : undefined }))),
  ],
  [
    "same_day",
    // "ngay sau khi …", "ngay trước khi …", "ngay trước thời điểm …": the event as documents write it
    fc.record({ anchor: anchorTextArb, lead: pick("ngay", "ngay sau", "ngay trước", "chậm nhất ngay trước"), at: pick("khi", "thời điểm") }).map(({ anchor, lead, at }) =>
      complete({ kind: "same_day", nextWorkingDay: false, anchor: { text: lead === "ngay" || lead === "ngay sau" ? `khi ${anchor}` : lead === "ngay trước" ? `${at} ${anchor}` : anchor } }, { lead }),
    ),
  ],
  ["same_day", fc.record({ lead: opt(pick("ngay trong")) }).map(({ lead }) => complete({ kind: "same_day", nextWorkingDay: false }, wording({ lead, day: "ngày làm việc" })))],
  // "báo cáo ngay", "xác nhận ngay": at once, with no event written
  ["same_day", pick("báo cáo ngay", "xác nhận ngay", "thực hiện ngay", "trả lời ngay", "gửi ngay").map((lead) => complete({ kind: "same_day", nextWorkingDay: false }, { lead }))],
  // "ngay trong ngày tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ"
  [
    "same_day",
    fc.record({ anchor: opt(anchorTextArb), cutoff: timeArb, event: pick("tiếp nhận", "tiếp nhận yêu cầu", "nhận được hồ sơ") }).map(({ anchor, cutoff, event }) =>
      complete({ kind: "same_day", nextWorkingDay: false, ...(anchor === undefined ? {} : { anchor: { text: anchor } }), cutoff }, { lead: "ngay trong", cutoffEvent: event }),
    ),
  ],
  [
    "relative",
    fc.record({ amount: fc.integer({ min: 1, max: 99 }), anchor: anchorTextArb, lead: opt(pick("chậm nhất là")) }).map(({ amount, anchor, lead }) =>
      complete({ kind: "relative", amount, unit: "day", anchor: { text: anchor } }, wording({ lead, ordinal: "ngày thứ" })),
    ),
  ],
  [
    "relative",
    fc.record({ anchor: fc.oneof(fc.constant(""), anchorTextArb) }).map(({ anchor }) =>
      complete({ kind: "relative", amount: 1, unit: "working_day", anchor: { text: anchor } }, { unit: "ngày làm việc tiếp theo" }),
    ),
  ],
  [
    "fixed_date",
    fc.record({ year: opt(yearArb), lead: opt(pick("chậm nhất")) }).map(({ year, lead }) =>
      complete({ kind: "fixed_date", dates: [year === undefined ? { month: 1, day: 1 } : { year, month: 1, day: 1 }], bound: "by" }, wording({ lead, day: "đầu năm" })),
    ),
  ],
];
const windowArb: fc.Arbitrary<DeadlineRule> = fc
  .record({
    frequency: pick("monthly" as const, "quarterly" as const, "half_yearly" as const, "yearly" as const),
    fromDay: fc.integer({ min: 1, max: 28 }),
    toDay: fc.integer({ min: 1, max: 28 }),
    lead: opt(pick("tính từ", "kể từ")),
  })
  .map(({ frequency, fromDay, toDay, lead }) => complete({ kind: "reporting_window", frequency, fromDay, toDay }, wording({ lead })));

/** Rules allowed inside "(trừ trường hợp …)": relative or same day. */
const exceptionRuleArb: fc.Arbitrary<DeadlineRule> = fc.oneof(
  fc
    .record({
      amount: fc.integer({ min: 1, max: 72 }),
      unit: pick("hour" as const, "day" as const, "working_day" as const, "working_hour" as const),
      written: opt(pick("h")),
      lead: opt(pick("", "trong vòng")),
      anchor: fc.oneof(fc.constant(""), anchorTextArb),
    })
    .map(({ amount, unit, written, lead, anchor }) =>
      complete({ kind: "relative", amount, unit, anchor: { text: anchor } }, wording({ unit: isHour(unit) ? written : undefined, lead })),
    ),
  fc.boolean().map((nextWorkingDay) => complete({ kind: "same_day", nextWorkingDay }, undefined)),
);

const exceptionArb: fc.Arbitrary<UrgencyException> = fc
  .record({ urgency: urgencyArb, rule: opt(exceptionRuleArb) })
  .map(({ urgency, rule }) => (rule === undefined ? { urgency } : { urgency, rule }));

/** A roll clause written in the text, with its words when not canonical ("; nếu trùng ngày nghỉ thì thực hiện vào ngày làm việc tiếp theo"). */
const rollArb: fc.Arbitrary<{ readonly to: "next_working_day" | "previous_working_day"; readonly written?: string }> = fc.constantFrom(
  { to: "next_working_day" as const },
  { to: "previous_working_day" as const },
  { to: "next_working_day" as const, written: "(nếu ngày này trùng vào ngày nghỉ (lễ, Tết, thứ Bảy, Chủ nhật) thì thực hiện vào ngày làm việc tiếp theo)" },
  { to: "next_working_day" as const, written: "; nếu trùng ngày nghỉ thì được lùi sang ngày làm việc tiếp theo" },
  { to: "previous_working_day" as const, written: "; nếu ngày đó là ngày nghỉ lễ thì báo cáo vào ngày làm việc liền trước" },
  // "sẽ" for "thì", and the period the working day stays in
  { to: "next_working_day" as const, written: "; nếu trùng ngày Lễ, Tết sẽ tiếp công dân vào ngày làm việc tiếp theo" },
  { to: "next_working_day" as const, written: ", nếu trùng vào ngày nghỉ lễ thì chuyển sang ngày làm việc tiếp theo của tháng đó" },
);

/** Adds the tail clauses a kind allows: cap, exceptions, an alternative, a remark. */
function withTail(arb: fc.Arbitrary<DeadlineRule>): fc.Arbitrary<DeadlineRule> {
  return fc
    .record({
      rule: arb,
      cap: opt(durationArb),
      capLead: opt(pick("nhưng không được quá", "nhưng tối đa")),
      except: fc.array(exceptionArb, { maxLength: 2 }),
      alternative: opt(alternativeArb),
      scope: opt(pick("trường hợp khai và nộp theo tháng", "hồ sơ quyết toán thuế năm")),
      remark: opt(remarkArb),
      roll: opt(rollArb),
    })
    .map(({ rule, cap, capLead, except, alternative, scope, remark, roll }) => {
      if (rule.kind === "rrule") return rule;
      const allowCap = rule.kind !== "urgent" && rule.wording?.["undated"] === undefined;
      const useCap = allowCap ? cap : undefined;
      const w: W = { ...(rule.wording ?? {}) };
      if (useCap !== undefined && capLead !== undefined) w["capLead"] = capLead;
      if (alternative !== undefined) w["alternative"] = alternative;
      if (scope !== undefined) w["scope"] = scope;
      if (remark !== undefined && rule.kind !== "fixed_date") w["remark"] = remark;
      if (roll?.written !== undefined) w["roll"] = roll.written;
      const { notes: _n, wording: _w, ...bare } = rule;
      void _n;
      void _w;
      const next = { ...bare, ...(roll === undefined ? {} : { roll: roll.to }), ...(useCap === undefined ? {} : { cap: useCap }), ...(except.length === 0 ? {} : { except }) } as DeadlineRule;
      return complete(next, Object.keys(w).length === 0 ? undefined : w);
    });
}

/**
 * The kinds of {@link DeadlineRule}, in the order of the `DeadlineRule` union.
 *
 * @example
 * deadlineRuleArb({ kinds: RULE_KINDS.filter((k) => k !== "rrule") })
 * @remarks Since 0.1.0
 */
export const RULE_KINDS: readonly DeadlineRule["kind"][] = Object.freeze([
  "relative",
  "fixed_date",
  "period",
  "recurring",
  "rrule",
  "before_deadline",
  "urgent",
  "same_day",
  "reporting_window",
] as const);

type Kind = DeadlineRule["kind"];

/**
 * The generators, grouped as they are drawn: each group is one branch of the top-level `oneof`,
 * and a group with several kinds is an inner `oneof` of its entries. Filtering by kind keeps the
 * branches that remain, so with every kind the draw is the same as an unfiltered `oneof`.
 */
const GROUPS: readonly (readonly (readonly [Kind, fc.Arbitrary<DeadlineRule>])[])[] = [
  [
    ["relative", relativeArb],
    ["relative", limitFromArb],
  ],
  [
    ["before_deadline", beforeDeadlineArb],
    ["before_deadline", countedFromArb],
    ["before_deadline", implicitCountArb],
    ["before_deadline", eventAfterArb],
    ["before_deadline", leadReferenceFirstArb],
  ],
  [
    ["fixed_date", fixedPlainArb],
    ["fixed_date", fixedBeforePeriodArb],
    ["fixed_date", fixedNewsArb],
    ["fixed_date", tetDayArb],
  ],
  [["fixed_date", fixedTimedArb]],
  [["fixed_date", fixedWindowArb]],
  [
    ["fixed_date", spanFirstDayArb],
    ["fixed_date", occasionArb],
  ],
  [
    ["fixed_date", windowStartArb],
    ["period", windowToMonthArb],
  ],
  [["fixed_date", fixedStartArb]],
  [["period", periodArb]],
  [["recurring", recurringArb]],
  [["recurring", recurringRelativeArb]],
  [["recurring", namedMonthsWindowArb]],
  [["recurring", periodWindowArb]],
  dayFormsArbs,
  [
    ["rrule", rruleArb],
    ["rrule", monthDaysArb],
    ["rrule", weekdaysOfMonthArb],
  ],
  [["urgent", urgentArb]],
  [["same_day", sameDayArb]],
  [["reporting_window", windowArb]],
];

/** Options of {@link deadlineRuleArb}. */
export interface DeadlineRuleArbOptions {
  /** The rule kinds to generate (default: all of {@link RULE_KINDS}). */
  readonly kinds?: readonly DeadlineRule["kind"][];
}

/**
 * Deadline rules of every kind (or of the kinds asked for) in the form `parseDeadline` returns
 * them (normal form): valid fields, the wording the parser records, the notes it derives, and
 * tail clauses (cap, urgency exceptions, alternative, scope, remark). So for every generated `r`:
 * - `parseRule(r)` deep-equals `r`;
 * - `parseDeadline(formatDeadline(r, { locale: "vi" }))` deep-equals `r` (see `checkPhraseLaws`);
 * - `formatDeadline(r, { locale: "en" })` is an English reading.
 *
 * Dates and periods are often written without a year, and `before_deadline` rules need `due`:
 * give `computeDeadline` a `year` and a `due` when computing them.
 *
 * @param options - `kinds`: the rule kinds to generate (default all, see {@link RULE_KINDS}).
 * @returns An arbitrary of {@link DeadlineRule}s.
 * @throws {@link index!InvalidInputError} `invalid_option` when `kinds` is empty or names an unknown kind.
 * @example
 * fc.assert(fc.property(deadlineRuleArb({ kinds: ["relative", "recurring"] }), (rule) => {
 *   expect(parseDeadline(formatDeadline(rule))).toEqual(rule)
 * })) //=> passes
 * @remarks Since 0.1.0
 */
export function deadlineRuleArb(options: DeadlineRuleArbOptions = {}): fc.Arbitrary<DeadlineRule> {
  const kinds = options.kinds ?? RULE_KINDS;
  if (!Array.isArray(kinds) || kinds.length === 0 || kinds.some((k) => !RULE_KINDS.includes(k))) {
    throw new InvalidInputError([issue("invalid_option", { name: "kinds", value: kinds, expected: `a non-empty list of ${RULE_KINDS.join(", ")}` }, ["kinds"])]);
  }
  const wanted = new Set(kinds);
  const branches: fc.Arbitrary<DeadlineRule>[] = [];
  for (const group of GROUPS) {
    const entries = group.filter(([kind]) => wanted.has(kind)).map(([, arb]) => arb);
    if (entries.length === 0) continue;
    const arb = entries.length === 1 ? (entries[0] as fc.Arbitrary<DeadlineRule>) : fc.oneof(...entries);
    branches.push(group[0]?.[0] === "rrule" ? arb : withTail(arb));
  }
  return fc.oneof(...branches);
}
