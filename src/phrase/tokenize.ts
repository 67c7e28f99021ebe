/**
 * The tokenizer of the phrase language: NFC text → lexemes (words matched against the
 * lexicon, longest multi-word entry first; numbers; punctuation). One left-to-right pass,
 * bounded lookahead ({@link MAX_ENTRY_WORDS} words): linear in the input.
 * @internal
 * @module
 */
import { accentKey, foldKey, isPlainWord, isSpace, isWordChar, isDash } from "./normalize.js";
import { LEXICON_INDEX, MAX_ENTRY_WORDS, type CompiledEntry, type LexemeKind } from "./lexicon.js";
import { gluedCuts } from "./glued.js";

/** One lexeme: its surface text and its position in the NFC input. @internal */
export interface Lexeme {
  readonly type: "word" | "number" | "punct";
  /** Surface text as written (NFC). */
  readonly text: string;
  /** UTF-16 offsets in the NFC input. */
  readonly start: number;
  readonly end: number;
  /** For punctuation: the symbol, with arrows as "→" and "..." as "…". */
  readonly sym: string;
  /** For numbers: the value. */
  readonly value: number;
  /** For numbers: how many digits were written. */
  readonly digits: number;
  /** Lexicon entries matched (words only; empty for an unknown word). */
  readonly entries: readonly CompiledEntry[];
}

interface RawToken {
  readonly type: "word" | "number" | "punct";
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sym: string;
  readonly accent: string;
  readonly fold: string;
  readonly plain: boolean;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Splits NFC text into raw words, digit runs and punctuation. @internal */
function scan(text: string): RawToken[] {
  const out: RawToken[] = [];
  const n = text.length;
  let i = 0;
  const push = (type: RawToken["type"], start: number, end: number, sym = ""): void => {
    const surface = text.slice(start, end);
    const word = type === "word";
    out.push({
      type,
      text: surface,
      start,
      end,
      sym: sym || surface,
      accent: word ? accentKey(surface) : "",
      fold: word ? foldKey(surface) : "",
      plain: word ? isPlainWord(surface) : true,
    });
  };
  // "ngàylàm", "từngày": syllables of the lexicon run together (a space lost in copying) are read apart;
  // the word pushed whole is replaced by its parts (its accent key and plainness are those just made)
  const pushWord = (start: number, end: number): void => {
    push("word", start, end);
    const whole = out[out.length - 1] as RawToken;
    const cuts = whole.plain ? undefined : gluedCuts(whole.text, whole.accent);
    if (cuts === undefined) return;
    out.pop();
    let from = start;
    for (const cut of cuts) {
      push("word", from, start + cut);
      from = start + cut;
    }
    push("word", from, end);
  };
  while (i < n) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    if (isSpace(code)) {
      i += width;
      continue;
    }
    if (isDigit(code)) {
      const start = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      push("number", start, i);
      continue;
    }
    const ch = text.slice(i, i + width);
    if (isWordChar(ch)) {
      const start = i;
      while (i < n) {
        const c = text.codePointAt(i) as number;
        const w = c > 0xffff ? 2 : 1;
        if (!isWordChar(text.slice(i, i + w))) break;
        i += w;
      }
      pushWord(start, i);
      continue;
    }
    // arrows: "->", "-->", "=>", "==>", "→"; ellipsis: "...", "…"
    if (ch === "-" || ch === "=") {
      const start = i;
      let j = i;
      while (j < n && (text[j] === "-" || text[j] === "=")) j++;
      if (j < n && text[j] === ">") {
        i = j + 1;
        push("punct", start, i, "→");
        continue;
      }
      for (let k = start; k < j; k++) push("punct", k, k + 1);
      i = j;
      continue;
    }
    if (ch === ".") {
      const start = i;
      let j = i;
      while (j < n && text[j] === ".") j++;
      if (j - start >= 2) {
        i = j;
        push("punct", start, i, "…");
        continue;
      }
    }
    i += width;
    const sym = ch === "→" || ch === "⇒" ? "→" : isDash(ch) ? "-" : ch === "“" || ch === "”" ? '"' : ch;
    push("punct", i - width, i, sym);
  }
  return out;
}

/**
 * Whether a raw word matches a lexicon word: exactly (by accent key), or, in `fold` mode, a
 * word written without diacritics by its fold.
 */
function wordMatches(token: RawToken, word: { readonly accent: string; readonly fold: string }, fold: boolean): boolean {
  return fold && token.plain ? token.fold === word.fold : token.accent === word.accent;
}

/** Longest entries matching at raw index `i`, in exact or fold mode. */
function longestAt(raw: readonly RawToken[], i: number, fold: boolean): CompiledEntry[] {
  const token = raw[i] as RawToken;
  let best: CompiledEntry[] = [];
  let bestLength = 0;
  for (const entry of LEXICON_INDEX.get(token.fold) ?? []) {
    const count = entry.words.length;
    if (count < bestLength || count > MAX_ENTRY_WORDS || !adjacent(raw, i, count)) continue;
    let ok = true;
    for (let k = 0; k < count && ok; k++) ok = wordMatches(raw[i + k] as RawToken, entry.words[k] as CompiledEntry["words"][number], fold);
    if (!ok) continue;
    if (count > bestLength) {
      best = [entry];
      bestLength = count;
    } else best.push(entry);
  }
  return best;
}

/**
 * Whether the raw word at `i` is "mươi", "trăm" or "nghìn" (with or without diacritics): then a
 * plain word before it may be a number word typed without diacritics even in a text with them
 * ("sau mươi ngày" = sáu mươi). One word of lookahead.
 */
function continuesNumber(raw: readonly RawToken[], i: number): boolean {
  const token = raw[i];
  if (token?.type !== "word") return false;
  for (const entry of LEXICON_INDEX.get(token.fold) ?? []) {
    if (entry.kind !== "numword" || entry.words.length !== 1 || !(entry.role === "tens" || entry.role === "hundred" || entry.role === "thousand")) continue;
    if (wordMatches(token, entry.words[0] as CompiledEntry["words"][number], token.plain)) return true;
  }
  return false;
}

/** Whether the last lexeme is a number (digits or a number word). */
function afterNumber(out: readonly Lexeme[]): boolean {
  const last = out[out.length - 1];
  return last !== undefined && (last.type === "number" || last.entries.some((e) => e.kind === "numword"));
}

/** Adjacent raw words (only white space between them). */
function adjacent(raw: readonly RawToken[], from: number, count: number): boolean {
  for (let k = from; k < from + count; k++) if (raw[k]?.type !== "word") return false;
  return true;
}

/**
 * Tokenizes NFC text into lexemes: each word run is matched against the lexicon, longest
 * multi-word entry first; all entries of that length are kept (e.g. in text without any
 * diacritic "tu" is both "từ" and "tư"; the grammar chooses). In text with diacritics a plain
 * word is read as written first, and folded only when it has no exact reading.
 *
 * @param text - NFC text.
 * @returns The lexemes in order.
 * @internal
 */
export function tokenize(text: string): Lexeme[] {
  const raw = scan(text);
  const marked = !isPlainWord(text);
  const out: Lexeme[] = [];
  let i = 0;
  while (i < raw.length) {
    const token = raw[i] as RawToken;
    if (token.type !== "word") {
      const value = token.type === "number" ? (token.text.length > 9 ? Number.MAX_SAFE_INTEGER : Number(token.text)) : 0;
      out.push({ type: token.type, text: token.text, start: token.start, end: token.end, sym: token.sym, value, digits: token.type === "number" ? token.text.length : 0, entries: [] });
      i++;
      continue;
    }
    // In text written with diacritics, a plain word is first read as written ("sau" is "sau",
    // not "sáu"; "ngay" is "ngay"); only a word with no exact reading is folded ("viec" → "việc").
    let best = marked ? longestAt(raw, i, false) : [];
    if (best.length === 0) best = longestAt(raw, i, true);
    else if (token.plain) {
      // Number words and units typed without diacritics in a text with them: "sau mươi ngày"
      // (sáu mươi), "mười ngay" (ngày). One word of lookahead or lookbehind.
      const kind = continuesNumber(raw, i + 1) ? "numword" : afterNumber(out) ? "unit" : undefined;
      if (kind !== undefined) best = [...best, ...longestAt(raw, i, true).filter((e) => e.kind === kind && !best.includes(e))];
    }
    const length = Math.max(best[0]?.words.length ?? 0, 1);
    const last = raw[i + length - 1] as RawToken;
    out.push({ type: "word", text: text.slice(token.start, last.end), start: token.start, end: last.end, sym: "", value: 0, digits: 0, entries: best });
    i += length;
  }
  return out;
}

/** Whether a lexeme is of a kind. @internal */
export function hasKind(lexeme: Lexeme | undefined, kind: LexemeKind): boolean {
  if (lexeme === undefined) return false;
  for (const e of lexeme.entries) if (e.kind === kind) return true;
  return false;
}

/** The entry of a kind a lexeme matched, if any. @internal */
export function entryOf(lexeme: Lexeme | undefined, kind: LexemeKind): CompiledEntry | undefined {
  if (lexeme === undefined) return undefined;
  for (const e of lexeme.entries) if (e.kind === kind) return e;
  return undefined;
}
