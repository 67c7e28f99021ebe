/**
 * Reading a notice into rows: the task table (tab-separated rows under a header with "TT" and
 * "Chủ trì", sections numbered I, II …) and, outside tables, numbered items and bullets of prose.
 * One pass over the lines.
 * @internal
 * @module
 */
import { foldKey } from "../phrase/normalize.js";
import { keysOf, stripTags, tidy } from "./words.js";

/** A part of a row's text; `requirement` when it follows an arrow ("--> yêu cầu …"). @internal */
export interface Segment {
  readonly text: string;
  readonly requirement: boolean;
}

/** A task of the notice, from a table row or a prose item. @internal */
export interface DraftRow {
  /** The id as the notice numbers it: "I.1", "III.2"; a bullet is numbered by its place ("III.4"). */
  readonly id: string;
  readonly title: string;
  readonly owner: readonly string[];
  readonly cooperating: readonly string[];
  readonly segments: readonly Segment[];
  /** From prose, not a table: only time limits with a strong lead are drafted. */
  readonly prose: boolean;
}

type Column = "number" | "title" | "content" | "product" | "owner" | "cooperating" | "requirement";

/** Header words (fold keys of the first words) → column. @internal */
const HEADER_COLUMNS: readonly { readonly words: string; readonly column: Column }[] = [
  { words: "tt", column: "number" },
  { words: "stt", column: "number" },
  { words: "chủ trì", column: "owner" },
  { words: "đơn vị chủ trì", column: "owner" },
  { words: "phối hợp", column: "cooperating" },
  { words: "đơn vị phối hợp", column: "cooperating" },
  { words: "nội dung", column: "content" },
  { words: "sản phẩm", column: "product" },
  { words: "kết quả", column: "product" },
  { words: "yêu cầu", column: "requirement" },
  { words: "thời hạn", column: "requirement" },
  { words: "lĩnh vực", column: "title" },
  { words: "nhiệm vụ", column: "title" },
  { words: "tên nhiệm vụ", column: "title" },
];

const ROMAN = new Set(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]);

function columnOf(cell: string): Column | undefined {
  const keys = keysOf(cell);
  let best: { column: Column; length: number } | undefined;
  for (const entry of HEADER_COLUMNS) {
    const want = keysOf(entry.words);
    if (want.length > keys.length || (best !== undefined && best.length >= want.length)) continue;
    if (want.every((k, i) => keys[i] === k)) best = { column: entry.column, length: want.length };
  }
  return best?.column;
}

/** A roman numeral at the start of a cell or line ("II NHIỆM VỤ …", "III. Tổ chức"), or undefined. */
function romanAt(text: string): string | undefined {
  let i = 0;
  while (i < text.length && "IVXivx".includes(text[i] as string)) i++;
  if (i === 0) return undefined;
  const next = text[i];
  if (next !== undefined && next !== " " && next !== "." && next !== "\t") return undefined;
  const numeral = text.slice(0, i);
  return ROMAN.has(numeral.toLowerCase()) && numeral === numeral.toUpperCase() ? numeral : undefined;
}

/** A number at the start ("1", "1.", "2)"), or undefined. */
function numberAt(text: string): string | undefined {
  let i = 0;
  while (i < text.length && (text[i] as string) >= "0" && (text[i] as string) <= "9") i++;
  if (i === 0 || i > 3) return undefined;
  const next = text[i];
  if (next !== undefined && next !== "." && next !== ")" && next !== " " && next !== "\t") return undefined;
  return text.slice(0, i);
}

/** Splits a cell at arrows ("-->", "->", "→"): the parts after an arrow are requirements. */
export function segmentsOf(cell: string): Segment[] {
  const text = stripTags(cell);
  const out: Segment[] = [];
  let from = 0;
  let requirement = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    let arrow = 0;
    if (ch === "→") arrow = 1;
    else if (ch === "-" || ch === "=") {
      let j = i;
      while (j < text.length && (text[j] === "-" || text[j] === "=")) j++;
      if (text[j] === ">") arrow = j + 1 - i;
      else {
        i = j;
        continue;
      }
    }
    if (arrow > 0) {
      const part = tidy(text.slice(from, i));
      if (part !== "") out.push({ text: part, requirement });
      requirement = true;
      i += arrow;
      from = i;
      continue;
    }
    i++;
  }
  const last = tidy(text.slice(from));
  if (last !== "") out.push({ text: last, requirement });
  return out;
}

/** Splits a unit cell into names: "Văn phòng, Phòng, DVVL-ĐT-XTĐT", "Các Phòng & Trung tâm …". @internal */
export function unitNames(cell: string): string[] {
  const out: string[] = [];
  let current = "";
  const flush = (): void => {
    const name = tidy(current);
    if (name !== "" && name !== "-") out.push(name);
    current = "";
  };
  const words = tidy(stripTags(cell)).split(" ");
  for (const word of words) {
    if (word === "&" || foldKey(word) === "va") {
      flush();
      continue;
    }
    let piece = "";
    for (const ch of word) {
      if (ch === "," || ch === ";" || ch === "&") {
        current += `${current === "" ? "" : " "}${piece}`;
        piece = "";
        flush();
      } else piece += ch;
    }
    if (piece !== "") current += `${current === "" ? "" : " "}${piece}`;
  }
  flush();
  return out;
}

/**
 * Reads every row of a notice: the rows of its task table when it has one (the prose around a
 * table is its preamble), else the numbered items and bullets of its prose, up to "Nơi nhận".
 * @internal
 */
export function readRows(text: string): DraftRow[] {
  const table: DraftRow[] = [];
  const prose: DraftRow[] = [];
  let ended = false;
  let header: (Column | undefined)[] | undefined;
  let section = "";
  let item = "";
  let bullet = 0;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace("\r", "");
    if (line.includes("\t")) {
      const cells = line.split("\t");
      const first = tidy(stripTags(cells[0] ?? ""));
      const columns = cells.map(columnOf);
      if (columns[0] === "number" && columns.includes("owner")) {
        header = columns;
        continue;
      }
      if (header === undefined) continue;
      const roman = romanAt(first);
      if (roman !== undefined) {
        section = roman;
        continue;
      }
      const number = numberAt(first);
      if (number === undefined) continue;
      const pick = (column: Column): string[] => cells.filter((_, i) => (header as (Column | undefined)[])[i] === column);
      const segments = [...pick("content"), ...pick("product"), ...pick("requirement")].flatMap(segmentsOf);
      table.push({
        id: section === "" ? number : `${section}.${number}`,
        title: tidy(stripTags(pick("title").join(" "))) || tidy(stripTags(pick("content").join(" "))).slice(0, 200),
        owner: pick("owner").flatMap(unitNames),
        cooperating: pick("cooperating").flatMap(unitNames),
        segments,
        prose: false,
      });
      continue;
    }
    header = undefined;
    const trimmed = tidy(line);
    if (trimmed === "" || ended) continue;
    if (keysOf(trimmed).slice(0, 2).join(" ") === "noi nhan") {
      ended = true;
      continue;
    }
    const roman = romanAt(trimmed);
    if (roman !== undefined) {
      section = roman;
      item = "";
      bullet = 0;
      continue;
    }
    const number = numberAt(trimmed);
    const isBullet = trimmed.startsWith("- ") || trimmed.startsWith("+ ") || trimmed.startsWith("• ");
    if (number === undefined && !isBullet) continue;
    let id: string;
    let body: string;
    if (number !== undefined) {
      item = number;
      bullet = 0;
      id = section === "" ? number : `${section}.${number}`;
      body = tidy(trimmed.slice(number.length + 1));
    } else {
      bullet++;
      const path = [section, item].filter((p) => p !== "").join(".");
      id = path === "" ? String(bullet) : `${path}.${bullet}`;
      body = tidy(trimmed.slice(2));
    }
    prose.push({ id, title: body, owner: [], cooperating: [], segments: [{ text: body, requirement: false }], prose: true });
  }
  return table.length > 0 ? table : prose;
}
