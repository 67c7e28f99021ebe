/**
 * `thoihan find <text-file>`: every time expression of a document (a law, a notice, a task table),
 * with its role, its wording and the rule it reads as. Wording after a lead word ("chậm nhất",
 * "trước ngày", "kể từ" …) that cannot be read is listed on stderr with the reason, so that a person
 * looks at it; `--unread` lists those fragments on stdout instead, in the chosen format.
 * @module
 */
import { formatIssue } from "../../errors.js";
import { formatDeadline, scanDeadlines, type DeadlineRole, type UnreadFragment } from "../../phrase/index.js";
import { toCsv } from "../../report/csv.js";
import { alignRows } from "../../report/textTable.js";
import { markdownTable } from "../../report/markdown.js";
import type { Command } from "../command.js";
import { formatOption, readFormat } from "../options.js";
import { CLI_WORD } from "../text.js";

const FORMATS = ["table", "json", "csv", "md"] as const;

const HEAD = {
  vi: ["Vị trí", "Vai trò", "Câu chữ", "Đọc là"],
  en: ["Offset", "Role", "Wording", "Reads as"],
} as const;

const UNREAD_HEAD = {
  vi: ["Vị trí", "Từ dẫn", "Câu chữ", "Lý do"],
  en: ["Offset", "Lead", "Wording", "Reason"],
} as const;

const UNREAD_WORD = {
  vi: (n: number): string => `${n} cụm từ thời hạn chưa đọc được (xem lại bằng mắt; --unread để liệt kê):`,
  en: (n: number): string => `${n} time expression(s) not read (for a person to check; --unread lists them):`,
} as const;

const ROLE: { readonly [L in "vi" | "en"]: { readonly [R in DeadlineRole]: string } } = {
  vi: { deadline: "thời hạn", entry_into_force: "hiệu lực", validity: "thời hạn hiệu lực", minimum_notice: "tối thiểu", extension_limit: "giới hạn gia hạn", mention: "ngày được nêu" },
  en: { deadline: "deadline", entry_into_force: "entry into force", validity: "validity", minimum_notice: "minimum notice", extension_limit: "extension limit", mention: "mention" },
};

/** The `find` command. */
export const findCommand: Command = {
  name: "find",
  summary: { vi: "tìm mọi thời hạn trong một văn bản", en: "find every time expression in a document" },
  positionals: [{ name: "text-file", help: { vi: "tệp văn bản UTF-8 (- là đầu vào chuẩn)", en: "a UTF-8 text file (- is standard input)" } }],
  options: {
    format: formatOption(FORMATS),
    unread: {
      type: "boolean",
      help: {
        vi: "liệt kê các cụm từ thời hạn chưa đọc được (vị trí, từ dẫn, câu chữ, lý do) thay cho các thời hạn đã đọc",
        en: "list the time expressions that could not be read (offset, lead, wording, reason) instead of those read",
      },
    },
  },
  examples: ["thoihan find thong-bao.txt", "thoihan find quyet-dinh.txt --format csv > thoi-han.csv", "thoihan find thong-bao.txt --unread"],
  async run({ positionals, values, locale, io }) {
    const format = readFormat(values, FORMATS);
    const text = io.readText(positionals[0] as string).replace(/^\uFEFF/, "");
    const scan = scanDeadlines(text);
    if (values["unread"] === true) {
      if (format === "json") io.stdout(`${JSON.stringify(scan.unread, null, 2)}\n`);
      else io.stdout(table(format, [...UNREAD_HEAD[locale]], scan.unread.map((u) => [String(u.index), u.lead, oneLine(u.text), reason(u, locale)])));
      return 0;
    }
    if (format === "json") io.stdout(`${JSON.stringify(scan.matches, null, 2)}\n`);
    else io.stdout(table(format, [...HEAD[locale]], scan.matches.map((m) => [String(m.index), ROLE[locale][m.role], oneLine(m.text), formatDeadline(m.rule, { locale })])));
    if (scan.unread.length > 0) {
      io.stderr(`${CLI_WORD[locale].warning}: ${UNREAD_WORD[locale](scan.unread.length)}\n${scan.unread.map((u) => `  ${u.index}: "${oneLine(u.text)}" — ${reason(u, locale)}`).join("\n")}\n`);
    }
    return 0;
  },
};

/** The wording on one line: line breaks and tabs of the document as single spaces. */
const oneLine = (text: string): string => text.replace(/\s+/g, " ");

/** Why a fragment was not read, in the user's language (the grammar's issue, worded). */
const reason = (u: UnreadFragment, locale: "vi" | "en"): string => formatIssue(u.issue, locale);

/** Rows under a head as a text table, CSV or Markdown (offsets, the first column, right-aligned). */
function table(format: Exclude<(typeof FORMATS)[number], "json">, head: string[], rows: string[][]): string {
  if (format === "csv") return toCsv([head, ...rows]);
  if (format === "md") return `${markdownTable([head, ...rows], new Set([0])).join("\n")}\n`;
  return `${alignRows([head, ...rows], new Set([0])).join("\n")}\n`;
}
