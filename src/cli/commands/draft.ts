/**
 * `thoihan draft <notice.txt> > plan.json`: a draft plan from the task table of a notice; the rows
 * it could not turn into obligations are listed on stderr with the reason.
 * @module
 */
import { draftPlan } from "../../draft/index.js";
import { formatIssue } from "../../errors.js";
import type { Command } from "../command.js";
import { readDateOrInstant } from "../options.js";
import { CLI_WORD, CliError } from "../text.js";

const REASON = {
  vi: { no_deadline: "không nêu thời hạn", anchor_unbound: "mốc tính không gắn được với loại sự kiện", source_ambiguous: "nhiều nhiệm vụ nguồn phù hợp", owner_unknown: "không đọc được đơn vị chủ trì" },
  en: { no_deadline: "states no time limit", anchor_unbound: "the anchor binds to no event type", source_ambiguous: "several source tasks fit", owner_unknown: "no owner unit could be read" },
} as const;

const WORD = {
  vi: { unresolved: (n: number): string => `${n} dòng chưa thành nhiệm vụ:`, unread: (n: number): string => `${n} cụm từ thời hạn chưa đọc được:` },
  en: { unresolved: (n: number): string => `${n} row(s) not turned into obligations:`, unread: (n: number): string => `${n} time expression(s) not read:` },
} as const;

/** The `draft` command. */
export const draftCommand: Command = {
  name: "draft",
  summary: { vi: "soạn kế hoạch (JSON) từ bảng nhiệm vụ của một thông báo", en: "draft a plan (JSON) from the task table of a notice" },
  positionals: [{ name: "notice", help: { vi: "tệp văn bản UTF-8 của thông báo (bảng: các cột cách nhau bởi tab); - là đầu vào chuẩn", en: "the notice as UTF-8 text (tables: tab-separated columns); - is standard input" } }],
  options: {
    id: { type: "string", value: "<id>", help: { vi: "mã của kế hoạch", en: "the plan's id" } },
    title: { type: "string", value: "<text>", help: { vi: "tên của kế hoạch", en: "the plan's title" } },
    start: { type: "string", value: "<date>", help: { vi: "ngày bắt đầu", en: "first day" } },
    end: { type: "string", value: "<date>", help: { vi: "ngày kết thúc", en: "last day" } },
    undated: {
      type: "string",
      value: "<dated|unresolved>",
      help: { vi: "dòng không nêu thời hạn: soạn thành nhiệm vụ có hạn riêng (dated, mặc định) hoặc chỉ liệt kê (unresolved)", en: "rows without a time limit: drafted as tasks with their own deadline (dated, the default) or only listed (unresolved)" },
    },
  },
  examples: ["thoihan draft thong-bao-01-2024.txt --start 2024-01-01 > ke-hoach.json", "thoihan check ke-hoach.json"],
  async run({ positionals, values, locale, io }) {
    const start = readDateOrInstant(values, "start", false);
    const end = readDateOrInstant(values, "end", false);
    for (const [name, v] of [["--start", start], ["--end", end]] as const) {
      if (v !== undefined && v.length !== 10) throw new CliError("invalid_option_value", { name, value: v, expected: "YYYY-MM-DD" }, true);
    }
    const undated = values["undated"];
    if (undated !== undefined && undated !== "dated" && undated !== "unresolved") throw new CliError("invalid_option_value", { name: "--undated", value: String(undated), expected: "dated | unresolved" }, true);
    const text = io.readText(positionals[0] as string).replace(/^\uFEFF/, "");
    const result = draftPlan(text, {
      ...(typeof values["id"] === "string" ? { id: values["id"] } : {}),
      ...(typeof values["title"] === "string" ? { title: values["title"] } : {}),
      ...(start === undefined ? {} : { start }),
      ...(end === undefined ? {} : { end }),
      ...(undated === undefined ? {} : { undated }),
    });
    io.stdout(`${JSON.stringify(result.plan, null, 2)}\n`);
    const w = CLI_WORD[locale];
    if (result.unresolved.length > 0) {
      io.stderr(`${w.warning}: ${WORD[locale].unresolved(result.unresolved.length)}\n${result.unresolved.map((u) => `  ${u.row}: ${REASON[locale][u.reason]} — ${u.text}`).join("\n")}\n`);
    }
    if (result.unread.length > 0) {
      io.stderr(`${w.warning}: ${WORD[locale].unread(result.unread.length)}\n${result.unread.map((u) => `  ${u.row}: "${u.text}" — ${formatIssue(u.issue, locale)}`).join("\n")}\n`);
    }
    return 0;
  },
};
