/**
 * Options shared by several commands (`--format`, `--as-of`, `--calendar`, `--policy`), their
 * help, and how their values are read and checked.
 * @module
 */
import { createCalendar } from "../calendar/index.js";
import type { CalendarOptions, WorkCalendar } from "../calendar/types.js";
import { isIsoDate } from "../day/dayNumber.js";
import type { Policy } from "../deadline/types.js";
import { parsePolicy } from "../deadline/ruleSchema.js";
import type { ReportFormat } from "../report/index.js";
import type { OptionSpec, OptionValues } from "./command.js";
import type { CliIo } from "./io.js";
import { readJsonFile } from "./readPlan.js";
import { CliError } from "./text.js";

/** `--lang` and `--help`, which every command has. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  lang: { type: "string", value: "vi|en", help: { vi: "ngôn ngữ của kết quả (mặc định vi)", en: "language of the output (default vi)" } },
  help: { type: "boolean", help: { vi: "hướng dẫn của lệnh", en: "help of the command" } },
};

/** `--format` limited to some formats. */
export function formatOption(formats: readonly ReportFormat[]): OptionSpec {
  return {
    type: "string",
    value: formats.join("|"),
    help: { vi: `định dạng: ${formats.join(", ")} (mặc định ${formats[0] ?? "table"})`, en: `format: ${formats.join(", ")} (default ${formats[0] ?? "table"})` },
  };
}

/** `--calendar <json>`. */
export const CALENDAR_OPTION: OptionSpec = {
  type: "string",
  value: "<json>",
  help: {
    vi: "tệp JSON các tùy chọn của createCalendar (daysOff, workingDays, weeklyRest, swaps, accept, officeHours) mở rộng lịch công vụ",
    en: "JSON file of createCalendar options (daysOff, workingDays, weeklyRest, swaps, accept, officeHours) extending the civil-service calendar",
  },
};

/** `--policy key=value`, repeatable. */
export const POLICY_OPTION: OptionSpec = {
  type: "string",
  multiple: true,
  value: "key=value",
  help: {
    vi: 'ghi đè chính sách tính hạn, lặp lại được, ví dụ --policy beforeDate=inclusive (giá trị true/false/số/null hoặc chữ; JSON cho đối tượng)',
    en: 'override a deadline policy field, repeatable, e.g. --policy beforeDate=inclusive (true/false/number/null or text; JSON for objects)',
  },
};

/** `--events-format`, for standard input or a file whose name does not tell its format. */
export const EVENTS_FORMAT_OPTION: OptionSpec = {
  type: "string",
  value: "json|ndjson|csv",
  help: {
    vi: "định dạng của tệp sự kiện khi tên tệp không cho biết (đầu vào chuẩn); mặc định theo phần mở rộng",
    en: "the events' format when the file name does not tell it (standard input); default by extension",
  },
};

/** Reads `--events-format`. */
export function readEventsFormat(values: OptionValues): "json" | "ndjson" | "csv" | undefined {
  const value = values["events-format"];
  if (value === undefined) return undefined;
  if (value === "json" || value === "ndjson" || value === "csv") return value;
  throw new CliError("invalid_option_value", { name: "--events-format", value: String(value), expected: "json | ndjson | csv" }, true);
}

/** Reads `--format` among the allowed ones (the first is the default). */
export function readFormat<F extends ReportFormat>(values: OptionValues, formats: readonly [F, ...F[]]): F {
  const value = values["format"];
  if (value === undefined) return formats[0];
  const chosen = formats.find((f) => f === value);
  if (chosen !== undefined) return chosen;
  throw new CliError("invalid_option_value", { name: "--format", value: String(value), expected: formats.join(" | ") }, true);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Reads a date or instant option; passed on unchanged (the library decides what a date means). */
export function readDateOrInstant(values: OptionValues, name: string, required: boolean): string | undefined {
  const value = values[name];
  if (value === undefined) {
    if (required) throw new CliError("missing_option", { name: `--${name}` }, true);
    return undefined;
  }
  const text = String(value);
  const isDate = (v: string): boolean => isIsoDate(v);
  if (typeof value === "string" && (isDate(text) || (INSTANT.test(text) && isDate(text.slice(0, 10))))) return text;
  throw new CliError("invalid_option_value", { name: `--${name}`, value: String(value), expected: "YYYY-MM-DD | YYYY-MM-DDTHH:mm[:ss][±HH:mm]" }, true);
}

function policyValue(text: string): unknown {
  if (text === "true") return true;
  if (text === "false") return false;
  if (text === "null") return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text.startsWith("{") || text.startsWith("[")) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/** Reads the `--policy key=value` options into policy overrides, checked by the library. */
export function readPolicy(values: OptionValues): Partial<Policy> | undefined {
  const list = values["policy"];
  if (list === undefined) return undefined;
  const entries = Array.isArray(list) ? (list as readonly string[]) : [String(list)];
  const out: Record<string, unknown> = {};
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    if (eq <= 0) throw new CliError("invalid_option_value", { name: "--policy", value: entry, expected: "key=value" }, true);
    out[entry.slice(0, eq)] = policyValue(entry.slice(eq + 1));
  }
  return parsePolicy(out, ["--policy"]);
}

/** Reads `--calendar <json>` into a calendar extending the civil-service calendar. */
export function readCalendar(values: OptionValues, io: CliIo): WorkCalendar | undefined {
  const path = values["calendar"];
  if (path === undefined) return undefined;
  const options = readJsonFile(String(path), io);
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new CliError("invalid_calendar_file", { path: String(path), reason: "expected a JSON object of createCalendar options" });
  }
  if ("base" in options) throw new CliError("invalid_calendar_file", { path: String(path), reason: '"base" cannot be given in a file' });
  return createCalendar(options as CalendarOptions);
}
