/**
 * The cursor of the phrase grammar: the lexemes of one phrase and a position in them, with
 * bounded lookahead (`peek`, `is`, `entry` …), free text up to a clause boundary, the wording
 * being recorded, and the errors thrown at the current position.
 * @internal
 * @module
 */
import { rollClauseAhead } from "./rollClause.js";
import type { DateBound, RecurringRule, Wording } from "../../deadline/types.js";
import { PhraseParseError, issue, type IssueCode } from "../../errors.js";
import type { PhraseReason } from "../../messages/phraseReasons.js";
import type { CompiledEntry, LexemeKind, NumberRole } from "../lexicon.js";
import { collapseSpaces, foldKey } from "../normalize.js";
import { entryOf, hasKind, tokenize, type Lexeme } from "../tokenize.js";

/** Largest amount accepted ("trong 1000000 ngày" is rejected). */
export const MAX_AMOUNT = 100_000;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** What the error messages list as expected. */
export const E = {
  number: "số (number)",
  date: "ngày dd/mm/yyyy",
  end: "kết thúc (end)",
  unit: ["ngày", "ngày làm việc", "giờ", "tuần", "tháng", "năm"],
  connector: ["kể từ", "từ", "tính từ", "sau"],
  start: ["trong", "chậm nhất", "trước", "ngày", "tháng", "quý", "năm", "số (number)", "hằng", "định kỳ", "hỏa tốc", "từ ngày"],
  tail: ["(", "nhưng", "hoặc theo", ", trừ trường hợp", "kết thúc (end)"],
} as const;

export type Frequency = RecurringRule["frequency"];

/** An every-clause read ("hằng tháng", "hàng năm"). */
export interface EveryInfo {
  readonly frequency: Frequency;
  /** "hàng" when so written (canonical "hằng" is not recorded). */
  readonly variant?: string;
  readonly start: number;
}

/** Verbs after "và" that say what a text replaces or repeals (fold keys): they end an anchor. */
const REPLACING: ReadonlySet<string> = new Set(["thay the", "bai bo"]);

const LAST_PUNCT: ReadonlySet<string> = new Set([".", ",", ";", ":", "!", "/"]);
const ANCHOR_TRIM: ReadonlySet<string> = new Set([",", ":", "-", "/", "."]);

/** The wording recorded while parsing (the mutable form of {@link Wording}). */
export type WordingDraft = { -readonly [K in keyof Wording]: Wording[K] };

/** Joins word lists with single spaces. */
export const join = (words: readonly string[]): string => words.join(" ");

/** `{ year }` when a year is given, else `{}` (optional fields stay absent). */
export function periodYear(year: number | undefined): { year?: number } {
  return year === undefined ? {} : { year };
}

/**
 * A position in the lexemes of one phrase. Create one per parse (or per nested clause).
 * @internal
 */
/** Words that join two things ("hoặc", "và", "hay"): a free text ending on one is cut short. */
const TRAILING_CONJUNCTIONS: ReadonlySet<string> = new Set(["hoac", "va", "hay"]);

export class Cursor {
  readonly text: string;
  readonly lx: readonly Lexeme[];
  /** Lexemes from this index on are trailing punctuation only. */
  readonly endIndex: number;
  p = 0;
  /**
   * Reading where only a number can stand — the words in brackets after digits ("05 (năm)"), the
   * ordinal of "ngày thứ năm của tháng …": every number word is a number.
   */
  numbersOnly = false;
  /** The words of the phrase that differ from the canonical form, recorded as the parse goes. */
  readonly wording: WordingDraft = {};
  /** The every-clause read before the clause it governs ("định kỳ hằng quý, trước ngày 20 …"). */
  presetEvery: EveryInfo | undefined;

  /** Where the phrase proper opens: 0, or the lexeme after an article's heading ("Điều 2. Quyết định này …"). */
  opening = 0;

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

  peek(k = 0): Lexeme | undefined {
    const i = this.p + k;
    return i < this.endIndex ? this.lx[i] : undefined;
  }

  atEnd(k = 0): boolean {
    return this.p + k >= this.endIndex;
  }

  is(kind: LexemeKind, k = 0): boolean {
    if (kind === "lead" && this.leadIsNumber(k)) return false;
    return hasKind(this.peek(k), kind);
  }

  entry(kind: LexemeKind, k = 0): CompiledEntry | undefined {
    if (kind === "lead" && this.leadIsNumber(k)) return undefined;
    return entryOf(this.peek(k), kind);
  }

  /** "sau mươi ngày", "sau ngay ke tu" without diacritics: "sáu", not the lead word "sau". */
  leadIsNumber(k: number): boolean {
    return this.hasRole("digit", k) !== undefined && this.numberWordAt(k);
  }

  isSym(sym: string, k = 0): boolean {
    const l = this.peek(k);
    return l !== undefined && l.type === "punct" && l.sym === sym;
  }

  /**
   * Whether the phrase opens here: nothing but punctuation before the cursor since {@link opening}
   * (a bounded look back, as phrases are).
   */
  atOpening(): boolean {
    for (let k = this.opening; k < this.p; k++) if ((this.lx[k] as Lexeme).type !== "punct") return false;
    return true;
  }

  /** Whether a separator of a numeric date ("/", "-" or ".") stands `k` lexemes ahead. */
  isDateSep(k = 0): boolean {
    return this.isSym("/", k) || this.isSym("-", k) || this.isSym(".", k);
  }

  isNum(k = 0): boolean {
    return this.peek(k)?.type === "number";
  }

  isUnit(value: string, k = 0): boolean {
    const l = this.peek(k);
    if (l === undefined) return false;
    for (const e of l.entries) if (e.kind === "unit" && e.value === value) return true;
    return false;
  }

  unitValue(k = 0): string | undefined {
    return this.entry("unit", k)?.value as string | undefined;
  }

  hasRole(role: NumberRole, k = 0): CompiledEntry | undefined {
    const l = this.peek(k);
    if (l === undefined) return undefined;
    for (const e of l.entries) if (e.kind === "numword" && e.role === role) return e;
    return undefined;
  }

  isNumberStart(k = 0): boolean {
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
  numberWordAt(k: number): boolean {
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
  numberGoesOn(k: number, word: Lexeme): boolean {
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

  next(): Lexeme {
    const l = this.lx[this.p] as Lexeme;
    this.p++;
    return l;
  }

  index(): number {
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

  /**
   * Throws `phrase_contradiction` at `index` with a reason code (worded by the message tables) and
   * its params.
   */
  contradiction(index: number, reason: PhraseReason, params: Readonly<Record<string, unknown>> = {}, token = ""): never {
    throw new PhraseParseError([issue("phrase_contradiction", { ...params, text: this.text, index, token, expected: [], reason })]);
  }

  /**
   * Throws `phrase_unsupported` at `index`: a form the grammar recognises but no rule represents
   * ("2,5 ngày", a span of months every year), with a reason code worded by the message tables.
   */
  unsupported(index: number, reason: PhraseReason, params: Readonly<Record<string, unknown>> = {}, token = ""): never {
    throw new PhraseParseError([issue("phrase_unsupported", { ...params, text: this.text, index, token, expected: [], reason })]);
  }

  failCode(code: IssueCode, expected: readonly string[]): never {
    const l = this.peek();
    throw new PhraseParseError([issue(code, { text: this.text, index: l?.start ?? this.text.length, token: l?.text ?? "", expected: [...expected] })]);
  }

  /** Runs `read` with {@link numbersOnly} set. */
  onlyNumbers<T>(read: () => T): T {
    this.numbersOnly = true;
    try {
      return read();
    } finally {
      this.numbersOnly = false;
    }
  }

  isNumberWordStart(k: number): boolean {
    return this.hasRole("digit", k) !== undefined || this.hasRole("ten", k) !== undefined || this.monthFourAt(k);
  }

  /** Whether "tư" right after "tháng" stands at `k`: the month April ("tháng Tư"), the only place "tư" is a number alone. */
  monthFourAt(k: number): boolean {
    const only = this.hasRole("unit_only", k);
    return only !== undefined && only.value === 4 && this.p + k > 0 && this.lx[this.p + k - 1]?.entries.some((e) => e.kind === "unit" && e.value === "month") === true;
  }

  /** Whether the current lexeme ends a free-text span (anchor, reference, remark). */
  atBoundary(k = 0): boolean {
    if (this.atEnd(k)) return true;
    // "|": a table's cells joined into one line ("05 ngày làm việc khi nhận được hồ sơ hợp lệ | + 10 ngày …")
    if (this.isSym(";", k) || this.isSym("(", k) || this.isSym(")", k) || this.isSym("|", k)) return true;
    if (this.is("but", k) || this.is("scope", k)) return true;
    if (this.is("or", k)) return this.is("per", k + 1) || this.is("lead", k + 1) || this.is("immediately", k + 1) || this.isNumberStart(k + 1) || this.atEnd(k + 1);
    if (this.is("except", k) && (this.is("case", k + 1) || this.is("urgency", k + 1))) return true;
    // "ngay sau khi hàng hóa đã tập kết … và chậm nhất là 04 giờ trước khi …": a second limit ends the anchor
    if (this.is("and", k) && this.entry("lead", k + 1)?.canonical === "chậm nhất") return true;
    // "kể từ ngày ký và thay thế Quyết định số …": what the text replaces or repeals ends the anchor
    if (this.is("and", k) && REPLACING.has(`${foldKey(this.peek(k + 1)?.text ?? "")} ${foldKey(this.peek(k + 2)?.text ?? "")}`)) return true;
    // "… đối với hồ sơ quyết toán thuế năm nếu trùng ngày nghỉ thì thực hiện vào ngày làm việc tiếp theo": a roll
    // clause written with no comma before it ends the free text too
    if (this.peek(k)?.type === "word" && foldKey((this.peek(k) as Lexeme).text) === "neu" && typeof rollClauseAhead(this, k) === "object") return true;
    if (this.isSym(",", k)) {
      // ", 03 ngày làm việc đối với …": the next count of a list of counts by case starts here
      if (this.isNum(k + 1) && this.unitValue(k + 2) !== undefined && !this.isNum(k + 3) && !this.isDateSep(k + 2)) return true;
      return rollClauseAhead(this, k) !== undefined || this.is("except", k + 1) || this.is("but", k + 1) || this.is("or", k + 1) || this.is("lead", k + 1) || this.is("scope", k + 1) || this.is("case", k + 1);
    }
    return false;
  }

  /** Free text up to the next boundary, verbatim (NFC, single spaces). */
  freeText(expected: readonly string[]): string {
    if (this.atBoundary()) this.fail(expected);
    const first = this.p;
    while (!this.atBoundary()) this.p++;
    let last = this.p - 1;
    while (last > first && this.lx[last]?.type === "punct" && ANCHOR_TRIM.has((this.lx[last] as Lexeme).sym)) last--;
    // "kể từ ngày nhận đơn hoặc (trừ …)": a free text does not end on a conjunction; what it joins is missing
    if (last > first && this.lx[last]?.type === "word" && TRAILING_CONJUNCTIONS.has(foldKey((this.lx[last] as Lexeme).text))) {
      this.p = last;
      this.fail(expected);
    }
    return this.spanText(first, last);
  }

  /**
   * The text of lexemes `first..last`, verbatim (NFC, single spaces), with a space between two
   * words read apart from one run ("nhận đượcquyết định" is the anchor "nhận được quyết định"), so
   * that an anchor binds to its event whichever way it was copied.
   */
  spanText(first: number, last: number): string {
    const a = this.lx[first] as Lexeme;
    let out = "";
    let from = a.start;
    for (let k = first; k < last; k++) {
      const l = this.lx[k] as Lexeme;
      const next = this.lx[k + 1] as Lexeme;
      if (l.type === "word" && next.type === "word" && l.end === next.start) {
        out += `${this.text.slice(from, l.end)} `;
        from = next.start;
      }
    }
    return collapseSpaces(out + this.text.slice(from, (this.lx[last] as Lexeme).end));
  }

  /** Lead words ("không quá", "chậm nhất là" …) as canonical forms. */
  leadWords(withLa = false): string[] {
    const words: string[] = [];
    for (;;) {
      const e = this.entry("lead") ?? (withLa ? this.entry("la") : undefined);
      if (e === undefined) return words;
      words.push(e.canonical);
      this.next();
    }
  }

  setLead(leads: readonly string[], canonical: string): void {
    const lead = join(leads);
    if (lead !== canonical) this.wording["lead"] = lead;
  }

  /** Free text up to the matching ")" (nesting allowed), consumed with it. */
  parenText(): string {
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

  isNumberWordOrNum(k: number): boolean {
    return this.isNum(k) || this.isNumberWordStart(k);
  }

  setRecurringLead(leads: readonly string[], bound: DateBound): void {
    const lead = join(leads);
    if (lead !== (bound === "before" ? "trước" : "")) this.wording["lead"] = lead;
  }
}
