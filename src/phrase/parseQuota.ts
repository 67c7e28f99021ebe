/**
 * Reading quota phrases (định mức): "tối thiểu 1 ngày 1 văn bản", "ít nhất 2 văn bản/tuần".
 * A quota is not a deadline (`parseDeadline` rejects it with `phrase_quota`); plans use it
 * for obligations met by a count of events per period.
 *
 * @module
 */
import type { RuleNote } from "../deadline/types.js";
import { PhraseParseError, issue } from "../errors.js";
import { collapseSpaces } from "./normalize.js";
import { preparePhrase } from "./parseDeadline.js";
import { entryOf, hasKind, tokenize, type Lexeme } from "./tokenize.js";

/** A quota: at least `count` items per `per`. */
export interface Quota {
  /** At least this many. */
  readonly count: number;
  /** Per this period: a bare "ngày" is `day` (with a `bare_day_unit` note), "ngày làm việc" is `working_day`. */
  readonly per: "working_day" | "day" | "week" | "month";
  /** What is counted, as written ("văn bản"), when stated. */
  readonly item?: string;
  readonly notes?: readonly RuleNote[];
}

/**
 * Reads a quota phrase (định mức) such as "tối thiểu 1 ngày 1 văn bản" (at least one
 * document a day).
 *
 * Forms: `[tối thiểu|ít nhất] 1 <unit> N <item>` and `[tối thiểu|ít nhất] N <item> (/|mỗi|một|trên) <unit>`,
 * where unit is "ngày", "ngày làm việc", "tuần" or "tháng"; the words that may precede a
 * deadline ("yêu cầu", "đăng tải", "định kỳ", "-->") may precede it too.
 *
 * @param text - The phrase.
 * @returns `{ count, per, item?, notes? }` (frozen).
 * @throws {@link PhraseParseError} when the phrase is not a quota (`params` as in `parseDeadline`).
 * @throws {@link InvalidInputError} `invalid_type` when `text` is not a string.
 * @example
 * parseQuota("yêu cầu đăng tải định kỳ tối thiểu 1 ngày 1 văn bản")
 * //=> { count: 1, per: "day", item: "văn bản", notes: [{ code: "bare_day_unit" }] }
 * parseQuota("ít nhất 2 văn bản mỗi tuần")
 * //=> { count: 2, per: "week", item: "văn bản" }
 * @remarks Since 0.1.0
 */
export function parseQuota(text: string): Quota {
  const nfc = preparePhrase(text);
  const lx = tokenize(nfc);
  let end = lx.length;
  while (end > 0 && lx[end - 1]?.type === "punct" && ".;,!".includes((lx[end - 1] as Lexeme).sym)) end--;
  let p = 0;
  const peek = (k = 0): Lexeme | undefined => (p + k < end ? lx[p + k] : undefined);
  const fail = (expected: readonly string[]): never => {
    const l = peek();
    throw new PhraseParseError([
      issue(l === undefined ? (lx.length === 0 ? "phrase_empty" : "phrase_unexpected_end") : "phrase_unrecognized_token", {
        text: nfc,
        index: l?.start ?? nfc.length,
        token: l?.text ?? "",
        expected: [...expected],
      }),
    ]);
  };
  const unitAt = (k = 0): string | undefined => entryOf(peek(k), "unit")?.value as string | undefined;
  const number = (): number => {
    const l = peek();
    if (l === undefined || l.type !== "number" || l.digits > 6 || l.value < 1) return fail(["số (number)"]);
    p++;
    return l.value;
  };
  const per = (): { per: Quota["per"]; bare: boolean } => {
    const u = unitAt();
    if (u === "day") {
      p++;
      if (hasKind(peek(), "working")) {
        p++;
        return { per: "working_day", bare: false };
      }
      return { per: "day", bare: true };
    }
    if (u === "week" || u === "month") {
      p++;
      return { per: u, bare: false };
    }
    return fail(["ngày", "ngày làm việc", "tuần", "tháng"]);
  };
  // preamble
  while (peek() !== undefined && (peek()?.sym === "→" || hasKind(peek(), "verb") || hasKind(peek(), "periodic") || hasKind(peek(), "deadline"))) p++;
  if (hasKind(peek(), "quota")) p++;
  let count: number;
  let unit: { per: Quota["per"]; bare: boolean };
  let item: string | undefined;
  if (peek()?.type === "number" && unitAt(1) !== undefined) {
    // "1 ngày 1 văn bản"
    const at = peek() as Lexeme;
    if (number() !== 1) throw new PhraseParseError([issue("phrase_contradiction", { text: nfc, index: at.start, token: at.text, expected: [], reason: "định mức tính theo từng ngày, tuần hoặc tháng" })]);
    unit = per();
    count = number();
    if (peek() !== undefined) {
      item = collapseSpaces(nfc.slice((peek() as Lexeme).start, (lx[end - 1] as Lexeme).end));
      p = end;
    }
  } else {
    // "2 văn bản/tuần", "1 văn bản mỗi ngày làm việc"
    count = number();
    const first = p;
    while (peek() !== undefined && !(peek()?.sym === "/" || hasKind(peek(), "each") || (hasKind(peek(), "numword") && entryOf(peek(), "numword")?.value === 1 && unitAt(1) !== undefined) || hasKind(peek(), "per"))) p++;
    if (peek() === undefined) fail(["/", "mỗi"]);
    if (p > first) item = collapseSpaces(nfc.slice((lx[first] as Lexeme).start, (lx[p - 1] as Lexeme).end));
    p++;
    unit = per();
  }
  if (peek() !== undefined) fail(["kết thúc (end)"]);
  return Object.freeze({
    count,
    per: unit.per,
    ...(item === undefined ? {} : { item }),
    ...(unit.bare ? { notes: Object.freeze([Object.freeze({ code: "bare_day_unit" as const })]) } : {}),
  });
}
