/**
 * Relative time limits ("trong 10 ngày kể từ …"), counted back ("chậm nhất 2 ngày trước …"),
 * half years ("6 tháng đầu năm") and "không thời hạn, nhưng không quá …".
 * @internal
 * @module
 */
import type { DeadlineRule, DurationUnit } from "../../deadline/types.js";
import type { CompiledEntry } from "../lexicon.js";
import { E, join, type Cursor, periodYear } from "./cursor.js";
import { readAmount, durationUnit, numberWords } from "./numbers.js";
import { optionalYearNumber } from "./dates.js";
import { offsetAhead, offsetWordAt } from "./periodDays.js";
import { collapseSpaces, foldKey } from "../normalize.js";
import { hasKind, type Lexeme } from "../tokenize.js";
import { spanAhead, spanRule } from "./spans.js";

export function amountRule(c: Cursor, leads: string[]): DeadlineRule {
  const amountAt = c.index();
  const amount = readAmount(c);
  // "6 tháng đầu năm", "6 tháng cuối năm"
  if (amount === 6 && c.isUnit("month") && (c.is("first", 1) || c.is("last", 1)) && c.isUnit("year", 2)) {
    c.next();
    const half = c.is("first") ? 1 : 2;
    c.next();
    c.next();
    const year = optionalYearNumber(c);
    c.setLead(leads, "trong");
    return { kind: "period", period: { unit: "half_year", half, ...periodYear(year) } };
  }
  const first = firstDaysOfNext(c, amount, amountAt, leads);
  if (first !== undefined) return first;
  const written = durationUnit(c);
  if (written.written !== undefined) c.wording["unit"] = written.written;
  if (!qualifierAhead(c)) amountInWords(c, amount, written.unit);
  // "hai tuần tới", "30 ngày tới": the coming weeks or days, counted from the text's own date (the anchor)
  const coming = COMING_UNITS[written.unit];
  if (coming !== undefined && written.written === undefined && foldKey(c.peek()?.text ?? "") === "toi" && c.is("to") && !c.isNum(1) && !c.isUnit("day", 1)) {
    c.next();
    // "trong hai tuần tới tại TP.HCM": the objection is at the word after "tới", so running text is cut after it
    if (!c.atBoundary()) c.fail([E.end]);
    c.wording["unit"] = `${coming} tới`;
    c.setLead(leads, "trong");
    return { kind: "relative", amount, unit: written.unit, anchor: { text: "" } };
  }
  const unit = { unit: qualifierAhead(c) ? qualifier(c, written.unit) : written.unit };
  // "Chậm nhất 02 (hai) giờ, trước khi tàu rời cảng": a comma may stand before "trước khi"
  if (c.isSym(",") && c.is("before", 1) && c.is("when", 2)) c.next();
  if (c.is("before")) {
    if (unit.unit === "working_hour") c.contradiction(amountAt, "count_back_days_only");
    c.next();
    // a date after "trước" ("trước ngày 15") is not a reference; "ngày không tiếp tục …" is ("không" is no number there)
    if (c.isUnit("day") && (c.isNum(1) || (c.isNumberWordStart(1) && c.numberWordAt(1)))) c.fail(["thời hạn …", "ngày hết hạn"]);
    const reference = c.freeText(["thời hạn …", "ngày hết hạn"]);
    c.setLead(leads, "chậm nhất");
    return { kind: "before_deadline", amount, unit: unit.unit as Exclude<DurationUnit, "working_hour">, reference };
  }
  // "ít nhất 15 ngày để nộp học phí kể từ …": what the period is for, kept verbatim
  const purposeEnd = purposeAhead(c);
  if (purposeEnd > 0) {
    c.next(); // để
    const first = c.peek() as Lexeme;
    const last = c.lx[c.p + purposeEnd - 2] as Lexeme;
    c.p += purposeEnd - 1;
    c.wording["purpose"] = collapseSpaces(c.text.slice(first.start, last.end));
    return connectorAndAnchor(c, amount, unit.unit, leads);
  }
  // "03 ngày làm việc (24 giờ làm việc) kể từ khi …", "02 ngày làm việc (cắt giảm 01/03 ngày làm việc, tỷ lệ
  // 33,33%) kể từ ngày nhận …": a bracket between the count and its anchor, kept as a remark
  if (remarkBeforeAnchorAhead(c)) {
    c.next();
    c.wording["remark"] = c.parenText();
  }
  // "trong vòng 30 ngày tại trụ sở tiếp công dân UBND tỉnh, kể từ …": where the period runs, kept verbatim
  const placeEnd = placeAhead(c);
  if (placeEnd > 0) {
    c.next(); // tại
    const first = c.peek() as Lexeme;
    const last = c.lx[c.p + placeEnd - 2] as Lexeme;
    c.p += placeEnd - 1;
    c.wording["place"] = collapseSpaces(c.text.slice(first.start, last.end));
  }
  // "25 ngày, bắt đầu từ ngày 1/4/2019", "nghỉ 04 ngày, từ ngày 30/8 đến hết ngày 2/9/2025": a length and its dated start
  const span = leads.every((l) => l === "trong") ? spanAhead(c) : undefined;
  if (span !== undefined) return spanRule(c, amount, unit.unit, leads, amountAt, span);
  if ((c.isSym(",") && c.is("from", 1)) || c.is("from")) return connectorAndAnchor(c, amount, unit.unit, leads);
  // "2 ngày khi nhận được tờ trình", "Sau 15 ngày khi kết thúc Hội nghị": the event joined by "khi"
  // alone counts like "kể từ khi …"; no connector is written, the anchor keeps "khi"
  if (c.is("when") && !c.atBoundary(1)) {
    c.setLead(leads, "trong");
    const anchor = c.freeText(["khi …"]);
    c.wording["connector"] = "";
    return { kind: "relative", amount, unit: unit.unit, anchor: { text: anchor } };
  }
  // "Sau 10 ngày" alone: "after" ten days from nothing named; unlike "trong 10 ngày" (within, the start left
  // to the plan) it does not say the days are allowed for the act, and no event is there to count from
  // ("sau 15 giờ" is left as it was read: it is also the hour of a same-day cut-off, "nếu nhận hồ sơ sau 15 giờ")
  // After role words ("có hiệu lực sau 15 ngày") the count runs from the text's own date, as it always has.
  if (c.atBoundary() && leads.length === 1 && leads[0] === "sau" && unit.unit !== "hour" && unit.unit !== "working_hour" && !roleBefore(c, amountAt)) c.contradiction(amountAt, "count_after_nothing");
  c.setLead(leads, "trong");
  if (c.atBoundary()) return { kind: "relative", amount, unit: unit.unit, anchor: { text: "" } };
  return c.fail([...E.connector, "trước", E.end]);
}

/** The units that "tới" (coming) may follow, by their word. */
const COMING_UNITS: Partial<Record<DurationUnit, string>> = { day: "ngày", week: "tuần", month: "tháng", year: "năm" };

/**
 * A bracket right after the amount, then the anchor's connector: "(24 giờ làm việc)", "(cắt giảm 01/03 ngày
 * làm việc, tỷ lệ 33,33%)" (what a procedure list cut from the time allowed). At most
 * {@link REMARK_REACH} lexemes, no bracket inside.
 */
function remarkBeforeAnchorAhead(c: Cursor): boolean {
  if (!c.isSym("(")) return false;
  for (let close = 1; close <= REMARK_REACH && !c.atEnd(close); close++) {
    if (c.isSym("(", close)) return false;
    if (c.isSym(")", close)) return close > 1 && (c.is("from", close + 1) || (c.isSym(",", close + 1) && c.is("from", close + 2)));
  }
  return false;
}

/** How many lexemes a remark between a count and its anchor may hold. */
const REMARK_REACH = 24;

/**
 * "trong (thời hạn) 10 ngày đầu (của) tháng tiếp theo" (TT 119/2020 Đ.41), "trong 10 ngày của
 * tháng kế tiếp" (NĐ 126/2020 Đ.30): within the first N days of the next period, i.e. by its
 * day N (a named day, inclusive): day N of the next month, of the first month of the next quarter,
 * of January of the next year. A year's or a quarter's first N days beyond 31 name no day of its
 * first month and are a contradiction. The words after the amount are kept in `wording.at`.
 */
function firstDaysOfNext(c: Cursor, amount: number, amountAt: number, leads: string[]): DeadlineRule | undefined {
  if (!c.isUnit("day")) return undefined;
  let k = 1;
  if (c.is("first", k)) k++;
  if (c.is("of", k)) k++;
  if (k === 1) return undefined;
  const unit = c.isUnit("month", k) ? "month" : c.isUnit("quarter", k) ? "quarter" : c.isUnit("year", k) ? "year" : undefined;
  if (unit === undefined || !offsetWordAt(c, k + 1, false)) return undefined;
  const startAt = c.index();
  c.p += k;
  const period = offsetAhead(c, unit, false);
  if (period === undefined || period.offset !== 1) return c.fail(["tiếp theo"]);
  if (amount < 1 || amount > (unit === "month" ? 28 : 31)) c.contradiction(amountAt, "day_not_exist", { value: amount });
  c.wording["at"] = collapseSpaces(c.text.slice(startAt, (c.lx[c.p - 1] as Lexeme).end)).replace(/^/, `${amount} `);
  // the lead as written ("trong", "trong thời hạn"), or none: a day of a period has no canonical lead
  c.wording["lead"] = join(leads);
  if (unit === "month") return { kind: "recurring", frequency: "monthly", day: amount, bound: "by", offset: 1 };
  if (unit === "quarter") return { kind: "recurring", frequency: "quarterly", month: 1, day: amount, bound: "by", offset: 1 };
  return { kind: "recurring", frequency: "yearly", month: 1, day: amount, bound: "by", offset: 1 };
}

/**
 * A qualifier in brackets right after the unit: "(không kể ngày nghỉ)", "(không tính thời gian
 * …)", "(trừ ngày nghỉ lễ, tết)". Bounded lookahead: "(" then "không kể" / "không tính" / "trừ".
 */
export function qualifierAhead(c: Cursor): boolean {
  if (!c.isSym("(")) return false;
  const w1 = foldKey(c.peek(1)?.text ?? "");
  const w2 = foldKey(c.peek(2)?.text ?? "");
  // "(trừ trường hợp hỏa tốc)" is an exception by urgency, read by the tail
  return (w1 === "khong" && (w2 === "ke" || w2 === "tinh")) || (c.is("except", 1) && !c.is("case", 2) && !c.is("urgency", 2));
}

/** The days off a qualifier may name when it restates working days (folded, as they start the excluded words). */
const DAYS_OFF = ["ngay nghi", "cac ngay nghi", "ngay le", "ngay tet", "thu bay", "thu 7", "chu nhat", "ngay thu bay"];

/** Whether the words of a qualifier name days off only ("không kể ngày nghỉ", "không tính ngày nghỉ lễ, tết"): a restatement of working days. */
export function restatesWorkingDays(text: string): boolean {
  const words = text.split(" ").map(foldKey);
  const rest = (words[0] === "khong" ? words.slice(2) : words.slice(1)).join(" ");
  return DAYS_OFF.some((d) => rest === d || rest.startsWith(`${d} `) || rest.startsWith(`${d},`));
}

/**
 * Reads the qualifier of {@link qualifierAhead} (consumed), kept verbatim in `wording.qualifier`,
 * and returns the unit it leaves. One that names days off restates working days: it agrees with
 * "ngày làm việc", makes a bare "ngày" working days (the words say so), and contradicts any other
 * unit. Any other ("không tính thời gian gửi cho cá nhân, tổ chức hoàn thiện hồ sơ") leaves a pause
 * out of the count: the unit stays, and `finalize` adds a `time_excluded` note with the words.
 */
export function qualifier(c: Cursor, unit: DurationUnit): DurationUnit {
  const at = c.index();
  c.next();
  const text = c.parenText();
  c.wording["qualifier"] = text;
  if (!restatesWorkingDays(text)) return unit;
  if (unit === "working_day") return unit;
  if (unit === "day") {
    c.wording["unit"] = "ngày";
    return "working_day";
  }
  return c.contradiction(at, "qualifier_unit_mismatch", { qualifier: text, unit }, text);
}

/**
 * The amount and unit again in words, in brackets after them: "5 năm (năm năm)", "10 ngày (mười
 * ngày)". The words must say the same amount and unit; they are not kept (the digits are).
 */
function amountInWords(c: Cursor, amount: number, unit: DurationUnit): void {
  if (!c.isSym("(") || !c.isNumberWordStart(1)) return;
  c.next();
  const wordsAt = c.index();
  // not only numbers: in "10 năm (mười năm)" the second "năm" is the unit, not "mười lăm"
  const words = numberWords(c);
  if (words !== amount) c.contradiction(wordsAt, "digits_words_mismatch", { digits: amount, words }, c.text.slice(wordsAt, c.index()).trim());
  if (c.unitValue() !== undefined && !c.isSym(")")) {
    const again = durationUnit(c);
    if (again.unit !== unit) c.fail([")"]);
  }
  if (!c.isSym(")")) c.fail([")"]);
  c.next();
}

/** "[,] kể từ|từ|tính từ|sau <anchor>" after an amount (consumed). */
export function connectorAndAnchor(c: Cursor, amount: number, unit: DurationUnit, leads: readonly string[]): DeadlineRule {
  c.setLead(leads, "trong");
  if (c.isSym(",") && c.is("from", 1)) c.next();
  if (!c.is("from")) c.fail(E.connector);
  const connector = (c.entry("from") as CompiledEntry).canonical;
  c.next();
  const anchor = c.freeText(["ngày …", "khi …"]);
  if (connector !== "kể từ") c.wording["connector"] = connector;
  return { kind: "relative", amount, unit, anchor: { text: anchor } };
}

/** How many lexemes an anchor written before its count may take ("Sau khi nhận được quyết định khen thưởng của cấp có thẩm quyền, …"). */
export const ANCHOR_FIRST_REACH = 40;

/**
 * "Sau khi <event>, trong thời hạn N ngày …", "Kể từ ngày <event>, …": a connector and an event
 * ("khi …", or "ngày" not followed by a date), then, within {@link ANCHOR_FIRST_REACH} lexemes and
 * before any other clause boundary, "," and a lead word or an amount. Bounded lookahead.
 */
export function anchorFirstAhead(c: Cursor): boolean {
  const connector = c.entry("from")?.canonical;
  if (connector !== "sau" && connector !== "kể từ" && connector !== "kể từ sau" && connector !== "tính từ") return false;
  const dayEvent = c.isUnit("day", 1) && !c.isNumberStart(2) && !c.atBoundary(2) && !c.is("last", 2) && !c.is("first", 2) && !c.is("ordinal", 2);
  if (!c.is("when", 1) && !dayEvent) return false;
  for (let k = 2; k < ANCHOR_FIRST_REACH; k++) {
    if (!c.atBoundary(k)) continue;
    return c.isSym(",", k) && (c.is("lead", k + 1) || c.isNumberStart(k + 1));
  }
  return false;
}

/**
 * The form of {@link anchorFirstAhead} (consumed): the same relative rule as "trong thời hạn 10
 * ngày làm việc kể từ khi nhận được quyết định …", the anchor verbatim; the connector as written
 * (`wording.connector` when not "kể từ") and `wording.order` "anchor_first" for the round trip.
 * The count must not name an anchor of its own.
 */
export function anchorFirst(c: Cursor, leadsAndMain: (c: Cursor, leads: string[]) => DeadlineRule): DeadlineRule {
  const connector = (c.entry("from") as CompiledEntry).canonical;
  c.next();
  const anchor = c.freeText(["khi …", "ngày …"]);
  c.next(); // ","
  const at = c.p;
  const rule = leadsAndMain(c, []);
  if (rule.kind !== "relative" || rule.anchor.text !== "") {
    c.p = at;
    c.fail([E.number, "trong", "không quá"]);
  }
  if (connector !== "kể từ") c.wording["connector"] = connector;
  c.wording["order"] = "anchor_first";
  return { ...rule, anchor: { text: anchor } };
}

export function undated(c: Cursor): DeadlineRule {
  c.next();
  if (c.isSym(",")) c.next();
  if (!c.is("but")) c.fail(["nhưng"]);
  c.next();
  const leads = c.leadWords();
  if (leads.length === 0) c.fail(["không quá", "không được quá", "tối đa"]);
  if (!c.isNumberStart()) c.fail([E.number]);
  const rule = amountRule(c, leads);
  if (rule.kind !== "relative") c.fail([E.number]);
  c.wording["undated"] = "không thời hạn";
  return rule;
}

/** The words of a purpose after a period: how many lexemes "để <words>" spans before a connector ("để nộp học phí | kể từ"), 0 when none (bounded lookahead). */
export function purposeAhead(c: Cursor, k = 0): number {
  if (foldKey(c.peek(k)?.text ?? "") !== "de" || c.peek(k)?.type !== "word") return 0;
  for (let j = k + 2; j <= k + PURPOSE_REACH; j++) {
    const l = c.peek(j);
    if (l === undefined || l.type !== "word") return 0;
    if (c.is("from", j)) return j - k;
  }
  return 0;
}

const PURPOSE_REACH = 8;

/**
 * "tại trụ sở tiếp công dân UBND tỉnh, kể từ …": "tại", a place in words (at most {@link PLACE_REACH}),
 * a comma or none, then the anchor's connector. The lexemes of "tại" and the place, or 0.
 */
export function placeAhead(c: Cursor): number {
  if (foldKey(c.peek()?.text ?? "") !== "tai" || c.peek()?.type !== "word") return 0;
  for (let j = 2; j <= PLACE_REACH; j++) {
    const l = c.peek(j);
    if (l === undefined) return 0;
    if ((c.isSym(",", j) && c.is("from", j + 1)) || c.is("from", j)) return j;
    if (l.type !== "word") return 0;
  }
  return 0;
}

const PLACE_REACH = 12;

/** Whether role words ("có hiệu lực", "có thời hạn" …) stand before the text offset `at`. */
function roleBefore(c: Cursor, at: number): boolean {
  for (const l of c.lx) {
    if (l.start >= at) return false;
    if (hasKind(l, "role")) return true;
  }
  return false;
}
