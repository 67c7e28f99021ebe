/**
 * The command's own words in Vietnamese and English: its errors (stable snake_case codes) and
 * common phrases. The library's errors keep their own texts (`ThoihanError.format`).
 * @module
 */
import type { Locale } from "../errors.js";

/** Codes of the command's own errors (exit code 2). */
export type CliErrorCode =
  | "unknown_command"
  | "unknown_option"
  | "missing_argument"
  | "too_many_arguments"
  | "invalid_option_value"
  | "missing_option"
  | "file_unreadable"
  | "invalid_json"
  | "invalid_yaml"
  | "yaml_not_installed"
  | "invalid_csv"
  | "invalid_calendar_file";

type Params = Readonly<Record<string, string | number>>;

const s = (v: string | number | undefined): string => String(v ?? "");

/** Texts of the errors, by language. */
export const ERROR_TEXT: { readonly [L in Locale]: { readonly [C in CliErrorCode]: (p: Params) => string } } = {
  vi: {
    unknown_command: (p) => `Không có lệnh "${s(p["name"])}"${p["suggestion"] === undefined ? "." : `; có phải ý bạn là "${s(p["suggestion"])}"?`}`,
    unknown_option: (p) => `Tùy chọn không được hỗ trợ: ${s(p["name"])}${p["suggestion"] === undefined ? "." : `; có phải ý bạn là ${s(p["suggestion"])}?`}`,
    missing_argument: (p) => `Thiếu tham số: ${s(p["name"])}.`,
    too_many_arguments: (p) => `Thừa tham số: "${s(p["value"])}".`,
    invalid_option_value: (p) =>
      `Giá trị không hợp lệ cho ${s(p["name"])}: "${s(p["value"])}" (${p["expected"] === "no value" ? "tùy chọn này không nhận giá trị" : `cần ${p["expected"] === "a value" ? "một giá trị" : s(p["expected"])}`}).`,
    missing_option: (p) => `Thiếu tùy chọn bắt buộc ${s(p["name"])}.`,
    file_unreadable: (p) => `Không đọc được tệp "${s(p["path"])}": ${s(p["reason"])}.`,
    invalid_json: (p) => `Tệp "${s(p["path"])}" không phải JSON hợp lệ: ${s(p["reason"])}.`,
    invalid_yaml: (p) => `Tệp "${s(p["path"])}" không phải YAML hợp lệ: ${s(p["reason"])}.`,
    yaml_not_installed: (p) => `Để đọc kế hoạch YAML "${s(p["path"])}" cần gói "yaml": chạy npm install yaml (hoặc dùng kế hoạch JSON).`,
    invalid_csv: (p) => `Tệp CSV "${s(p["path"])}" không hợp lệ ở dòng ${s(p["line"])}: ${s(p["reason"])}.`,
    invalid_calendar_file: (p) => `Tệp lịch "${s(p["path"])}" không hợp lệ: ${s(p["reason"])}.`,
  },
  en: {
    unknown_command: (p) => `There is no command "${s(p["name"])}"${p["suggestion"] === undefined ? "." : `; did you mean "${s(p["suggestion"])}"?`}`,
    unknown_option: (p) => `Unknown option: ${s(p["name"])}${p["suggestion"] === undefined ? "." : `; did you mean ${s(p["suggestion"])}?`}`,
    missing_argument: (p) => `Missing argument: ${s(p["name"])}.`,
    too_many_arguments: (p) => `Unexpected argument: "${s(p["value"])}".`,
    invalid_option_value: (p) => `Invalid value for ${s(p["name"])}: "${s(p["value"])}" (expected ${s(p["expected"])}).`,
    missing_option: (p) => `Missing required option ${s(p["name"])}.`,
    file_unreadable: (p) => `Cannot read file "${s(p["path"])}": ${s(p["reason"])}.`,
    invalid_json: (p) => `File "${s(p["path"])}" is not valid JSON: ${s(p["reason"])}.`,
    invalid_yaml: (p) => `File "${s(p["path"])}" is not valid YAML: ${s(p["reason"])}.`,
    yaml_not_installed: (p) => `Reading the YAML plan "${s(p["path"])}" needs the "yaml" package: run npm install yaml (or use a JSON plan).`,
    invalid_csv: (p) => `CSV file "${s(p["path"])}" is invalid at line ${s(p["line"])}: ${s(p["reason"])}.`,
    invalid_calendar_file: (p) => `Calendar file "${s(p["path"])}" is invalid: ${s(p["reason"])}.`,
  },
};

/** An error of the command line (bad arguments, unreadable files): exit code 2, no stack trace. */
export class CliError extends Error {
  override readonly name: string = "CliError";
  constructor(
    readonly code: CliErrorCode,
    readonly params: Params = {},
    /** Whether the usage line of the command should follow the message. */
    readonly showUsage = false,
  ) {
    super(`[${code}] ${ERROR_TEXT.en[code](params)}`);
  }

  /** The message in a language, prefixed by the code. */
  format(locale: Locale): string {
    return `[${this.code}] ${ERROR_TEXT[locale][this.code](this.params)}`;
  }
}

/** Common phrases of the command. */
export const CLI_WORD = {
  vi: {
    error: "Lỗi",
    warning: "Cảnh báo",
    usage: "Cách dùng",
    commands: "Các lệnh",
    options: "Tùy chọn",
    moreHelp: (name: string): string => `Xem "thoihan ${name} --help" để biết thêm.`,
    exitCodes: "Mã thoát: 0 thành công; 1 có kết quả khớp --fail-on; 2 dữ liệu vào hoặc tham số sai.",
    progress: (n: string, rate: string): string => `Đã đọc ${n} sự kiện (${rate} sự kiện/giây)`,
    badLine: (line: number, reason: string): string => `dòng ${line} không đọc được (${reason}): vẫn được đưa vào đánh giá và ghi là "invalid".`,
    yaml11: (path: string): string =>
      `"${path}" có khóa "true": có lẽ một trình đọc YAML 1.1 đã đổi "on:" thành true. Hãy đặt "on" trong dấu ngoặc kép ("on": done).`,
  },
  en: {
    error: "Error",
    warning: "Warning",
    usage: "Usage",
    commands: "Commands",
    options: "Options",
    moreHelp: (name: string): string => `See "thoihan ${name} --help" for more.`,
    exitCodes: "Exit codes: 0 success; 1 findings matched --fail-on; 2 bad input or arguments.",
    progress: (n: string, rate: string): string => `Read ${n} events (${rate} events/s)`,
    badLine: (line: number, reason: string): string => `line ${line} could not be read (${reason}): it is still passed to the evaluation and listed as "invalid".`,
    yaml11: (path: string): string =>
      `"${path}" has a key "true": a YAML 1.1 loader probably turned "on:" into true. Quote it ("on": done).`,
  },
} as const;
