/**
 * Time expressions that are not deadlines, read with their role: entry into force
 * ("có hiệu lực sau 45 ngày kể từ ngày ký"), validity ("có thời hạn 12 tháng"), minimum notice
 * ("niêm yết công khai ít nhất 15 ngày") and extension limits ("có thể gia hạn một lần nhưng không
 * quá 10 ngày làm việc"). The time expression after the role words is a relative rule, or a date
 * for an entry into force ("có hiệu lực kể từ ngày 01/7/2025").
 * @internal
 * @module
 */
import type { DeadlineRule, RuleRole } from "../../deadline/types.js";
import type { CompiledEntry } from "../lexicon.js";
import { collapseSpaces, foldKey } from "../normalize.js";
import { hasKind, type Lexeme } from "../tokenize.js";
import { ROLE_WORDS } from "../canonical.js";
import { E, type Cursor } from "./cursor.js";
import { datedRule } from "./dates.js";
import { dateWindow } from "./windows.js";
import { leadsAndMain } from "./phrase.js";

/** Whether "đến"/"tới" comes within a dated start ("từ ngày 15 tháng 10 năm 2024 đến …"): at most 10 lexemes ahead, before a boundary. */
function toAhead(c: Cursor): boolean {
  for (let k = 2; k < 12 && !c.atEnd(k); k++) {
    if (c.is("to", k)) return true;
    if (c.isSym(";", k) || c.isSym("(", k)) return false;
  }
  return false;
}

/** How many words an extension may name between its role words and its limit ("gia hạn việc phân phối chứng khoán nhưng …"). */
export const OBJECT_REACH = 24;

/** How many words may name what is extended before the role words ("thời hạn thẩm tra, xác minh được gia hạn …"). */
export const SUBJECT_REACH = 8;

/** Whether a count of extensions stands at `k`: "một lần", "01 lần". */
function timesAt(c: Cursor, k: number): boolean {
  return (c.isNum(k) || c.hasRole("digit", k) !== undefined) && c.is("times", k + 1);
}

/** Whether the limit of an extension starts at `k`: lead words ("nhưng", "tối đa", "không quá", "là", ",") then an amount that is not a count ("02 lần"). */
function limitAt(c: Cursor, k: number): boolean {
  let j = k;
  while (j < k + 5 && (c.is("lead", j) || c.is("quota", j) || c.is("la", j) || c.is("but", j) || c.isSym(",", j))) j++;
  return c.isNumberStart(j) && !c.is("times", j + 1);
}

/** Free words naming what is extended, up to a count of extensions or the limit (at most {@link OBJECT_REACH}); returns the last lexeme read. */
function objectWords(c: Cursor, last: Lexeme): Lexeme {
  let read = last;
  for (let n = 0; n < OBJECT_REACH && !c.atEnd() && !timesAt(c, 0) && !limitAt(c, 0); n++) {
    if (c.isSym(";") || c.isSym("(") || c.isSym(")") || c.is("role") || c.is("each")) break;
    read = c.next();
  }
  return read;
}

/**
 * Where an extension's role words start after a few words of their own ("thời gian tối đa được
 * gia hạn", "thời hạn mỗi lần gia hạn", "việc gia hạn", "thời hạn thẩm tra, xác minh được gia
 * hạn"): their offset within {@link SUBJECT_REACH} lexemes, with no number, clause boundary or
 * other lead word before them; −1 when none. Only at the start of the phrase or after "thời
 * hạn", "thời gian" or a verb of the preamble ("thời hạn giải quyết tố cáo có thể kéo dài …").
 */
export function extensionAhead(c: Cursor): number {
  if (c.p > 0 && !hasKind(c.lx[c.p - 1], "deadline") && !hasKind(c.lx[c.p - 1], "verb")) return -1;
  for (let k = 0; k < SUBJECT_REACH; k++) {
    if (c.atEnd(k) || c.isSym(";", k) || c.isSym("(", k) || c.isNum(k)) return -1;
    if (c.is("role", k)) return c.entry("role", k)?.value === "extension_limit" ? k : -1;
    if (c.is("lead", k) && !c.is("role", k + 1) && !(c.is("each", k + 1) && c.is("times", k + 2) && c.is("role", k + 3))) return -1;
  }
  return -1;
}

/** The documents a clause of entry into force names as its subject ("Quyết định này có hiệu lực …"), folded. */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  ["Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Nghị quyết", "Quyết định", "Chỉ thị", "Thông tư", "Thông tư liên tịch", "Quy chế", "Quy định", "Kế hoạch", "Hướng dẫn", "Điều lệ", "Văn bản", "Thông báo", "Công văn"].map(foldKey),
);

/** How many lexemes a document number may take ("152/2020/NĐ-CP" is seven). */
const NUMBER_REACH = 12;

/**
 * ["số"] and a document number written without spaces ("số 152/2020/NĐ-CP", "05/2024/TT-BTC") at `k`: how
 * many lexemes, or 0 (bounded lookahead).
 */
function documentNumberAt(c: Cursor, k: number): number {
  const so = c.peek(k)?.type === "word" && foldKey(c.peek(k)?.text ?? "") === "so" ? 1 : 0;
  if (!c.isNum(k + so)) return 0;
  let j = k + so + 1;
  while (j < k + so + NUMBER_REACH && c.peek(j) !== undefined && (c.peek(j) as Lexeme).start === (c.peek(j - 1) as Lexeme).end) j++;
  return j - k;
}

/**
 * "Quyết định này có hiệu lực kể từ ngày ký", "Thông tư này có hiệu lực thi hành từ ngày …": a document
 * noun, then "này", its number ("Nghị định số 152/2020/NĐ-CP") or nothing ("Quyết định có hiệu lực kể từ
 * ngày ký"), then role words of entry into force or the words of {@link appliesAt}, where the phrase opens
 * (bounded lookahead). The number of lexemes before the role words, or -1.
 */
export function documentSubjectAhead(c: Cursor): number {
  if (!c.atOpening()) return -1;
  let words = "";
  for (let k = 0; k < 5 && !c.atEnd(k); k++) {
    const l = c.peek(k) as Lexeme;
    if (l.type !== "word") return -1;
    words = words === "" ? foldKey(l.text) : `${words} ${foldKey(l.text)}`;
    if (!DOCUMENT_NOUNS.has(words)) continue;
    // "Quyết định này có hiệu lực …", without "này" ("Quyết định có hiệu lực kể từ ngày ký"), or with its number
    // ("Nghị định số 152/2020/NĐ-CP có hiệu lực từ ngày 15/02/2021")
    const numbered = documentNumberAt(c, k + 1);
    const at = numbered > 0 ? k + 1 + numbered : foldKey((c.peek(k + 1) as Lexeme | undefined)?.text ?? "") === "nay" ? k + 2 : k + 1;
    if (appliesAt(c, at)) return at;
    if (c.is("role", at)) return c.entry("role", at)?.value === "entry_into_force" ? at : -1;
  }
  return -1;
}

/** How many lexemes after the words of {@link appliesAt} are searched for "đến"/"tới". */
const APPLIES_REACH = 24;

/**
 * Whether words saying from when a rule applies stand at `k`, before a start with no end: "được
 * thực hiện kể từ …", "được áp dụng từ …" (bounded lookahead). With an end ("Kế hoạch được thực
 * hiện kể từ ngày ký đến hết năm 2025") the words name a span of work, not an entry into force.
 */
export function appliesAt(c: Cursor, k: number): boolean {
  if (!c.is("applies", k) || !c.is("from", k + 1) || c.entry("from", k + 1)?.canonical === "sau") return false;
  for (let j = k + 2; j < k + 2 + APPLIES_REACH && !c.atBoundary(j); j++) if (c.is("to", j)) return false;
  return true;
}

/**
 * `[SUBJECT] ROLE ["sử dụng" | "thêm"] [OBJECT] [N "lần" [","|"và"]] [","] ["nhưng"] relative`, or the words
 * of {@link appliesAt} in place of ROLE (an entry into force): the
 * role words (kept in `wording.role`, with the words that name what is extended, when not the
 * canonical ones), then a relative time limit. For an extension a few words may name what is
 * extended before the role words (`subject` lexemes, see {@link extensionAhead}) or after them
 * ("gia hạn việc phân phối chứng khoán nhưng tối đa không quá 30 ngày"), up to the count or the
 * limit. Anything else after the role words is not understood.
 */
export function roleRule(c: Cursor, subject = 0): DeadlineRule {
  const first = c.peek() as NonNullable<ReturnType<Cursor["peek"]>>;
  for (let k = 0; k < subject; k++) c.next();
  // "được thực hiện kể từ ngày …": the day a rule starts to apply, read as an entry into force
  const role = c.is("role") ? ((c.entry("role") as CompiledEntry).value as RuleRole) : "entry_into_force";
  let last = c.next();
  // "có thời hạn sử dụng", "gia hạn thêm", "được kéo dài thêm"
  if (c.is("role_more")) last = c.next();
  if (role === "extension_limit") {
    // "Thời gian gia hạn mỗi lần là 12 tháng": each extension, then its limit
    if (c.is("each") && c.is("times", 1)) last = (c.next(), c.next());
    // what is extended: free words up to the count or the limit
    last = objectWords(c, last);
    // "một lần", "01 lần": how many extensions (kept in the wording); after one extension, more
    // words may come before its limit ("một lần với thời hạn không quá …", "01 lần và tối đa …");
    // after several ("02 lần, mỗi lần không quá 30 ngày") the total is not one time limit
    if (timesAt(c, 0)) {
      const count = c.isNum() ? (c.peek() as Lexeme).value : Number(c.hasRole("digit")?.value);
      c.next();
      last = c.next();
      if (count === 1) last = objectWords(c, last);
    }
    // "được gia hạn 01 lần, không quá 03 năm"
    if (c.isSym(",") && !c.is("but", 1) && limitAt(c, 1)) last = c.next();
  }
  if (c.isSym(",") && c.is("but", 1)) c.next();
  if (c.is("but")) last = c.next();
  const written = collapseSpaces(c.text.slice(first.start, last.end));
  // "có hiệu lực (thi hành) kể từ ngày 01 tháng 7 năm 2025": a dated entry into force
  // "có hiệu lực thi hành từ ngày 15 tháng 10 năm 2024 đến hết ngày 31 tháng 12 năm 2027" (NĐ
  // 131/2024 Đ.6): in force within a dated window, i.e. valid until its last day
  if (role === "entry_into_force" && c.is("from") && c.isUnit("day", 1) && c.isNum(2) && toAhead(c)) {
    const window = dateWindow(c);
    if (window.kind !== "fixed_date") c.fail([E.date]);
    c.wording["role"] = written;
    return { ...window, role: "validity" };
  }
  // "có hiệu lực đến hết ngày 30 tháng 3 năm 2026" (TT 18/2021 Đ.4): valid until the day named
  if (role === "entry_into_force" && c.is("to") && c.isUnit("day", 1) && c.isNum(2)) {
    const until = leadsAndMain(c);
    if (until.kind !== "fixed_date") c.fail([E.date]);
    c.wording["role"] = written;
    return { ...until, role: "validity" };
  }
  // "có hiệu lực vào ngày 1/7": the day itself, as after "từ"; "có hiệu lực ngày 24/3/2014" with no connector
  const datedAt = c.is("from") ? "from" : c.is("at") ? "at" : undefined;
  const bareDay = datedAt === undefined && c.isUnit("day") && c.isNum(1);
  // "có hiệu lực từ 01/6/2022": the date written without "ngày"
  const dateAfter = datedAt !== undefined && ((c.isUnit("day", 1) && c.isNum(2)) || (c.isNum(1) && c.isDateSep(2) && c.isNum(3)));
  if (role === "entry_into_force" && (dateAfter || bareDay)) {
    const connector = datedAt === undefined ? undefined : (c.entry(datedAt) as CompiledEntry).canonical;
    if (connector !== undefined) c.next();
    const dated = datedRule(c, connector === undefined ? [] : [connector], "by");
    if (dated.kind !== "fixed_date") c.fail([E.date]);
    if (written !== ROLE_WORDS[role]) c.wording["role"] = written;
    return { ...dated, role };
  }
  // "có hiệu lực (thi hành) kể từ ngày ký", "có hiệu lực từ ngày ban hành": in force on the day of
  // the event itself, counted on it (the anchor's day). With an end after the event ("… kể từ ngày
  // ký đến hết ngày 31 tháng 12 năm 2022", TT 11/2021 Đ.26) it is in force until that day: a
  // validity whose last day is the one named, the words up to the end kept as the role's words
  // "kể từ sau ngày ký" names the day after the event, not the event's day: not this form
  const fromEvent = role === "entry_into_force" && c.is("from") && c.entry("from")?.canonical !== "sau" && c.entry("from")?.canonical !== "kể từ sau" && !c.isNumberStart(1);
  if (fromEvent) {
    const connector = (c.entry("from") as CompiledEntry).canonical;
    c.next();
    if (c.atBoundary()) c.fail(["ngày …"]);
    const from = c.p;
    while (!c.atBoundary() && !c.is("to")) c.p++;
    if (c.is("to") && c.p > from) {
      const roleWords = collapseSpaces(c.text.slice(first.start, (c.lx[c.p - 1] as Lexeme).end));
      const until = leadsAndMain(c);
      if (until.kind !== "fixed_date") c.fail([E.date]);
      c.wording["role"] = roleWords;
      return { ...until, role: "validity" };
    }
    const end = c.p;
    c.p = from;
    const anchor = c.freeText(["ngày …"]);
    c.p = end;
    c.wording["lead"] = connector;
    if (written !== ROLE_WORDS[role]) c.wording["role"] = written;
    return { kind: "same_day", nextWorkingDay: false, anchor: { text: anchor }, role };
  }
  const at = c.p;
  if (!c.is("lead") && !c.is("quota") && !c.is("la") && !c.isNumberStart()) c.fail(["trong", "không quá", "ít nhất", "sau", E.number]);
  const rule = leadsAndMain(c);
  if (rule.kind !== "relative") {
    // only a relative time limit has a role here: the error points at its start
    c.p = at;
    c.fail(["trong", "không quá", "ít nhất", "sau", E.number]);
  }
  // "có hiệu lực 5 năm kể từ ngày cấp", "có hiệu lực trong 12 tháng": a duration in force is a
  // validity; "có hiệu lực sau 45 ngày" stays the day it takes effect
  const lasting = role === "entry_into_force" && (c.lx[at]?.type === "number" || hasKind(c.lx[at], "numword") || c.lx[at]?.entries.some((e) => e.kind === "lead" && e.canonical === "trong") === true);
  const read: RuleRole = lasting ? "validity" : role;
  if (written !== ROLE_WORDS[read]) c.wording["role"] = written;
  return { ...rule, role: read };
}

/**
 * "Ngày có hiệu lực: 26-09-2014", "Ngày có hiệu lực | 28/08/2025": the label of a document's record (a field
 * and its value), then the day itself (bounded lookahead, nothing consumed). Only the words of taking effect:
 * "Ngày hết hiệu lực: …" in a record is left alone.
 */
export function labelledEntryAhead(c: Cursor): boolean {
  return c.isUnit("day") && c.entry("role", 1)?.canonical === ROLE_WORDS.entry_into_force && (c.isSym(":", 2) || c.isSym("|", 2)) && ((c.isNum(3) && c.isDateSep(4) && c.isNum(5)) || (c.isUnit("day", 3) && c.isNum(4)));
}

/** The rule of {@link labelledEntryAhead}: the day named is the first day in force, the label kept as the role's words. */
export function labelledEntry(c: Cursor): DeadlineRule {
  const first = c.next();
  c.next();
  const label = c.next();
  const dated = datedRule(c, [""], "by");
  if (dated.kind !== "fixed_date" || dated.dates.length !== 1) c.fail([E.date]);
  c.wording["role"] = collapseSpaces(c.text.slice(first.start, label.end));
  return { ...dated, role: "entry_into_force" };
}
