/**
 * `thoihan find <text-file>`: every time expression of a document (a law, a notice, a task table),
 * with its role, its wording and the rule it reads as.
 * @module
 */
import { findDeadlines, formatDeadline, type DeadlineRole } from "../../phrase/index.js";
import { toCsv } from "../../report/csv.js";
import { alignRows } from "../../report/textTable.js";
import { markdownTable } from "../../report/markdown.js";
import type { Command } from "../command.js";
import { formatOption, readFormat } from "../options.js";

const FORMATS = ["table", "json", "csv", "md"] as const;

const HEAD = {
  vi: ["Vị trí", "Vai trò", "Câu chữ", "Đọc là"],
  en: ["Offset", "Role", "Wording", "Reads as"],
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
  options: { format: formatOption(FORMATS) },
  examples: ["thoihan find thong-bao.txt", "thoihan find quyet-dinh.txt --format csv > thoi-han.csv"],
  async run({ positionals, values, locale, io }) {
    const format = readFormat(values, FORMATS);
    const text = io.readText(positionals[0] as string).replace(/^\uFEFF/, "");
    const matches = findDeadlines(text);
    if (format === "json") {
      io.stdout(`${JSON.stringify(matches, null, 2)}\n`);
      return 0;
    }
    const rows = matches.map((m) => [String(m.index), ROLE[locale][m.role], m.text.replace(/\s+/g, " "), formatDeadline(m.rule, { locale })]);
    if (format === "csv") io.stdout(toCsv([[...HEAD[locale]], ...rows]));
    else if (format === "md") io.stdout(`${markdownTable([[...HEAD[locale]], ...rows], new Set([0])).join("\n")}\n`);
    else io.stdout(`${alignRows([[...HEAD[locale]], ...rows], new Set([0])).join("\n")}\n`);
    return 0;
  },
};
