/**
 * The date of a document the text cites (by its number, or by its name in the legal basis or after
 * a law's name): it names the document, not a time of the text, and `findDeadlines` leaves it out.
 * @internal
 * @module
 */
import type { DeadlineRule } from "../../deadline/types.js";
import { isCapital, type Token } from "./words.js";

/** How many tokens a document number may take ("05/2026/TT-BTC" is seven). */
const CITATION_REACH = 12;

/**
 * The date of a document cited by its number: "Quyết định số 1649/QĐ-UBND ngày 02/12/2016", "Thông tư
 * 21/2010/TT-NHNN ngày 08/10/2010", "Kế hoạch số 10/KH-MTTQ-BTT, ngày 10/10/2019". The date names the
 * document, not a time of the text: a named day with no lead right after a number written without spaces
 * that holds a "/" and a code in capitals (a comma may stand between them).
 */
export function citationDate(text: string, tokens: readonly Token[], k: number, rule: DeadlineRule): boolean {
  if (rule.kind !== "fixed_date" || (rule.wording?.lead ?? "") !== "" || (tokens[k] as Token).key !== "ngay") return false;
  let j = k - 1;
  if (tokens[j]?.type === "punct" && tokens[j]?.key === ",") j--;
  const last = tokens[j];
  if (last === undefined || last.type === "punct") return false;
  let slash = false;
  let code = false;
  for (let n = 0; n < CITATION_REACH && j >= 0; n++, j--) {
    const t = tokens[j] as Token;
    if (t.type === "punct" && t.key === "/") slash = true;
    if (t.type === "word" && /\p{Lu}{2}/u.test(text.slice(t.start, t.end))) code = true;
    const before = tokens[j - 1];
    if (before === undefined || before.end !== t.start) break;
  }
  return (slash && code) || namedCitation(text, tokens, k);
}

/** How many tokens back a clause is searched for "Căn cứ" or the name of a law. */
const NAMED_REACH = 16;

/** The kinds of documents "Căn cứ" cites (fold keys of their first words). */
const CITED: ReadonlySet<string> = new Set(["luat", "bo", "hien", "phap", "nghi", "thong", "quyet", "chi", "cong", "van", "ke", "ket", "dieu"]);

/** Words that make a date a limit or a time of the text (fold keys): a law's name holds none ("… nhân dân chậm nhất là ngày …"). */
const LIMIT_WORDS: ReadonlySet<string> = new Set(["la", "nhat", "cham", "truoc", "den", "toi", "vao", "han", "tu", "sau", "trong", "hoan", "thanh"]);

/** Laws, codes, ordinances and the constitution: cited by their name and date ("Luật Đất đai ngày 18 tháng 01 năm 2024"). */
const LAWS: readonly (readonly string[])[] = [["luat"], ["bo", "luat"], ["hien", "phap"], ["phap", "lenh"]];

/**
 * The date of a document cited by its name, which holds no number: in a clause of the legal basis
 * ("Căn cứ Luật Tiếp cận thông tin ngày 06 tháng 4 năm 2016;", "Căn cứ Nghị quyết của Hội đồng nhân
 * dân tỉnh ngày …"), or after the name of a law, a code, an ordinance or the constitution, its words
 * running up to the date ("Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015"). A bounded look
 * back within the clause (no ";", "." or line break between).
 */
function namedCitation(text: string, tokens: readonly Token[], k: number): boolean {
  const day = tokens[k] as Token;
  let words = true;
  let comma = false;
  for (let j = k - 1, n = 0; j >= 0 && n < NAMED_REACH; j--, n++) {
    const t = tokens[j] as Token;
    if (t.limit !== day.limit || (t.type === "punct" && (t.key === ";" || t.key === "."))) return false;
    if (t.type !== "word" || LIMIT_WORDS.has(t.key)) words = false;
    if (t.type === "punct" && t.key === ",") comma = true;
    // "Căn cứ <document> … ngày …": the legal basis, no comma between ("Căn cứ Kế hoạch của tỉnh, ngày 15/7 các đơn vị …")
    if (!comma && t.key === "can" && tokens[j + 1]?.key === "cu" && CITED.has(tokens[j + 2]?.key ?? "")) return true;
    // "<Luật|Bộ luật|Hiến pháp|Pháp lệnh> <its name> ngày …": words only between
    if (words && j < k - 1 && LAWS.some((law) => law.every((key, i) => tokens[j + i]?.type === "word" && tokens[j + i]?.key === key)) && isCapital(text, tokens[j] as Token)) return true;
  }
  return false;
}
