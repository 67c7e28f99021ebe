/**
 * The grammar of the deadline-phrase language: recursive descent over the lexemes of
 * {@link tokenize}, with bounded lookahead and no backtracking (linear time).
 *
 * ```text
 * phrase     := preamble body tail
 * preamble   := ( "→" | VERB ("/" VERB)* | ("thời hạn" | "hạn") ":"? )*          -- at the start only
 * body       := rrule | undated | window | urgent | sameDay | everyFirst | leads main
 * leads      := ( LEAD | "là" | "vào" | "lúc" )*                                 -- "chậm nhất là", "trong vòng" …
 * main       := "trước" ( time dateList | dateList every? | weekday every? | "cuối tháng" every? | rrule )
 *             | time dateList                                                   -- "17 giờ ngày 14/11/2023"
 *             | "ngày" ( dateList every? | sameDay )                            -- "ngày 10 hàng tháng"
 *             | "tháng" ( month year? every? | ("cuối"|"đầu"|"giữa") "quý" every? | ε )
 *             | "quý" ( quarter year? )? | "năm" year? | "6 tháng" ("đầu"|"cuối") "năm" year?
 *             | ("cuối"|"giữa"|"đầu") ( "tháng" month? | "quý" quarter? | "năm" year? ) every?
 *             | weekday every? | amount unit ( "trước" REFERENCE | FROM ANCHOR | ε )
 * amount     := DIGITS ( "(" numberWords ")" )? | numberWords                   -- "10 (mười)", "hai mươi lăm"
 * unit       := "ngày" ("làm việc" | "dương lịch")? | ("giờ"|"h"|"tiếng") "làm việc"? | "tuần" | "tháng" | "năm"
 * dateList   := dateRef ( ("," | "và") "ngày"? dateRef )* ( "năm" YEAR )? label?
 * dateRef    := D ("/"|"-"|".") M (sep Y)? | D "tháng" M ("năm" Y)? | D "của"? "tháng" ("cuối"|"đầu"|"giữa") "quý"
 *             | "cuối" ("cùng" "của")? "tháng" | D
 * window     := ("từ"|"tính từ") "ngày" dateRef ( "tháng trước" | "năm trước" )? "kỳ báo cáo"? ("đến"|"tới") "ngày"? dateRef …
 * periodDay  := "ngày" ( "thứ" N | D | "cuối cùng" ) "của"? ( "tháng" NEXT | "tháng" POS "của"? ("quý"|"năm" "dương lịch"?) NEXT?
 *             | "tháng" POS "kể từ ngày kết thúc" ("năm"|"quý") | "tháng cuối kỳ báo cáo" | "quý" NEXT ) BASE? every?
 *             | "ngày thứ" N ","? FROM ANCHOR                                  -- N days from ANCHOR
 * NEXT       := ("tiếp theo"|"kế tiếp"|"sau"|"trước") "liền kề"?;  POS := "đầu" | "đầu tiên" | "cuối" | "thứ" N
 * tail       := ( "nhưng" LEADS amount unit | "(" except ")" | ","? except | "hoặc theo" TEXT | ","? "đối với" TEXT | "(" TEXT ")" )* "."?
 * except     := ("trừ"|"ngoại trừ") "trường hợp"? URGENCY ( ("," | "và" | "hoặc" | "/") URGENCY )* ( LEADS amount unit | "trong ngày" )?
 * ```
 *
 * ANCHOR, REFERENCE and TEXT are free text, kept verbatim (NFC, single spaces, original case);
 * they end at the end of the phrase or at a clause boundary: ";", "(", ")", "hoặc", "nhưng",
 * "trừ trường hợp …", or "," followed by "trừ", "nhưng", "hoặc" or a lead word.
 *
 * @internal
 * @module
 */
import type {
  DateBound,
  DateSpec,
  DeadlineRule,
  Duration,
  DurationUnit,
  PeriodSpec,
  RecurringRule,
  RuleNote,
  UrgencyException,
  UrgencyLevel,
} from "../deadline/types.js";
import type { Weekday } from "../day/dayNumber.js";
import { PhraseParseError, issue, type IssueCode } from "../errors.js";
import { collapseSpaces } from "./normalize.js";
import { entryOf, hasKind, tokenize, type Lexeme } from "./tokenize.js";
import type { CompiledEntry, LexemeKind, NumberRole } from "./lexicon.js";

/**
 * The longest phrase accepted, in UTF-16 code units of the NFC text (code `phrase_too_long` beyond).
 * @example
 * MAX_PHRASE_LENGTH //=> 2000
 */
export const MAX_PHRASE_LENGTH = 2000;

/** Largest amount accepted ("trong 1000000 ngày" is rejected). */
const MAX_AMOUNT = 100_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** What the error messages list as expected. */
const E = {
  number: "số (number)",
  date: "ngày dd/mm/yyyy",
  end: "kết thúc (end)",
  unit: ["ngày", "ngày làm việc", "giờ", "tuần", "tháng", "năm"],
  connector: ["kể từ", "từ", "tính từ", "sau"],
  start: ["trong", "chậm nhất", "trước", "ngày", "tháng", "quý", "năm", "số (number)", "hằng", "định kỳ", "hỏa tốc", "từ ngày"],
  tail: ["(", "nhưng", "hoặc theo", ", trừ trường hợp", "kết thúc (end)"],
} as const;

type Frequency = RecurringRule["frequency"];

interface DateRef {
  readonly day: number | "last";
  readonly month?: number;
  readonly year?: number;
  /** Month within the quarter ("tháng cuối quý" = 3). */
  readonly quarterMonth?: number;
  readonly start: number;
}

interface EveryInfo {
  readonly frequency: Frequency;
  /** "hàng" when so written (canonical "hằng" is not recorded). */
  readonly variant?: string;
  readonly start: number;
}

const LAST_PUNCT: ReadonlySet<string> = new Set([".", ",", ";", ":", "!", "/"]);
const ANCHOR_TRIM: ReadonlySet<string> = new Set([",", ":", "-", "/", "."]);

/** Joins word lists with single spaces. */
const join = (words: readonly string[]): string => words.join(" ");

function periodYear(year: number | undefined): { year?: number } {
  return year === undefined ? {} : { year };
}

/**
 * A recursive-descent parser over one phrase. Create one per call.
 * @internal
 */
export class PhraseParser {
  private readonly text: string;
  private readonly lx: readonly Lexeme[];
  /** Lexemes from this index on are trailing punctuation only. */
  private readonly endIndex: number;
  private p = 0;
  /**
   * Reading where only a number can stand — the words in brackets after digits ("05 (năm)"), the
   * ordinal of "ngày thứ năm của tháng …": every number word is a number.
   */
  private numbersOnly = false;
  private readonly wording: Record<string, string> = {};
  private presetEvery: EveryInfo | undefined;

  /**
   * @param text - The NFC phrase.
   * @param nested - For a clause nested in another parse: its lexemes, position and end.
   */
  constructor(text: string, nested?: { readonly lexemes: readonly Lexeme[]; readonly position: number; readonly endIndex: number }) {
    this.text = text;
    if (nested !== undefined) {
      this.lx = nested.lexemes;
      this.p = nested.position;
      this.endIndex = nested.endIndex;
      return;
    }
    this.lx = tokenize(text);
    let end = this.lx.length;
    while (end > 0 && this.lx[end - 1]?.type === "punct" && LAST_PUNCT.has((this.lx[end - 1] as Lexeme).sym)) end--;
    this.endIndex = end;
  }

  // ---------------------------------------------------------------- helpers

  private peek(k = 0): Lexeme | undefined {
    const i = this.p + k;
    return i < this.endIndex ? this.lx[i] : undefined;
  }
  private atEnd(k = 0): boolean {
    return this.p + k >= this.endIndex;
  }
  private is(kind: LexemeKind, k = 0): boolean {
    if (kind === "lead" && this.leadIsNumber(k)) return false;
    return hasKind(this.peek(k), kind);
  }
  private entry(kind: LexemeKind, k = 0): CompiledEntry | undefined {
    if (kind === "lead" && this.leadIsNumber(k)) return undefined;
    return entryOf(this.peek(k), kind);
  }
  /** "sau mươi ngày", "sau ngay ke tu" without diacritics: "sáu", not the lead word "sau". */
  private leadIsNumber(k: number): boolean {
    return this.hasRole("digit", k) !== undefined && this.numberWordAt(k);
  }
  private isSym(sym: string, k = 0): boolean {
    const l = this.peek(k);
    return l !== undefined && l.type === "punct" && l.sym === sym;
  }
  private isNum(k = 0): boolean {
    return this.peek(k)?.type === "number";
  }
  private isUnit(value: string, k = 0): boolean {
    const l = this.peek(k);
    if (l === undefined) return false;
    for (const e of l.entries) if (e.kind === "unit" && e.value === value) return true;
    return false;
  }
  private unitValue(k = 0): string | undefined {
    return this.entry("unit", k)?.value as string | undefined;
  }
  private hasRole(role: NumberRole, k = 0): CompiledEntry | undefined {
    const l = this.peek(k);
    if (l === undefined) return undefined;
    for (const e of l.entries) if (e.kind === "numword" && e.role === role) return e;
    return undefined;
  }
  private isNumberStart(k = 0): boolean {
    if (this.isNum(k)) return true;
    if (this.hasRole("digit", k) !== undefined) return this.numberWordAt(k);
    return this.hasRole("ten", k) !== undefined;
  }

  /**
   * Whether the number word at `k` is read as a number. A word that is only a number word
   * ("hai", "mười") always is. A word that is also something else — "năm" (year), "sau" written
   * without diacritics (the lead word or connector "sau", or "sáu"), "không" (zero, or part of
   * "không quá") — is a number only inside the brackets after digits ("05 (năm)"), or when a
   * number goes on after it ({@link numberGoesOn}). One or four lexemes of lookahead, no backtracking.
   */
  private numberWordAt(k: number): boolean {
    if (this.numbersOnly) return true;
    const l = this.peek(k);
    if (l === undefined) return false;
    let ambiguous = false;
    for (const e of l.entries) if (e.kind !== "numword" || e.value === 0) ambiguous = true;
    return !ambiguous || this.numberGoesOn(k + 1, l);
  }

  /**
   * Whether a number goes on at `k`, after the ambiguous number word `word`: "mươi", "trăm" or
   * "nghìn" ("năm mươi", "sau tram"); a unit ("năm ngày", "năm năm", "sau ngay ke tu"), also after
   * the digits in brackets ("năm (05) ngày"). After a word that is also a lead word or a connector
   * ("sau" without diacritics), a unit followed by a number or "cuối" is a date ("sau ngay 15/3"),
   * and a unit that is itself a number is that number ("sau nam ngay" = after five days).
   */
  private numberGoesOn(k: number, word: Lexeme): boolean {
    if (this.hasRole("tens", k) !== undefined || this.hasRole("hundred", k) !== undefined || this.hasRole("thousand", k) !== undefined) return true;
    const unitAt = this.isSym("(", k) && this.isNum(k + 1) && this.isSym(")", k + 2) ? k + 3 : k;
    if (!hasKind(this.peek(unitAt), "unit")) return false;
    if (hasKind(word, "lead") || hasKind(word, "from")) {
      // "sau nam ngay" = sau năm ngày (after five days): the unit "năm" is itself a number here
      if (this.hasRole("digit", unitAt) !== undefined && this.numberWordAt(unitAt)) return false;
      return !this.isNum(unitAt + 1) && !hasKind(this.peek(unitAt + 1), "last");
    }
    return true;
  }
  private next(): Lexeme {
    const l = this.lx[this.p] as Lexeme;
    this.p++;
    return l;
  }
  private index(): number {
    return this.peek()?.start ?? this.text.length;
  }

  /** Throws at the current lexeme: unrecognized, or unexpected end. */
  fail(expected: readonly string[]): never {
    const l = this.peek();
    const code: IssueCode = l === undefined ? "phrase_unexpected_end" : "phrase_unrecognized_token";
    throw new PhraseParseError([
      issue(code, { text: this.text, index: l?.start ?? this.text.length, token: l?.text ?? "", expected: [...expected] }),
    ]);
  }
  private contradiction(index: number, reason: string, token = ""): never {
    throw new PhraseParseError([issue("phrase_contradiction", { text: this.text, index, token, expected: [], reason })]);
  }
  private failCode(code: IssueCode, expected: readonly string[]): never {
    const l = this.peek();
    throw new PhraseParseError([issue(code, { text: this.text, index: l?.start ?? this.text.length, token: l?.text ?? "", expected: [...expected] })]);
  }

  // ---------------------------------------------------------------- entry point

  /** Parses the whole phrase. */
  parse(): DeadlineRule {
    if (this.lx.length === 0) {
      throw new PhraseParseError([issue("phrase_empty", { text: this.text, index: 0, token: "", expected: [...E.start] })]);
    }
    this.preamble();
    let rule = this.body();
    rule = this.tail(rule);
    if (!this.atEnd()) this.fail(E.tail);
    return finalize(rule, this.wording);
  }

  private preamble(): void {
    for (;;) {
      if (this.p > 0 && this.isSym(":")) {
        this.next();
        continue;
      }
      if (this.isSym("→") || (this.p === 0 && this.isSym("-"))) {
        this.next();
        continue;
      }
      if (this.is("verb")) {
        this.next();
        while (this.isSym("/") && this.is("verb", 1)) {
          this.next();
          this.next();
        }
        continue;
      }
      if (this.is("deadline")) {
        this.next();
        if (this.isSym(":")) this.next();
        continue;
      }
      return;
    }
  }

  // ---------------------------------------------------------------- body

  private body(): DeadlineRule {
    if (this.isRruleStart()) return this.rrule("by");
    if (this.is("not_deadline")) this.failCode("phrase_not_deadline", []);
    if (this.is("quota") && this.countedBackAhead()) return this.leadsAndMain();
    if (this.is("quota") || (this.is("periodic") && this.is("quota", 1))) {
      this.failCode("phrase_quota", ["parseQuota"]);
    }
    if (this.is("undated")) return this.undated();
    if (this.is("from") && this.isUnit("day", 1)) {
      const f = this.entry("from") as CompiledEntry;
      if (f.canonical === "từ" || f.canonical === "tính từ" || f.canonical === "kể từ") return this.window();
    }
    if (this.is("urgency")) return this.urgent();
    if (this.is("periodic") || this.is("every")) {
      const periodicAt = this.index();
      const early = this.everyFirst();
      if (early !== undefined) return early;
      const rule = this.leadsAndMain();
      if (rule.kind !== "recurring") this.contradiction(periodicAt, `"định kỳ" cần một thời hạn lặp lại (hằng tháng, hằng năm …)`, "định kỳ");
      return rule;
    }
    return this.leadsAndMain();
  }

  /** "ít nhất 03 ngày [làm việc] trước …": an amount and "trước" within a few lexemes (bounded lookahead). */
  private countedBackAhead(): boolean {
    for (let k = 1; k <= 8; k++) {
      const l = this.peek(k);
      if (l === undefined) return false;
      if (hasKind(l, "before")) return k >= 3;
      const ok = l.type === "number" || (l.type === "punct" && (l.sym === "(" || l.sym === ")")) || hasKind(l, "numword") || hasKind(l, "unit") || hasKind(l, "working") || hasKind(l, "calendar");
      if (!ok) return false;
    }
    return false;
  }

  private leadsAndMain(): DeadlineRule {
    const leads: string[] = [];
    if (this.is("quota")) {
      leads.push((this.entry("quota") as CompiledEntry).form);
      this.next();
    }
    // "ngay sau khi ký", "ngay khi nhận được": at once after an event
    if (this.is("immediately") && ((this.entry("from", 1)?.canonical === "sau" && !this.isNumberStart(2)) || this.is("when", 1))) {
      this.next();
      let lead = "ngay";
      if (!this.is("when")) {
        this.next();
        lead = "ngay sau";
      }
      const anchor = this.freeText(["khi …"]);
      this.wording["lead"] = lead;
      return { kind: "same_day", nextWorkingDay: false, anchor: { text: anchor } };
    }
    if (this.is("immediately") && this.entry("lead", 1)?.canonical === "trong" && this.isUnit("day", 2)) {
      this.next();
      leads.push("ngay");
    }
    for (;;) {
      if (this.is("lead") || this.is("la") || this.is("at")) {
        const e = (this.entry("lead") ?? this.entry("la") ?? this.entry("at")) as CompiledEntry;
        leads.push(e.canonical);
        this.next();
        continue;
      }
      // "chậm nhất đến ngày …"
      if (leads.length > 0 && this.is("to") && (this.isUnit("day", 1) || this.is("last", 1) || this.is("first", 1) || this.is("mid", 1) || this.isNum(1))) {
        leads.push("đến");
        this.next();
        continue;
      }
      // "Hạn chót: 31/12/2025"
      if (leads.length > 0 && this.isSym(":")) {
        this.next();
        continue;
      }
      break;
    }
    return this.main(leads);
  }

  private main(leads: string[]): DeadlineRule {
    if (this.is("before")) {
      this.next();
      const words = [...leads, "trước"];
      if (this.isRruleStart()) return this.rrule("before", join(words));
      if (this.isTimeAhead(true)) return this.timed(words);
      if (this.isUnit("day") || this.isNum()) return this.dates(words, "before");
      if (this.is("ordinal") || this.is("sunday")) return this.weekly(words, "before");
      if (this.is("last") && this.isUnit("month", 1)) return this.lastOfMonth(words, "before");
      this.fail(["ngày", E.date, "giờ (time)", "thứ (weekday)", "cuối tháng"]);
    }
    if (this.isTimeAhead()) return this.timed(leads);
    if (this.isUnit("day") && this.is("ordinal", 1) && this.isNumberWordOrNum(2)) return this.periodDay(leads, "by");
    if (this.isUnit("day") && this.periodDayAhead(1)) return this.periodDay(leads, "by");
    const last = leads[leads.length - 1];
    if (this.isUnit("day") && (last === "trong" || last === "trong vòng") && !this.isNum(1) && !this.is("last", 1)) {
      return this.sameDay(leads);
    }
    if (this.isUnit("day") && (this.isNum(1) || this.is("last", 1))) return this.dates(leads, "by");
    if (this.isNum() && (this.isSym("/", 1) || this.isSym("-", 1) || this.isSym(".", 1)) && this.isNum(2)) return this.dates(leads, "by");
    if (this.isNumberStart()) return this.amountRule(leads);
    if (this.isUnit("month")) return this.monthPeriod(leads);
    if (this.isUnit("quarter")) return this.quarterPeriod(leads);
    if (this.isUnit("year")) return this.yearPeriod(leads);
    if (this.is("last") || this.is("mid") || this.is("first")) return this.point(leads);
    if (this.is("ordinal") || this.is("sunday")) return this.weekly(leads, "by");
    return this.fail(leads.length > 0 ? [E.number, "ngày", "trước", "tháng", "quý", "năm"] : E.start);
  }

  // ---------------------------------------------------------------- numbers

  /** Digits, digits with the words in brackets, or number words. */
  private amount(): number {
    const start = this.index();
    if (this.isNum()) {
      const l = this.next();
      if (l.digits > 6 || l.value > MAX_AMOUNT) this.contradiction(l.start, `số lượng ${l.text} quá lớn (tối đa ${MAX_AMOUNT})`, l.text);
      if (this.isSym("(") && this.isNumberWordStart(1)) {
        this.next();
        const wordsAt = this.index();
        const words = this.onlyNumbers(() => this.numberWords());
        if (words !== l.value) this.contradiction(wordsAt, `số ${l.value} và chữ (${words}) không khớp`, this.text.slice(wordsAt, this.index()).trim());
        if (!this.isSym(")")) this.fail([")"]);
        this.next();
      }
      return l.value;
    }
    const value = this.numberWords();
    if (value > MAX_AMOUNT) this.contradiction(start, `số lượng ${value} quá lớn (tối đa ${MAX_AMOUNT})`);
    // "tám (8) giờ": the words, then the digits in brackets, checked
    if (this.isSym("(") && this.isNum(1) && this.isSym(")", 2)) {
      const digits = this.peek(1) as Lexeme;
      if (digits.value !== value) this.contradiction(digits.start, `chữ (${value}) và số ${digits.text} không khớp`, digits.text);
      this.p += 3;
    }
    return value;
  }

  /** Runs `read` with {@link numbersOnly} set. */
  private onlyNumbers<T>(read: () => T): T {
    this.numbersOnly = true;
    try {
      return read();
    } finally {
      this.numbersOnly = false;
    }
  }

  private isNumberWordStart(k: number): boolean {
    return this.hasRole("digit", k) !== undefined || this.hasRole("ten", k) !== undefined;
  }

  /** Vietnamese number words up to 999 999: "mười lăm", "hai mươi mốt", "một trăm linh năm". */
  private numberWords(): number {
    const high = this.under1000();
    if (high === undefined) this.fail([E.number]);
    if (this.hasRole("thousand") !== undefined) {
      this.next();
      const low = this.under1000() ?? 0;
      return high * 1000 + low;
    }
    return high;
  }

  /**
   * A units word after "mươi"/"mười" or "linh": "năm" counts only when a unit follows or in
   * brackets ("mười năm ngày" = 15 days, "trong mười năm" = 10 years, "15 (mười năm)"); never "không".
   */
  private unitsWord(afterTens: number): number | undefined {
    const digit = this.hasRole("digit");
    const only = this.hasRole("unit_only");
    if (digit === undefined && only === undefined) return undefined;
    if (digit !== undefined && (digit.value === 0 || !this.numberWordAt(0))) return undefined;
    if (digit !== undefined) {
      this.next();
      return digit.value as number;
    }
    // "mốt" only after "mươi"; "tư" after "mươi" or "linh" ("một trăm linh tư"); "lăm" after "mươi", "mười"
    const v = (only as CompiledEntry).value as number;
    if (v === 1 && afterTens < 20) return undefined;
    if (v === 4 && afterTens === 10) return undefined;
    if (v !== 4 && afterTens === 0) return undefined;
    this.next();
    return v;
  }

  private under1000(): number | undefined {
    let hundreds = 0;
    let consumed = false;
    const d0 = this.hasRole("digit");
    if (d0 !== undefined && this.hasRole("hundred", 1) !== undefined) {
      hundreds = (d0.value as number) * 100;
      this.next();
      this.next();
      consumed = true;
      if (this.hasRole("link") !== undefined) {
        this.next();
        const u = this.unitsWord(0) ?? this.fail([E.number]);
        return hundreds + u;
      }
    }
    let tens = 0;
    const d1 = this.hasRole("digit");
    if (d1 !== undefined && (d1.value as number) >= 2 && (this.hasRole("tens", 1) !== undefined || this.hasRole("ten", 1) !== undefined) && !(this.isUnit("year") && this.is("unit", 1))) {
      tens = (d1.value as number) * 10;
      this.next();
      this.next();
    } else if (this.hasRole("ten") !== undefined) {
      tens = 10;
      this.next();
    }
    if (tens > 0) {
      consumed = true;
      return hundreds + tens + (this.unitsWord(tens) ?? 0);
    }
    if (!consumed) {
      const d = this.hasRole("digit");
      if (d === undefined || !this.numberWordAt(0)) return undefined;
      this.next();
      return d.value as number;
    }
    return hundreds;
  }

  /** A small number written in digits or words (months, quarters, weekdays). */
  private smallNumber(expected: readonly string[]): { value: number; start: number; digits: number } {
    const start = this.index();
    if (this.isNum()) {
      const l = this.next();
      return { value: l.digits > 6 ? Number.MAX_SAFE_INTEGER : l.value, start, digits: l.digits };
    }
    if (this.isNumberWordStart(0)) return { value: this.numberWords(), start, digits: 0 };
    return this.fail(expected);
  }

  // ---------------------------------------------------------------- units

  private durationUnit(): { unit: DurationUnit; written?: string } {
    const u = this.unitValue();
    const e = this.entry("unit");
    if (u === "day") {
      this.next();
      if (this.is("working")) {
        this.next();
        return { unit: "working_day" };
      }
      if (this.is("calendar")) {
        this.next();
        return { unit: "calendar_day" };
      }
      return { unit: "day" };
    }
    if (u === "hour") {
      this.next();
      const written = e !== undefined && e.canonical !== "giờ" ? e.canonical : undefined;
      if (this.is("working")) {
        this.next();
        return { unit: "working_hour", ...(written === undefined ? {} : { written }) };
      }
      return { unit: "hour", ...(written === undefined ? {} : { written }) };
    }
    if (u === "week" || u === "month" || u === "year") {
      this.next();
      return { unit: u };
    }
    return this.fail(E.unit);
  }

  // ---------------------------------------------------------------- free text

  /** Whether the current lexeme ends a free-text span (anchor, reference, remark). */
  private atBoundary(k = 0): boolean {
    if (this.atEnd(k)) return true;
    if (this.isSym(";", k) || this.isSym("(", k) || this.isSym(")", k)) return true;
    if (this.is("but", k) || this.is("scope", k)) return true;
    if (this.is("or", k)) return this.is("per", k + 1) || this.is("lead", k + 1) || this.is("immediately", k + 1) || this.isNumberStart(k + 1) || this.atEnd(k + 1);
    if (this.is("except", k) && (this.is("case", k + 1) || this.is("urgency", k + 1))) return true;
    if (this.isSym(",", k)) {
      return this.is("except", k + 1) || this.is("but", k + 1) || this.is("or", k + 1) || this.is("lead", k + 1) || this.is("scope", k + 1);
    }
    return false;
  }

  /** Free text up to the next boundary, verbatim (NFC, single spaces). */
  private freeText(expected: readonly string[]): string {
    if (this.atBoundary()) this.fail(expected);
    const first = this.p;
    while (!this.atBoundary()) this.p++;
    let last = this.p - 1;
    while (last > first && this.lx[last]?.type === "punct" && ANCHOR_TRIM.has((this.lx[last] as Lexeme).sym)) last--;
    const a = this.lx[first] as Lexeme;
    const b = this.lx[last] as Lexeme;
    return collapseSpaces(this.text.slice(a.start, b.end));
  }

  // ---------------------------------------------------------------- relative, backward, half years

  private amountRule(leads: string[]): DeadlineRule {
    const amountAt = this.index();
    const amount = this.amount();
    // "6 tháng đầu năm", "6 tháng cuối năm"
    if (amount === 6 && this.isUnit("month") && (this.is("first", 1) || this.is("last", 1)) && this.isUnit("year", 2)) {
      this.next();
      const half = this.is("first") ? 1 : 2;
      this.next();
      this.next();
      const year = this.optionalYearNumber();
      this.setLead(leads, "trong");
      return { kind: "period", period: { unit: "half_year", half, ...periodYear(year) } };
    }
    const unit = this.durationUnit();
    if (unit.written !== undefined) this.wording["unit"] = unit.written;
    if (this.is("before")) {
      if (unit.unit !== "day" && unit.unit !== "working_day" && unit.unit !== "calendar_day") {
        this.contradiction(amountAt, "chỉ tính lùi theo ngày hoặc ngày làm việc trước một thời hạn");
      }
      this.next();
      if (this.isUnit("day") && (this.isNum(1) || this.isNumberWordStart(1))) this.fail(["thời hạn …", "ngày hết hạn"]);
      const reference = this.freeText(["thời hạn …", "ngày hết hạn"]);
      this.setLead(leads, "chậm nhất");
      return { kind: "before_deadline", amount, unit: unit.unit, reference };
    }
    if ((this.isSym(",") && this.is("from", 1)) || this.is("from")) return this.connectorAndAnchor(amount, unit.unit, leads);
    this.setLead(leads, "trong");
    if (this.atBoundary()) return { kind: "relative", amount, unit: unit.unit, anchor: { text: "" } };
    return this.fail([...E.connector, "trước", E.end]);
  }

  /** "[,] kể từ|từ|tính từ|sau <anchor>" after an amount (consumed). */
  private connectorAndAnchor(amount: number, unit: DurationUnit, leads: readonly string[]): DeadlineRule {
    this.setLead(leads, "trong");
    if (this.isSym(",") && this.is("from", 1)) this.next();
    if (!this.is("from")) this.fail(E.connector);
    const connector = (this.entry("from") as CompiledEntry).canonical;
    this.next();
    const anchor = this.freeText(["ngày …", "khi …"]);
    if (connector !== "kể từ") this.wording["connector"] = connector;
    return { kind: "relative", amount, unit, anchor: { text: anchor } };
  }

  /** Lead words ("không quá", "chậm nhất là" …) as canonical forms. */
  private leadWords(withLa = false): string[] {
    const words: string[] = [];
    for (;;) {
      const e = this.entry("lead") ?? (withLa ? this.entry("la") : undefined);
      if (e === undefined) return words;
      words.push(e.canonical);
      this.next();
    }
  }

  private setLead(leads: readonly string[], canonical: string): void {
    const lead = join(leads);
    if (lead !== canonical) this.wording["lead"] = lead;
  }

  private undated(): DeadlineRule {
    this.next();
    if (this.isSym(",")) this.next();
    if (!this.is("but")) this.fail(["nhưng"]);
    this.next();
    const leads = this.leadWords();
    if (leads.length === 0) this.fail(["không quá", "không được quá", "tối đa"]);
    if (!this.isNumberStart()) this.fail([E.number]);
    const rule = this.amountRule(leads);
    if (rule.kind !== "relative") this.fail([E.number]);
    this.wording["undated"] = "không thời hạn";
    return rule;
  }

  // ---------------------------------------------------------------- urgency and same day

  private urgent(): DeadlineRule {
    const level = (this.entry("urgency") as CompiledEntry).value as UrgencyLevel;
    this.next();
    let anchor: string | undefined;
    let cap: Duration | undefined;
    if (this.is("from")) {
      const connector = (this.entry("from") as CompiledEntry).canonical;
      this.next();
      anchor = this.freeText(["ngày …", "khi …"]);
      if (connector !== "kể từ") this.wording["connector"] = connector;
      if (this.isSym(",") && this.is("lead", 1)) this.next();
    }
    if (this.is("lead")) {
      const leads = this.leadWords();
      const amount = this.amount();
      const unit = this.durationUnit();
      if (unit.written !== undefined) this.wording["unit"] = unit.written;
      cap = { amount, unit: unit.unit };
      const capLead = join(leads);
      if (capLead !== "trong") this.wording["capLead"] = capLead;
    }
    return { kind: "urgent", level, ...(anchor === undefined ? {} : { anchor: { text: anchor } }), ...(cap === undefined ? {} : { cap }) };
  }

  private sameDay(leads: string[]): DeadlineRule {
    this.next(); // "ngày"
    if (this.is("working") && this.is("next", 1)) {
      // "trong ngày làm việc tiếp theo" = by the end of the next working day
      this.next();
      this.next();
      this.wording["unit"] = "ngày làm việc tiếp theo";
      if ((this.isSym(",") && this.is("from", 1)) || this.is("from")) return this.connectorAndAnchor(1, "working_day", leads);
      this.setLead(leads, "trong");
      return { kind: "relative", amount: 1, unit: "working_day", anchor: { text: "" } };
    }
    this.setLead(leads, "trong");
    if (this.is("working")) {
      this.next();
      this.wording["day"] = "ngày làm việc";
    }
    let anchor: string | undefined;
    if (!this.atBoundary() && !this.isSym(",") && !this.is("or")) anchor = this.freeText(["ngày làm việc tiếp theo"]);
    let nextWorkingDay = false;
    let k = 0;
    if (this.isSym(",")) k++;
    if (this.is("or", k)) k++;
    if (k > 0 && this.is("lead", k)) {
      this.p += k;
      const words = this.leadWords(true);
      if (!this.isUnit("day")) this.fail(["ngày làm việc tiếp theo"]);
      this.next();
      if (!this.is("working")) this.fail(["làm việc"]);
      this.next();
      if (!this.is("next")) this.fail(["tiếp theo"]);
      this.next();
      nextWorkingDay = true;
      const nextLead = join(words);
      if (nextLead !== "chậm nhất là") this.wording["nextLead"] = nextLead;
    }
    return { kind: "same_day", nextWorkingDay, ...(anchor === undefined ? {} : { anchor: { text: anchor } }) };
  }

  // ---------------------------------------------------------------- RRULE

  private isRruleStart(): boolean {
    const l = this.peek();
    if (l === undefined || l.type !== "word") return false;
    const w = l.text.toUpperCase();
    return (w === "RRULE" && this.isSym(":", 1)) || (w === "FREQ" && this.isSym("=", 1));
  }

  private rrule(bound: DateBound, lead?: string): DeadlineRule {
    const start = this.index();
    const endLexeme = this.lx[this.endIndex - 1] as Lexeme;
    const raw = this.text.slice(start, endLexeme.end);
    let body = raw.toUpperCase();
    if (body.startsWith("RRULE:")) body = body.slice(6);
    const parts = body.split(";");
    let freq = false;
    const keys = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "BYYEARDAY", "BYWEEKNO", "BYHOUR", "BYMINUTE", "BYSECOND", "WKST"]);
    const freqs = new Set(["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY"]);
    for (const part of parts) {
      const eq = part.indexOf("=");
      const key = part.slice(0, eq);
      const value = part.slice(eq + 1);
      let valueOk = eq > 0 && value.length > 0;
      for (const ch of value) if (!((ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9") || ch === "," || ch === "+" || ch === "-")) valueOk = false;
      if (!valueOk || !keys.has(key) || (key === "FREQ" && !freqs.has(value))) {
        throw new PhraseParseError([issue("phrase_unrecognized_token", { text: this.text, index: start, token: raw, expected: ["FREQ=…;BYMONTHDAY=…"] })]);
      }
      if (key === "FREQ") freq = true;
    }
    if (!freq) throw new PhraseParseError([issue("phrase_unrecognized_token", { text: this.text, index: start, token: raw, expected: ["FREQ=…"] })]);
    this.p = this.endIndex;
    if (lead !== undefined && lead !== "trước") this.wording["lead"] = lead;
    return { kind: "rrule", rrule: body, bound };
  }

  // ---------------------------------------------------------------- dates

  /**
   * A time of day ahead: "16 giờ 30 ngày …", "16h30 ngày …", "16:30 ngày …"; with `bare` (after
   * "trước") also without a date: "trước 17 giờ", "trước 10 giờ ngày 15", "trước 17 giờ hằng ngày",
   * "trước 16 giờ thứ Năm hằng tuần".
   */
  private isTimeAhead(bare = false): boolean {
    if (!this.isNum()) return false;
    let k = 1;
    if (this.isSym(":", k) && this.isNum(k + 1)) k += 2;
    else if (this.isUnit("hour", k)) {
      k++;
      if (this.isNum(k)) {
        k++;
        if (this.isUnit("minute", k)) k++;
      }
    } else return false;
    if (this.isUnit("day", k) && this.isNum(k + 1)) return true;
    if (!bare || this.is("working", k)) return false;
    return this.atBoundary(k) || this.is("every", k) || this.is("ordinal", k) || this.is("sunday", k);
  }

  private time(): string {
    const h = this.next();
    let minutes = 0;
    if (this.isSym(":")) {
      this.next();
      minutes = this.next().value;
    } else {
      this.next(); // giờ / h
      if (this.isNum()) {
        minutes = this.next().value;
        if (this.isUnit("minute")) this.next();
      }
    }
    if (h.value > 24 || minutes > 59 || (h.value === 24 && minutes > 0)) this.contradiction(h.start, `giờ ${h.value}:${minutes} không tồn tại`, h.text);
    return `${String(h.value).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
  }

  private timed(leads: string[]): DeadlineRule {
    const time = this.time();
    const lead = join(leads);
    const setTimedLead = (): void => {
      if (lead !== "trước") this.wording["lead"] = lead;
      else delete this.wording["lead"];
    };
    if (this.isUnit("day")) {
      this.next();
      this.pendingRef = undefined;
      const groups = this.dateGroups("by", leads, true);
      const ref = this.pendingRef as DateRef | undefined;
      if (ref === undefined) {
        setTimedLead();
        return { kind: "fixed_date", dates: groups, bound: "by", time };
      }
      // "trước 10 giờ ngày 15": that day of every month (or of each quarter)
      const every = this.every();
      setTimedLead();
      if (ref.quarterMonth !== undefined) {
        this.expectFrequency(every, "quarterly", ref.start);
        return { kind: "recurring", frequency: "quarterly", month: ref.quarterMonth, day: ref.day, bound: "by", time };
      }
      this.expectFrequency(every, "monthly", ref.start);
      return { kind: "recurring", frequency: "monthly", day: ref.day, bound: "by", time };
    }
    if (this.is("ordinal") || this.is("sunday")) {
      const rule = this.weekly(leads, "by");
      setTimedLead();
      return { ...rule, time } as DeadlineRule;
    }
    const every = this.every() ?? this.presetEvery;
    if (every !== undefined) {
      if (every.frequency !== "daily") this.contradiction(every.start, `giờ trong ngày cần "hằng ngày", không phải "${FREQUENCY_WORDS[every.frequency]}"`);
      setTimedLead();
      return { kind: "recurring", frequency: "daily", bound: "by", time };
    }
    setTimedLead();
    return { kind: "same_day", nextWorkingDay: false, time };
  }

  /** One date: "14/11/2023", "14-11-2023", "14.11.2023", "14 tháng 11 năm 2023", "5/01", "25", "20 của tháng cuối quý", "cuối tháng". */
  private dateRef(): DateRef {
    const start = this.index();
    if (this.is("last")) {
      this.next();
      if (this.is("of")) this.next();
      if (!this.isUnit("month")) this.fail(["tháng"]);
      this.next();
      const qm = this.quarterMonthAhead();
      if (qm !== undefined) return { day: "last", quarterMonth: qm, start };
      return { day: "last", start };
    }
    if (!this.isNum()) this.fail([E.date, E.number]);
    const d = this.next();
    if (d.digits > 2 || d.value < 1 || d.value > 31) this.contradiction(d.start, `ngày ${d.text} không tồn tại`, d.text);
    for (const sep of ["/", "-", "."]) {
      if (this.isSym(sep) && this.isNum(1)) {
        this.next();
        const m = this.next();
        let year: number | undefined;
        if (this.isSym(sep) && this.isNum(1)) {
          this.next();
          year = this.yearOf(this.next());
        }
        return this.checkDate({ day: d.value, month: m.value, ...periodYear(year), start }, m);
      }
    }
    if (this.isUnit("month") && (this.isNum(1) || this.isNumberWordStart(1))) {
      this.next();
      const m = this.smallNumber([E.number]);
      let year: number | undefined;
      if (this.isUnit("year") && this.isNum(1)) {
        this.next();
        year = this.yearOf(this.next());
      }
      return this.checkDate({ day: d.value, month: m.value, ...periodYear(year), start }, undefined, m.start);
    }
    const qm = this.quarterMonthAhead(true);
    if (qm !== undefined) return { day: d.value, quarterMonth: qm, start };
    return { day: d.value, start };
  }

  /** "[của] tháng cuối|đầu|giữa quý" → 3|1|2 (consumed), else undefined (nothing consumed). */
  private quarterMonthAhead(withMonthWord = false): number | undefined {
    let k = 0;
    if (withMonthWord) {
      if (this.is("of", k)) k++;
      if (!this.isUnit("month", k)) return undefined;
      k++;
    }
    const which = this.is("last", k) ? 3 : this.is("first", k) ? 1 : this.is("mid", k) ? 2 : undefined;
    if (which === undefined || !this.isUnit("quarter", k + 1)) return undefined;
    this.p += k + 2;
    return which;
  }

  private yearOf(l: Lexeme): number {
    if (l.digits !== 4 || l.value < MIN_YEAR || l.value > MAX_YEAR) this.contradiction(l.start, `năm ${l.text} nằm ngoài ${MIN_YEAR}–${MAX_YEAR}`, l.text);
    return l.value;
  }

  private checkDate(ref: DateRef, monthLexeme?: Lexeme, monthAt?: number): DateRef {
    const month = ref.month as number;
    if (month < 1 || month > 12) this.contradiction(monthLexeme?.start ?? monthAt ?? ref.start, `tháng ${month} không tồn tại`, monthLexeme?.text ?? "");
    const day = ref.day as number;
    const max = month === 2 ? (ref.year === undefined || (ref.year % 4 === 0 && (ref.year % 100 !== 0 || ref.year % 400 === 0)) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    if (day > max) this.contradiction(ref.start, `ngày ${day}/${month}${ref.year === undefined ? "" : `/${ref.year}`} không tồn tại`);
    return ref;
  }

  private optionalYearNumber(): number | undefined {
    if ((this.isSym("/") || this.isSym("-")) && this.isNum(1)) {
      this.next();
      return this.yearOf(this.next());
    }
    if (this.isUnit("year") && this.isNum(1)) {
      this.next();
      return this.yearOf(this.next());
    }
    if (this.isNum() && this.peek()?.digits === 4) return this.yearOf(this.next());
    return undefined;
  }

  /** Date groups: "03/3, 03/6, 03/9 năm 2024 (quý I, II, III), trước ngày 03/11/2024 (báo cáo năm)". */
  private dateGroups(bound: DateBound, leads: readonly string[], timed: boolean): DateSpec[] {
    const dates: DateSpec[] = [];
    for (;;) {
      const group: DateRef[] = [this.dateRef()];
      while ((this.isSym(",") || this.is("and")) && (this.isNum(1) || (this.isUnit("day", 1) && this.isNum(2)))) {
        this.next();
        if (this.isUnit("day")) this.next();
        group.push(this.dateRef());
      }
      let groupYear: number | undefined;
      if (this.isUnit("year") && this.isNum(1)) {
        this.next();
        const y = this.next();
        groupYear = this.yearOf(y);
      }
      for (const ref of group) {
        if (ref.month === undefined || typeof ref.day !== "number") {
          if (group.length > 1 || dates.length > 0) this.contradiction(ref.start, "một ngày trong danh sách thiếu tháng");
          void timed;
          this.pendingRef = ref;
          return dates;
        }
        const year = ref.year ?? groupYear;
        if (ref.year !== undefined && groupYear !== undefined && ref.year !== groupYear) this.contradiction(ref.start, `năm ${ref.year} khác năm ${groupYear}`);
        const spec = this.checkDate({ ...ref, ...periodYear(year) });
        dates.push({ ...(spec.year === undefined ? {} : { year: spec.year }), month: spec.month as number, day: spec.day as number });
      }
      if (this.isSym("(") && !this.is("except", 1)) {
        this.next();
        const label = this.parenText();
        this.wording[`label.${dates.length - 1}`] = label;
      }
      // another group: ", trước ngày …" with the same lead
      if (this.isSym(",") && !timed && this.groupContinues(bound, leads)) {
        this.next();
        for (let i = 0; i < leads.length; i++) this.next();
        if (this.isUnit("day")) this.next();
        continue;
      }
      return dates;
    }
  }

  private pendingRef: DateRef | undefined;

  /** After ",": the same lead words again, then "ngày" and a number. */
  private groupContinues(bound: DateBound, leads: readonly string[]): boolean {
    let k = 1;
    const words = leads;
    void bound;
    for (const w of words) {
      const l = this.peek(k);
      if (l === undefined || !l.entries.some((e) => e.canonical === w)) {
        // a different bound is a contradiction, not a new clause
        if (k === 1 && (this.is("before", 1) || this.is("lead", 1)) && ((this.isUnit("day", 2) && this.isNum(3)) || (this.is("before", 2) && this.isUnit("day", 3)))) {
          this.contradiction((this.peek(1) as Lexeme).start, "các nhóm ngày trong danh sách có cách tính khác nhau", (this.peek(1) as Lexeme).text);
        }
        return false;
      }
      k++;
    }
    if (words.length === 0) return this.isUnit("day", k) && this.isNum(k + 1);
    return (this.isUnit("day", k) && this.isNum(k + 1)) || this.isNum(k);
  }

  /** Free text up to the matching ")" (nesting allowed), consumed with it. */
  private parenText(): string {
    const first = this.p;
    let depth = 1;
    while (this.p < this.lx.length) {
      const l = this.lx[this.p] as Lexeme;
      if (l.type === "punct" && l.sym === "(") depth++;
      if (l.type === "punct" && l.sym === ")") {
        depth--;
        if (depth === 0) break;
      }
      this.p++;
    }
    if (this.p >= this.lx.length) {
      this.p = this.lx.length;
      this.fail([")"]);
    }
    if (this.p === first) this.fail(["…"]);
    const a = this.lx[first] as Lexeme;
    const b = this.lx[this.p - 1] as Lexeme;
    this.p++;
    return collapseSpaces(this.text.slice(a.start, b.end));
  }

  /** "trước ngày 14/11/2023", "ngày 10 hàng tháng", "trước ngày 5/01 hằng năm", "trước ngày 20 của tháng cuối quý". */
  private dates(leadWords: string[], bound: DateBound): DeadlineRule {
    if (this.isUnit("day") && (this.periodDayAhead(1) || (this.is("ordinal", 1) && this.isNumberWordOrNum(2)))) return this.periodDay(leadWords, bound);
    if (this.isUnit("day")) this.next();
    this.pendingRef = undefined;
    const dates = this.dateGroups(bound, leadWords, false);
    const lead = join(leadWords);
    const ref = this.pendingRef as DateRef | undefined;
    // "trước ngày 31/01 của năm sau", "ngày 15 tháng 12 của năm trước liền kề"
    const first = dates[0] as DateSpec | undefined;
    const yearOffset = ref === undefined && dates.length === 1 && first?.year === undefined ? this.offsetAhead("year", true) : undefined;
    if (yearOffset !== undefined && first !== undefined) {
      this.base();
      const every = this.every();
      this.expectFrequency(every, "yearly", this.index());
      if (lead !== (bound === "before" ? "trước" : "")) this.wording["lead"] = lead;
      const rule: RecurringRule = { kind: "recurring", frequency: "yearly", month: first.month, day: first.day, bound, offset: yearOffset.offset };
      const at = `ngày ${formatDateSpec(first)} ${yearOffset.words}`;
      if (at !== canonicalAt(rule)) this.wording["at"] = at;
      return rule;
    }
    const every = this.every();
    if (ref === undefined && every === undefined && this.presetEvery === undefined) {
      if (lead !== (bound === "before" ? "trước" : "chậm nhất")) this.wording["lead"] = lead;
      return { kind: "fixed_date", dates, bound };
    }
    if (lead !== (bound === "before" ? "trước" : "")) this.wording["lead"] = lead;
    // recurring: a bracket after the date is a remark, not a list label
    const label = this.wording["label.0"];
    if (label !== undefined) {
      delete this.wording["label.0"];
      this.wording["remark"] = label;
    }
    const at = every?.start ?? this.index();
    if (ref !== undefined) {
      if (ref.quarterMonth !== undefined) {
        this.expectFrequency(every, "quarterly", at);
        return { kind: "recurring", frequency: "quarterly", month: ref.quarterMonth, day: ref.day, bound };
      }
      this.expectFrequency(every, "monthly", at);
      return { kind: "recurring", frequency: "monthly", day: ref.day, bound };
    }
    const only = dates[0] as DateSpec;
    // "định kỳ 6 tháng, trước ngày 15/6 và 15/12": the same day of the same month of each period
    const given = (every ?? this.presetEvery)?.frequency;
    if (given === "half_yearly" || given === "quarterly") {
      const span = given === "half_yearly" ? 6 : 3;
      const month = ((only.month - 1) % span) + 1;
      for (const x of dates) {
        if (x.year !== undefined) this.contradiction(at, `ngày có năm ${x.year} không thể lặp lại`);
        if (((x.month - 1) % span) + 1 !== month || x.day !== only.day) this.contradiction(at, `các ngày không cùng vị trí trong mỗi kỳ (${FREQUENCY_WORDS[given]})`);
      }
      if (only.day > 28 || dates.length > 12 / span) this.contradiction(at, "ngày không có trong mọi kỳ");
      return { kind: "recurring", frequency: given, month, day: only.day, bound };
    }
    if (dates.length > 1) this.contradiction(at, "một danh sách ngày không thể lặp lại hằng năm");
    if (only.year !== undefined) this.contradiction(at, `ngày có năm ${only.year} không thể lặp lại`);
    this.expectFrequency(every, "yearly", at);
    return { kind: "recurring", frequency: "yearly", month: only.month, day: only.day, bound };
  }

  /** Checks (and records) the every-clause: trailing, or preset by an every-first clause. */
  private expectFrequency(every: EveryInfo | undefined, frequency: Frequency, at: number): void {
    const given = every ?? this.presetEvery;
    if (given === undefined) return;
    if (given.frequency !== frequency) this.contradiction(given.start, `"${FREQUENCY_WORDS[given.frequency]}" không khớp với ngày đã nêu (cần ${FREQUENCY_WORDS[frequency]})`);
    void at;
  }

  /** "hằng tháng", "hàng năm", "hằng quý", "hằng tuần", "hằng ngày" (consumed) or undefined. */
  private every(): EveryInfo | undefined {
    if (!this.is("every")) return undefined;
    const start = this.index();
    const l = this.peek() as Lexeme;
    const forms = l.entries.filter((e) => e.kind === "every").map((e) => e.form);
    const variant = forms.includes("hằng") ? undefined : forms[0];
    const unit = this.unitValue(1);
    const frequency: Frequency | undefined =
      unit === "day" ? "daily" : unit === "week" ? "weekly" : unit === "month" ? "monthly" : unit === "quarter" ? "quarterly" : unit === "year" ? "yearly" : undefined;
    if (frequency === undefined) {
      this.next();
      this.fail(["ngày", "tuần", "tháng", "quý", "năm"]);
    }
    if (this.presetEvery !== undefined && this.presetEvery.frequency !== frequency) {
      this.contradiction(start, `"${FREQUENCY_WORDS[this.presetEvery.frequency]}" và "${FREQUENCY_WORDS[frequency]}" mâu thuẫn`);
    }
    this.next();
    this.next();
    if (variant !== undefined) this.wording["every"] = variant;
    return { frequency, ...(variant === undefined ? {} : { variant }), start };
  }

  /** "định kỳ hằng quý, trước ngày 20 …", "hằng tháng", "định kỳ 6 tháng"; undefined when "định kỳ" starts a dated clause. */
  private everyFirst(): DeadlineRule | undefined {
    if (this.is("periodic")) {
      // "định kỳ 6 tháng" (half-yearly)
      if (this.isNum(1) && (this.peek(1) as Lexeme).value === 6 && this.isUnit("month", 2)) {
        const start = this.index();
        this.next();
        this.next();
        this.next();
        if (this.isSym(",") && !this.atEnd(1) && !this.is("except", 1) && !this.is("but", 1) && !this.is("or", 1) && !this.is("scope", 1)) {
          this.next();
          this.presetEvery = { frequency: "half_yearly", start };
          const leads: string[] = [];
          while (this.is("lead") || this.is("la") || this.is("at")) {
            leads.push(((this.entry("lead") ?? this.entry("la") ?? this.entry("at")) as CompiledEntry).canonical);
            this.next();
          }
          const rule = this.main(leads);
          if (rule.kind !== "recurring" || rule.frequency !== "half_yearly") this.contradiction(start, "mệnh đề định kỳ 6 tháng cần ngày của mỗi kỳ");
          return rule;
        }
        return { kind: "recurring", frequency: "half_yearly", bound: "within" };
      }
      this.next();
      this.wording["periodic"] = "định kỳ";
      if (!this.is("every")) return undefined;
    }
    const every = this.every() as EveryInfo;
    if (this.isSym(",") && !this.atEnd(1) && !this.is("except", 1) && !this.is("but", 1) && !this.is("or", 1)) this.next();
    else if (this.atBoundary()) return { kind: "recurring", frequency: every.frequency, bound: "within" };
    this.wording["order"] = "every_first";
    this.presetEvery = every;
    const leads: string[] = [];
    while (this.is("lead") || this.is("la") || this.is("at")) {
      leads.push(((this.entry("lead") ?? this.entry("la") ?? this.entry("at")) as CompiledEntry).canonical);
      this.next();
    }
    const rule = this.main(leads);
    if (rule.kind !== "recurring") this.contradiction(every.start, "mệnh đề định kỳ cần một ngày hoặc một tháng lặp lại");
    if (rule.bound === "within" && rule.month === undefined) {
      // "hằng tháng, trong tháng": nothing follows the every-clause but the period itself
      delete this.wording["order"];
      delete this.wording["lead"];
    }
    return rule;
  }

  private weekly(leads: string[], bound: DateBound): DeadlineRule {
    const start = this.index();
    let weekday: Weekday;
    if (this.is("sunday")) {
      this.next();
      weekday = 7;
    } else {
      this.next(); // thứ
      const expected = ["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "2 … 7"];
      const l = this.peek();
      const word = l?.entries.find((e) => e.kind === "numword" && (e.role === "digit" || e.role === "unit_only"));
      const value = l?.type === "number" ? l.value : word !== undefined ? (word.value as number) : this.fail(expected);
      if (value < 2 || value > 7) this.contradiction((l as Lexeme).start, `không có "thứ ${(l as Lexeme).text}"`, (l as Lexeme).text);
      this.next();
      weekday = (value - 1) as Weekday;
    }
    const every = this.every();
    this.expectFrequency(every, "weekly", start);
    const lead = join(leads);
    if (lead !== (bound === "before" ? "trước" : "")) this.wording["lead"] = lead;
    return { kind: "recurring", frequency: "weekly", weekday, bound };
  }

  private lastOfMonth(leads: string[], bound: DateBound): DeadlineRule {
    const start = this.index();
    this.next(); // cuối
    this.next(); // tháng
    const every = this.every();
    this.expectFrequency(every, "monthly", start);
    const lead = join(leads);
    if (lead !== (bound === "before" ? "trước" : "")) this.wording["lead"] = lead;
    return { kind: "recurring", frequency: "monthly", day: "last", bound };
  }

  // ---------------------------------------------------------------- days relative to a period

  private isNumberWordOrNum(k: number): boolean {
    return this.isNum(k) || this.isNumberWordStart(k);
  }

  /** Whether "next" or "previous" stands at `k`: "tiếp theo", "kế tiếp", "sau" (not "sau khi", "sau ngày"), "trước". */
  private offsetWordAt(k: number, previous: boolean): boolean {
    if (this.is("next", k)) return true;
    if (this.entry("from", k)?.canonical === "sau") return !this.is("when", k + 1) && !this.isUnit("day", k + 1) && !this.isNumberStart(k + 1);
    return previous && this.is("before", k) && !this.is("term", k + 1) && !this.is("report", k + 1) && !this.isUnit("day", k + 1) && !this.isNumberStart(k + 1);
  }

  /**
   * "[của] <unit> tiếp theo|kế tiếp|sau|trước [liền kề]" at the current position, consumed: the
   * offset and the words as written (canonical spelling), or undefined (nothing consumed).
   */
  private offsetAhead(unit: "month" | "quarter" | "year", withOf: boolean): { offset: number; words: string } | undefined {
    let k = 0;
    const words: string[] = [];
    if (withOf && this.is("of")) {
      k++;
      words.push("của");
    }
    if (!this.isUnit(unit, k) || !this.offsetWordAt(k + 1, true)) return undefined;
    words.push(unit === "month" ? "tháng" : unit === "quarter" ? "quý" : "năm");
    this.p += k + 1;
    return { ...this.offsetWord(), words: `${words.join(" ")} ${this.lastOffsetWords}` };
  }

  private lastOffsetWords = "";

  /** Consumes "tiếp theo|kế tiếp|sau|trước [liền kề]" (checked by {@link offsetWordAt}). */
  private offsetWord(): { offset: number } {
    const words: string[] = [];
    let offset = 1;
    const next = this.entry("next");
    if (next !== undefined) words.push(next.form);
    else if (this.is("before")) {
      words.push("trước");
      offset = -1;
    } else words.push("sau");
    this.next();
    if (this.is("adjacent")) {
      this.next();
      words.push("liền kề");
    }
    this.lastOffsetWords = words.join(" ");
    return { offset };
  }

  /**
   * After "ngày" (at `k`): a day relative to a period that the date grammar does not cover —
   * "20 của tháng tiếp theo", "cuối cùng của tháng đầu của quý tiếp theo", "25 của tháng cuối kỳ báo
   * cáo", "30 của quý tiếp theo", "05 tháng sau" (bounded lookahead).
   */
  private periodDayAhead(k: number): boolean {
    if (this.isNum(k) || this.is("last", k)) k++;
    else return false;
    if (this.is("of", k)) k++;
    if (this.isUnit("quarter", k)) return this.offsetWordAt(k + 1, false);
    if (!this.isUnit("month", k)) return false;
    k++;
    if (this.offsetWordAt(k, true)) return true;
    if (this.is("ordinal", k)) return this.isNumberWordOrNum(k + 1);
    if (this.is("last", k) && (this.is("term", k + 1) || (this.is("of", k + 1) && this.is("term", k + 2)))) return true;
    if (!this.is("first", k) && !this.is("last", k)) return false;
    k++;
    if (this.is("of", k)) return true;
    if (this.isUnit("quarter", k)) return this.offsetWordAt(k + 1, false);
    return this.isUnit("year", k);
  }

  /**
   * A day named relative to a period (Luật Quản lý thuế 2019 Đ.44; NĐ 09/2019 Đ.13):
   * - "ngày thứ 20 của tháng tiếp theo [tháng phát sinh …]" → monthly, day 20, offset 1;
   * - "ngày cuối cùng của tháng đầu (tiên) của quý tiếp theo" → quarterly, month 1, last day, offset 1;
   * - "ngày thứ 30 của quý tiếp theo" → quarterly, month 1, day 30, offset 1;
   * - "ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch" → yearly, month 3, last day, offset 1;
   * - "ngày thứ 30 của tháng đầu tiên của năm dương lịch" → yearly, month 1, day 30;
   * - "ngày 25 của tháng cuối kỳ báo cáo" → the frequency of the every-clause ("định kỳ hằng quý, …");
   * - "ngày thứ 10 kể từ ngày phát sinh …" → relative, 10 days.
   */
  private periodDay(leads: string[], bound: DateBound): DeadlineRule {
    const start = this.index();
    this.next(); // ngày
    const at: string[] = ["ngày"];
    let day: number | "last";
    if (this.is("ordinal")) {
      this.next();
      const n = this.onlyNumbers(() => this.smallNumber([E.number]));
      at.push("thứ", String(n.value));
      if (this.is("from") || (this.isSym(",") && this.is("from", 1))) {
        // "ngày thứ 10 kể từ ngày …" = 10 days from that day
        if (n.value < 1 || n.value > MAX_AMOUNT) this.contradiction(n.start, `số lượng ${n.value} không hợp lệ`);
        const rule = this.connectorAndAnchor(n.value, "day", leads);
        this.wording["ordinal"] = "ngày thứ";
        return rule;
      }
      day = n.value;
    } else if (this.is("last")) {
      this.next();
      at.push("cuối cùng");
      day = "last";
    } else {
      const l = this.next();
      day = l.value;
      at.push(String(l.value));
    }
    if (typeof day === "number" && (day < 1 || day > 31)) this.contradiction(start, `ngày ${day} không tồn tại`);
    if (!this.is("of") && !this.isUnit("month") && !this.isUnit("quarter")) this.fail(["kể từ", "của tháng …", "của quý …"]);
    if (this.is("of")) {
      this.next();
      at.push("của");
    }
    let frequency: Frequency;
    let month: number | undefined;
    let offset: number | undefined;
    if (this.isUnit("quarter")) {
      // "ngày thứ 30 của quý tiếp theo": the 30th day of the quarter
      this.next();
      at.push("quý");
      offset = this.offsetWord().offset;
      at.push(this.lastOffsetWords);
      frequency = "quarterly";
      month = 1;
    } else {
      if (!this.isUnit("month")) this.fail(["tháng", "quý"]);
      this.next(); // tháng
      at.push("tháng");
      if (this.offsetWordAt(0, true)) {
        offset = this.offsetWord().offset;
        at.push(this.lastOffsetWords);
        frequency = "monthly";
      } else if (this.is("last") && (this.is("term", 1) || (this.is("of", 1) && this.is("term", 2)))) {
        // "ngày 25 của tháng cuối kỳ báo cáo" (NĐ 09/2019 Đ.13.1): the period comes from the every-clause
        this.next();
        if (this.is("of")) this.next();
        this.next(); // kỳ
        if (!this.is("report")) this.fail(["báo cáo"]);
        this.next();
        at.push("cuối kỳ báo cáo");
        const every = this.every();
        const given = (every ?? this.presetEvery)?.frequency;
        if (given === undefined || given === "daily" || given === "weekly") {
          throw new PhraseParseError([
            issue("phrase_period_unspecified", { text: this.text, index: start, token: this.text.slice(start, this.index()).trim(), expected: ["định kỳ hằng tháng", "hằng quý", "định kỳ 6 tháng", "hằng năm"] }),
          ]);
        }
        const lastMonth = given === "quarterly" ? 3 : given === "half_yearly" ? 6 : given === "yearly" ? 12 : undefined;
        this.wording["at"] = join(at);
        this.setRecurringLead(leads, bound);
        return { kind: "recurring", frequency: given, ...(lastMonth === undefined ? {} : { month: lastMonth }), day, bound };
      } else {
        // the month within a quarter or a year: "đầu", "đầu tiên", "cuối", "thứ 3"
        if (this.is("ordinal")) {
          this.next();
          const m = this.smallNumber([E.number]);
          at.push("thứ", String(m.value));
          month = m.value;
        } else {
          const e = this.entry("first") ?? this.entry("last") ?? this.fail(["tiếp theo", "sau", "đầu", "cuối", "thứ …", "cuối kỳ báo cáo"]);
          at.push(e.form);
          month = e.kind === "first" ? 1 : 0;
          this.next();
        }
        if (this.is("from") && this.is("end", this.isUnit("day", 1) ? 2 : 1)) {
          // "tháng thứ 3 kể từ ngày kết thúc năm dương lịch": months of the following year
          const connector = (this.entry("from") as CompiledEntry).canonical;
          this.next();
          at.push(connector);
          if (this.isUnit("day")) {
            this.next();
            at.push("ngày");
          }
          this.next();
          at.push("kết thúc");
          if (!this.isUnit("year") && !this.isUnit("quarter")) this.fail(["năm", "quý"]);
          frequency = this.isUnit("year") ? "yearly" : "quarterly";
          at.push(frequency === "yearly" ? "năm" : "quý");
          this.next();
          if (this.is("calendar")) {
            this.next();
            at.push("dương lịch");
          }
          offset = 1;
        } else {
          if (this.is("of")) {
            this.next();
            at.push("của");
          }
          if (this.isUnit("quarter")) frequency = "quarterly";
          else if (this.isUnit("year")) frequency = "yearly";
          else return this.fail(["quý", "năm"]);
          this.next();
          at.push(frequency === "quarterly" ? "quý" : "năm");
          if (frequency === "yearly" && this.is("calendar")) {
            this.next();
            at.push("dương lịch");
          }
          if (this.offsetWordAt(0, true)) {
            offset = this.offsetWord().offset;
            at.push(this.lastOffsetWords);
          }
        }
        const span = frequency === "quarterly" ? 3 : 12;
        if (month === 0) month = span;
        if (month < 1 || month > span) this.contradiction(start, `tháng thứ ${month} không có trong ${frequency === "quarterly" ? "quý" : "năm"}`);
      }
    }
    this.base();
    const every = this.every();
    this.expectFrequency(every, frequency, start);
    this.setRecurringLead(leads, bound);
    const rule: RecurringRule = {
      kind: "recurring",
      frequency,
      ...(month === undefined ? {} : { month }),
      day,
      bound,
      ...(offset === undefined ? {} : { offset }),
    };
    const written = join(at);
    if (written !== canonicalAt(rule)) this.wording["at"] = written;
    return rule;
  }

  private setRecurringLead(leads: readonly string[], bound: DateBound): void {
    const lead = join(leads);
    if (lead !== (bound === "before" ? "trước" : "")) this.wording["lead"] = lead;
  }

  /** The period the offset counts from, as written ("tháng phát sinh nghĩa vụ thuế"), kept in `wording.base`. */
  private base(): void {
    if (this.atBoundary() || this.isSym(",") || this.is("every") || this.is("except")) return;
    this.wording["base"] = this.freeText(["…"]);
  }

  // ---------------------------------------------------------------- periods

  /** "tháng tiếp theo", "quý sau", "năm sau", "tháng trước" (whole periods): recurring, offset, bound within. */
  private offsetPeriod(leads: readonly string[], frequency: "monthly" | "quarterly" | "yearly", start: number): DeadlineRule {
    const { offset } = this.offsetWord();
    const written = this.lastOffsetWords;
    this.base();
    const every = this.every();
    this.expectFrequency(every, frequency, start);
    this.setLead(leads, "trong");
    if (written !== (offset === 1 ? "tiếp theo" : "trước")) this.wording["next"] = written;
    return { kind: "recurring", frequency, bound: "within", offset };
  }

  private monthPeriod(leads: string[]): DeadlineRule {
    const start = this.index();
    this.next(); // tháng
    if (this.offsetWordAt(0, true)) return this.offsetPeriod(leads, "monthly", start);
    const qm = this.quarterMonthAhead();
    if (qm !== undefined) {
      const every = this.every();
      this.expectFrequency(every, "quarterly", start);
      this.setLead(leads, "trong");
      return { kind: "recurring", frequency: "quarterly", month: qm, bound: "within" };
    }
    if (this.isNum() || this.isNumberWordStart(0)) {
      const m = this.smallNumber([E.number]);
      if (m.value < 1 || m.value > 12) this.contradiction(m.start, `tháng ${m.value} không tồn tại`);
      const year = this.optionalYearNumber();
      const every = this.every();
      if (every !== undefined || this.presetEvery !== undefined) {
        if (year !== undefined) this.contradiction(start, `tháng có năm ${year} không thể lặp lại`);
        this.expectFrequency(every, "yearly", start);
        this.setLead(leads, "trong");
        return { kind: "recurring", frequency: "yearly", month: m.value, bound: "within" };
      }
      this.setLead(leads, "trong");
      return { kind: "period", period: { unit: "month", month: m.value, ...periodYear(year) } };
    }
    const every = this.every();
    this.expectFrequency(every, "monthly", start);
    return { kind: "recurring", frequency: "monthly", bound: "within" };
  }

  private quarterPeriod(leads: string[]): DeadlineRule {
    const start = this.index();
    this.next(); // quý
    if (this.offsetWordAt(0, true)) return this.offsetPeriod(leads, "quarterly", start);
    let quarter: number | undefined;
    if (this.is("roman")) quarter = (this.next().entries.find((e) => e.kind === "roman") as CompiledEntry).value as number;
    else if (this.isNum() || this.isNumberWordStart(0)) {
      const q = this.smallNumber([E.number]);
      if (q.value < 1 || q.value > 4) this.contradiction(q.start, `quý ${q.value} không tồn tại`);
      quarter = q.value;
    }
    if (quarter === undefined) {
      const every = this.every();
      this.expectFrequency(every, "quarterly", start);
      return { kind: "recurring", frequency: "quarterly", bound: "within" };
    }
    const year = this.optionalYearNumber();
    this.setLead(leads, "trong");
    return { kind: "period", period: { unit: "quarter", quarter, ...periodYear(year) } };
  }

  private yearPeriod(leads: string[]): DeadlineRule {
    const start = this.index();
    this.next(); // năm
    if (this.offsetWordAt(0, true)) return this.offsetPeriod(leads, "yearly", start);
    const year = this.isNum() ? this.yearOf(this.next()) : undefined;
    this.setLead(leads, "trong");
    return { kind: "period", period: { unit: "year", ...periodYear(year) } };
  }

  /** "cuối tháng", "cuối tháng 3/2024", "cuối quý I", "cuối năm", "giữa năm", "giữa tháng", "đầu tháng". */
  private point(leads: string[]): DeadlineRule {
    const which = this.is("last") ? "cuối" : this.is("mid") ? "giữa" : "đầu";
    const start = this.index();
    this.next();
    const words = [...leads, which];
    if (this.isUnit("month")) {
      if (which === "cuối" && (this.isNum(1) || this.isNumberWordStart(1))) return this.monthPeriod(words);
      this.next();
      const every = this.every();
      this.expectFrequency(every, "monthly", start);
      const lead = join(leads);
      if (lead !== "") this.wording["lead"] = lead;
      if (which !== "cuối") this.wording["day"] = `${which} tháng`;
      return { kind: "recurring", frequency: "monthly", day: which === "cuối" ? "last" : which === "giữa" ? 15 : 1, bound: "by" };
    }
    if (this.isUnit("quarter") && which === "cuối") {
      if (this.is("roman", 1) || this.isNum(1)) return this.quarterPeriod(words);
      this.next();
      const every = this.every();
      this.expectFrequency(every, "quarterly", start);
      const lead = join(leads);
      if (lead !== "") this.wording["lead"] = lead;
      return { kind: "recurring", frequency: "quarterly", month: 3, day: "last", bound: "by" };
    }
    if (this.isUnit("year") && which === "cuối") return this.yearPeriod(words);
    if (this.isUnit("year") && which === "đầu") {
      // "đầu năm" = 1 January (BLDS Đ.146.3.a)
      this.next();
      const year = this.isNum() ? this.yearOf(this.next()) : undefined;
      if (leads.length > 0) this.wording["lead"] = join(leads);
      this.wording["day"] = "đầu năm";
      return { kind: "fixed_date", dates: [{ ...periodYear(year), month: 1, day: 1 }], bound: "by" };
    }
    if (this.isUnit("year") && which === "giữa") {
      this.next();
      const year = this.isNum() ? this.yearOf(this.next()) : undefined;
      this.setLead(words, "trong");
      return { kind: "period", period: { unit: "half_year", half: 1, ...periodYear(year) } };
    }
    return this.fail(which === "cuối" ? ["tháng", "quý", "năm"] : which === "giữa" ? ["tháng", "năm"] : ["tháng", "năm"]);
  }

  // ---------------------------------------------------------------- reporting windows

  /**
   * "từ ngày 15 tháng trước đến ngày 14 tháng báo cáo" (NĐ 09/2019 Đ.12) and dated windows
   * "từ ngày 20/6/2024 đến ngày 19/7/2024".
   */
  private window(): DeadlineRule {
    const lead = (this.entry("from") as CompiledEntry).canonical;
    this.next();
    this.next(); // ngày
    const from = this.dateRef();
    type FromKind = "prev_month" | "dec_prev_year" | "dated";
    let fromKind: FromKind;
    if (from.month === undefined && typeof from.day === "number" && from.quarterMonth === undefined) {
      if (this.is("of")) this.next();
      if (!this.isUnit("month")) this.fail(["tháng trước"]);
      this.next();
      if (!this.is("before")) this.fail(["trước"]);
      this.next();
      this.termReport(false);
      fromKind = "prev_month";
    } else if (from.month === 12 && from.year === undefined && this.isUnit("year") && this.is("before", 1)) {
      this.next();
      this.next();
      this.termReport(false);
      fromKind = "dec_prev_year";
    } else if (from.month !== undefined) fromKind = "dated";
    else return this.fail(["tháng trước", E.date]);
    if (!this.is("to")) this.fail(["đến", "tới"]);
    this.next();
    if (this.isUnit("day")) this.next();
    const toAt = this.index();
    const to = this.dateRef();
    if (fromKind === "dated") {
      if (to.month === undefined || typeof to.day !== "number") this.contradiction(toAt, "ngày kết thúc thiếu tháng");
      if (lead !== "từ") this.wording["lead"] = lead;
      const f = from as DateRef & { month: number; day: number };
      this.wording["from"] = formatDateSpec({ ...(f.year === undefined ? {} : { year: f.year }), month: f.month, day: f.day });
      return { kind: "fixed_date", dates: [{ ...(to.year === undefined ? {} : { year: to.year }), month: to.month as number, day: to.day as number }], bound: "by" };
    }
    let frequency: ReportingFrequency;
    if (to.quarterMonth === 3) {
      this.termReport(true);
      frequency = "quarterly";
    } else if (fromKind === "dec_prev_year") {
      if (to.month !== 12) this.contradiction(toAt, "kỳ báo cáo năm kết thúc vào tháng 12");
      if (this.is("of") || this.is("belong")) this.next();
      if (this.isUnit("year")) this.next();
      this.termReport(true);
      frequency = "yearly";
    } else {
      if (to.month !== undefined) this.contradiction(toAt, "ngày kết thúc phải thuộc tháng của kỳ báo cáo");
      if (this.is("of")) this.next();
      if (!this.isUnit("month")) this.fail(["tháng báo cáo", "tháng cuối quý", "tháng thứ sáu"]);
      this.next();
      if (this.is("ordinal") && this.hasRole("digit", 1)?.value === 6) {
        this.next();
        this.next();
        this.termReport(true);
        frequency = "half_yearly";
      } else {
        if (this.is("belong")) this.next();
        this.termReport(true);
        frequency = "monthly";
      }
    }
    if (lead !== "từ") this.wording["lead"] = lead;
    return { kind: "reporting_window", frequency, fromDay: from.day as number, toDay: to.day as number };
  }

  /** "[thuộc] [kỳ] báo cáo" (required when `required`). */
  private termReport(required: boolean): void {
    if (this.is("belong")) this.next();
    if (this.is("term")) {
      this.next();
      if (!this.is("report")) this.fail(["báo cáo"]);
      this.next();
      return;
    }
    if (this.is("report")) {
      this.next();
      return;
    }
    if (required) this.fail(["kỳ báo cáo", "báo cáo"]);
  }

  // ---------------------------------------------------------------- tail clauses

  private tail(rule: DeadlineRule): DeadlineRule {
    let cap: Duration | undefined = rule.cap;
    const except: UrgencyException[] = [];
    const remarks: string[] = this.wording["remark"] === undefined ? [] : [this.wording["remark"]];
    for (;;) {
      if (this.atEnd()) break;
      if (this.isSym("(") && this.is("except", 1)) {
        this.next();
        except.push(...this.exceptClause());
        if (!this.isSym(")")) this.fail([")"]);
        this.next();
        continue;
      }
      if ((this.isSym(",") || this.isSym(";")) && this.is("except", 1)) {
        this.next();
        except.push(...this.exceptClause());
        continue;
      }
      if (this.is("except")) {
        except.push(...this.exceptClause());
        continue;
      }
      if ((this.is("but") || (this.isSym(",") && this.is("but", 1))) && cap === undefined && this.wording["undated"] === undefined) {
        if (this.isSym(",")) this.next();
        this.next();
        const leads = this.leadWords();
        if (leads.length === 0) this.fail(["không quá", "không được quá", "tối đa"]);
        const amount = this.amount();
        const unit = this.durationUnit();
        cap = { amount, unit: unit.unit };
        const capLead = `nhưng ${join(leads)}`;
        if (capLead !== "nhưng không quá") this.wording["capLead"] = capLead;
        continue;
      }
      if ((this.is("scope") || (this.isSym(",") && this.is("scope", 1))) && this.wording["scope"] === undefined) {
        if (this.isSym(",")) this.next();
        this.next();
        this.wording["scope"] = this.freeText(["…"]);
        continue;
      }
      if ((this.is("or") || (this.isSym(",") && this.is("or", 1))) && this.wording["alternative"] === undefined) {
        if (this.isSym(",")) this.next();
        this.next();
        if (!this.is("per")) this.fail(["theo …"]);
        this.wording["alternative"] = this.freeText(["theo …"]);
        continue;
      }
      if (this.isSym("(")) {
        this.next();
        remarks.push(this.parenText());
        continue;
      }
      this.fail(E.tail);
    }
    if (remarks.length > 0) this.wording["remark"] = remarks.join(") (");
    return {
      ...rule,
      ...(cap === undefined ? {} : { cap }),
      ...(except.length === 0 && rule.except === undefined ? {} : { except: [...(rule.except ?? []), ...except] }),
    } as DeadlineRule;
  }

  /** "trừ trường hợp hỏa tốc trong 24h", "trừ trường hợp khẩn, hỏa tốc". */
  private exceptClause(): UrgencyException[] {
    this.next(); // trừ
    if (this.is("case")) this.next();
    const levels: UrgencyLevel[] = [];
    if (!this.is("urgency")) this.fail(["hỏa tốc", "thượng khẩn", "khẩn"]);
    levels.push((this.entry("urgency") as CompiledEntry).value as UrgencyLevel);
    this.next();
    while ((this.isSym(",") || this.is("and") || this.is("or") || this.isSym("/")) && this.is("urgency", 1)) {
      this.next();
      levels.push((this.entry("urgency") as CompiledEntry).value as UrgencyLevel);
      this.next();
    }
    let rule: DeadlineRule | undefined;
    if (this.is("lead") || this.isNumberStart() || (this.is("immediately") && this.is("lead", 1))) {
      const sub = new PhraseParser(this.text, { lexemes: this.lx, position: this.p, endIndex: this.endIndex });
      rule = sub.subRule();
      this.p = sub.position();
    }
    return levels.map((urgency) => ({ urgency, ...(rule === undefined ? {} : { rule }) }));
  }

  /** @internal */
  position(): number {
    return this.p;
  }

  /** A nested rule inside an exception: relative ("trong 24h") or same day ("trong ngày"). */
  subRule(): DeadlineRule {
    const leads: string[] = [];
    if (this.is("immediately")) {
      this.next();
      leads.push("ngay");
    }
    while (this.is("lead") || this.is("la")) {
      leads.push(((this.entry("lead") ?? this.entry("la")) as CompiledEntry).canonical);
      this.next();
    }
    const last = leads[leads.length - 1];
    let rule: DeadlineRule;
    if (this.isUnit("day") && (last === "trong" || last === "trong vòng") && !this.isNum(1)) rule = this.sameDay(leads);
    else if (this.isNumberStart()) rule = this.amountRule(leads);
    else return this.fail([E.number, "ngày"]);
    if (rule.kind !== "relative" && rule.kind !== "same_day") this.fail([E.number]);
    return finalize(rule, this.wording);
  }
}

type ReportingFrequency = "monthly" | "quarterly" | "half_yearly" | "yearly";

/** Vietnamese frequency words, for messages and formatting. @internal */
export const FREQUENCY_WORDS: Readonly<Record<Frequency, string>> = {
  daily: "hằng ngày",
  weekly: "hằng tuần",
  monthly: "hằng tháng",
  quarterly: "hằng quý",
  half_yearly: "định kỳ 6 tháng",
  yearly: "hằng năm",
};

/**
 * The canonical wording of a day relative to the next or previous period (offset ±1), as
 * `formatDeadline` writes it without `wording.at`; undefined for other rules.
 * - monthly → "ngày 20 của tháng tiếp theo"; quarterly → "ngày cuối cùng của tháng đầu của quý tiếp theo";
 * - yearly → "ngày 31/01 của năm tiếp theo", "ngày cuối cùng của tháng thứ 3 của năm trước".
 * @internal
 */
export function canonicalAt(rule: RecurringRule): string | undefined {
  if ((rule.offset !== 1 && rule.offset !== -1) || rule.day === undefined || rule.bound === "within") return undefined;
  const off = rule.offset === 1 ? "tiếp theo" : "trước";
  const d = rule.day === "last" ? "cuối cùng" : String(rule.day);
  switch (rule.frequency) {
    case "monthly":
      return `ngày ${d} của tháng ${off}`;
    case "quarterly": {
      const m = rule.month ?? 1;
      return `ngày ${d} của tháng ${m === 1 ? "đầu" : m === 3 ? "cuối" : `thứ ${m}`} của quý ${off}`;
    }
    case "yearly":
      if (rule.month === undefined) return undefined;
      if (rule.day === "last") return `ngày cuối cùng của tháng thứ ${rule.month} của năm ${off}`;
      return `ngày ${formatDateSpec({ month: rule.month, day: rule.day })} của năm ${off}`;
    default:
      return undefined;
  }
}

/** `dd/mm/yyyy` or `dd/mm`. @internal */
export function formatDateSpec(d: DateSpec): string {
  const dm = `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}`;
  return d.year === undefined ? dm : `${dm}/${d.year}`;
}

/**
 * Attaches the notes that follow from a rule's fields and wording, and the wording itself
 * (keys sorted), and freezes the result.
 * @internal
 */
export function finalize(rule: DeadlineRule, wording: Readonly<Record<string, string>>): DeadlineRule {
  const keys = Object.keys(wording).sort();
  const w: Record<string, string> = {};
  for (const k of keys) w[k] = wording[k] as string;
  const notes = notesOf(rule, w);
  const { notes: _n, wording: _w, ...rest } = rule;
  void _n;
  void _w;
  return deepFreeze({
    ...rest,
    ...(notes.length === 0 ? {} : { notes }),
    ...(keys.length === 0 ? {} : { wording: w }),
  } as DeadlineRule);
}

/**
 * The ambiguity notes of a rule, a function of its fields and wording:
 * - `bare_day_unit`: a bare "ngày" (unit `day`) in the amount or the cap;
 * - `before_date_reading`: "trước ngày X" (bound `before`), with `{ lead }` when written otherwise ("chậm nhất trước");
 * - `local_convention`: an urgency mark whose numeric meaning is local (`{ urgency }`).
 * @internal
 */
export function notesOf(rule: DeadlineRule, wording: Readonly<Record<string, string>>): RuleNote[] {
  const notes: RuleNote[] = [];
  const bareDay =
    ((rule.kind === "relative" || rule.kind === "before_deadline") && rule.unit === "day") || rule.cap?.unit === "day";
  if (bareDay) notes.push({ code: "bare_day_unit" });
  const before = (rule.kind === "fixed_date" || rule.kind === "recurring" || rule.kind === "rrule") && rule.bound === "before";
  if (before) {
    const lead = wording["lead"];
    notes.push(lead === undefined ? { code: "before_date_reading" } : { code: "before_date_reading", params: { lead } });
  }
  if (rule.kind === "urgent") notes.push({ code: "local_convention", params: { urgency: rule.level } });
  return notes;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const v of Object.values(value as object)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Periods, for the formatter. @internal */
export type { PeriodSpec };
