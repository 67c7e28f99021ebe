/**
 * `thoihan evaluate <plan> <events> --as-of <date|instant>`: evaluates a plan against an event
 * log and prints the findings as a table, JSON, CSV, Markdown or iCalendar; `--fail-on` makes
 * the exit code 1 when a finding is late or overdue (for a host system's CI).
 * @module
 */
import { summarize } from "../../engine/index.js";
import { evaluate } from "../../scoring/index.js";
import type { Evaluation, Finding, FindingStatus } from "../../engine/types.js";
import { renderEvaluation } from "../../report/index.js";
import type { Command, OptionValues } from "../command.js";
import { readEvaluationInputs } from "../inputs.js";
import { CALENDAR_OPTION, EVENTS_FORMAT_OPTION, formatOption, POLICY_OPTION, readFormat } from "../options.js";
import { CliError } from "../text.js";

const FORMATS = ["table", "json", "csv", "md", "ics"] as const;
const STATUSES: readonly FindingStatus[] = ["on_time", "late", "overdue", "open", "cancelled", "undated"];

/** `--fail-on late`: any finding late or overdue; `--fail-on overdue`: any overdue. */
const FAIL_ON: Readonly<Record<string, (f: Finding) => boolean>> = {
  late: (f) => f.status === "late" || f.status === "overdue",
  overdue: (f) => f.status === "overdue",
};

function list(values: OptionValues, name: string): string[] | undefined {
  const v = values[name];
  return v === undefined ? undefined : String(v).split(",").map((s) => s.trim()).filter((s) => s !== "");
}

/** The findings selected by `--status`, `--month`, `--unit`. */
function selector(values: OptionValues): (f: Finding) => boolean {
  const statuses = list(values, "status");
  if (statuses !== undefined) {
    for (const s of statuses) {
      if (s !== "early" && !(STATUSES as readonly string[]).includes(s)) {
        throw new CliError("invalid_option_value", { name: "--status", value: s, expected: [...STATUSES, "early"].join(", ") }, true);
      }
    }
  }
  const month = values["month"];
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(String(month))) throw new CliError("invalid_option_value", { name: "--month", value: String(month), expected: "YYYY-MM" }, true);
  const units = list(values, "unit");
  return (f) =>
    (statuses === undefined || statuses.includes(f.status) || (f.early && statuses.includes("early"))) &&
    (month === undefined || (f.lastDay !== null && f.lastDay.startsWith(`${String(month)}-`))) &&
    (units === undefined || (f.owner !== null && units.includes(f.owner)));
}

/** The `evaluate` command. */
export const evaluateCommand: Command = {
  name: "evaluate",
  summary: { vi: "đánh giá một kế hoạch theo nhật ký sự kiện", en: "evaluate a plan against an event log" },
  positionals: [
    { name: "plan", help: { vi: "tệp kế hoạch JSON hoặc YAML", en: "a JSON or YAML plan file" } },
    { name: "events", help: { vi: "sự kiện: mảng JSON, NDJSON (.ndjson, .jsonl) hoặc CSV (.csv); - là đầu vào chuẩn", en: "events: a JSON array, NDJSON (.ndjson, .jsonl) or CSV (.csv); - is standard input" } },
  ],
  options: {
    "as-of": { type: "string", value: "<date|instant>", help: { vi: "thời điểm đánh giá (bắt buộc), chuyển nguyên cho thư viện", en: "when the evaluation is made (required), passed to the library as given" } },
    format: formatOption(FORMATS),
    "fail-on": { type: "string", value: "late|overdue", help: { vi: "mã thoát 1 nếu có việc trễ hạn hoặc quá hạn (late) / quá hạn (overdue)", en: "exit code 1 when a finding is late or overdue (late) / overdue (overdue)" } },
    status: { type: "string", value: "<list>", help: { vi: "chỉ các trạng thái này, ví dụ late,overdue (thêm early cho sớm hạn)", en: "only these statuses, e.g. late,overdue (early for early ones)" } },
    month: { type: "string", value: "YYYY-MM", help: { vi: "chỉ các việc có hạn cuối trong tháng này", en: "only findings whose last day is in this month" } },
    unit: { type: "string", value: "<ids>", help: { vi: "chỉ các đơn vị chủ trì này (mã, cách nhau bởi dấu phẩy)", en: "only these owner units (ids, comma-separated)" } },
    explain: { type: "boolean", help: { vi: "mọi bước giải thích thay cho một dòng lý do", en: "every explanation step instead of the one-line reason" } },
    "events-format": EVENTS_FORMAT_OPTION,
    calendar: CALENDAR_OPTION,
    policy: POLICY_OPTION,
  },
  examples: [
    "thoihan evaluate examples/heza-2024/plan.json examples/heza-2024/events.json --as-of 2024-12-31",
    "thoihan evaluate plan.json events.ndjson --as-of 2024-07-19 --status late --month 2024-07 --format csv > tre-han-7-2024.csv",
    "thoihan evaluate plan.json events.json --as-of 2024-12-31 --format ics > thoi-han.ics",
    "thoihan evaluate plan.json events.csv --as-of 2024-12-31 --fail-on overdue",
  ],
  async run({ positionals, values, locale, io }) {
    const format = readFormat(values, FORMATS);
    const failOn = values["fail-on"];
    if (failOn !== undefined && !Object.prototype.hasOwnProperty.call(FAIL_ON, String(failOn))) {
      throw new CliError("invalid_option_value", { name: "--fail-on", value: String(failOn), expected: "late | overdue" }, true);
    }
    const select = selector(values);
    const { plan, events, asOf, calendar, policy } = await readEvaluationInputs(positionals, values, locale, io);
    const full: Evaluation = evaluate(plan, events, { asOf, locale, ...(calendar === undefined ? {} : { calendar }), ...(policy === undefined ? {} : { policy }) });
    // A selection is summarised on its own, so that its tables add up to its rows.
    const findings = full.findings.filter(select);
    const selected: Evaluation = findings.length === full.findings.length ? full : { ...full, findings, summary: summarize(findings, { asOf: full.asOf, rate: full.summary.rate }) };
    io.stdout(renderEvaluation(selected, { format, locale, units: plan.units, title: plan.title, explain: values["explain"] === true }));
    return failOn !== undefined && selected.findings.some(FAIL_ON[String(failOn)] as (f: Finding) => boolean) ? 1 : 0;
  },
};
