/**
 * Vietnamese wording of the type descriptions the library puts in `expected` and `received`
 * (`invalid_type`, `invalid_value`, `invalid_option`): type words are Vietnamese, and identifiers
 * a reader types (`WorkCalendar`, `createCalendar(…)`, `{ from, to }`) stay as they are. A
 * description not listed here is shown as given (identifiers only: a test scans every code).
 * @internal
 */
export const TYPE_NAMES_VI: Readonly<Record<string, string>> = {
  // zod's and JavaScript's type names
  string: "chuỗi",
  number: "số",
  int: "số nguyên",
  boolean: "giá trị đúng/sai",
  object: "đối tượng",
  array: "danh sách",
  null: "null",
  undefined: "không có giá trị",
  bigint: "số BigInt",
  symbol: "ký hiệu (Symbol)",
  function: "hàm",
  date: "ngày",
  "cyclic object": "đối tượng có vòng tham chiếu",
  // the library's descriptions
  "IsoDate or Instant": "ngày (YYYY-MM-DD) hoặc thời điểm (ISO 8601)",
  "IsoDate (YYYY-MM-DD)": "ngày (YYYY-MM-DD)",
  "Instant (ISO 8601)": "thời điểm (ISO 8601)",
  "Instant (ISO 8601) or date (end of that day)": "thời điểm (ISO 8601) hoặc ngày (tính đến hết ngày đó)",
  "DayNumber (integer)": "số ngày (DayNumber, số nguyên)",
  "epoch milliseconds (number)": "số mili giây từ 01/01/1970 (số)",
  "finite number": "số hữu hạn",
  "number (hours)": "số giờ",
  "number | { days, ids?, types? }": "số hoặc { days, ids?, types? }",
  "string[]": "danh sách chuỗi",
  "array of events": "danh sách sự kiện",
  "events (array)": "danh sách sự kiện",
  'period "YYYY", "YYYY-Hn", "YYYY-Qn" or "YYYY-MM"': 'kỳ "YYYY", "YYYY-Hn", "YYYY-Qn" hoặc "YYYY-MM"',
  "options (object)": "tùy chọn (đối tượng)",
  "options object": "tùy chọn (đối tượng)",
  "score options (object)": "tùy chọn chấm điểm (đối tượng)",
  "summary options (object)": "tùy chọn tổng hợp (đối tượng)",
  "object (DeadlineContext)": "đối tượng DeadlineContext",
  "CalendarOptions object": "đối tượng CalendarOptions",
  "DaysOffOptions (object)": "đối tượng DaysOffOptions",
  "DraftPlanOptions (object)": "đối tượng DraftPlanOptions",
  "Partial<Policy> (object)": "đối tượng Partial<Policy>",
  "ReportOptions (object)": "đối tượng ReportOptions",
  "WhatIfChange (object)": "đối tượng WhatIfChange",
  "WorkCalendar (civilServiceCalendar or createCalendar(…))": "lịch làm việc (civilServiceCalendar hoặc createCalendar(…))",
  "Comparison (a result of compare)": "Comparison (kết quả của compare)",
  "Evaluation (a result of evaluate)": "Evaluation (kết quả của evaluate)",
  "Evaluation (a result of evaluate) or its findings": "Evaluation (kết quả của evaluate) hoặc danh sách phát hiện của nó",
  "ScoreNode (a tree)": "ScoreNode (cây điểm)",
  "JSON data (no cycle)": "dữ liệu JSON (không có vòng tham chiếu)",
  "JSON data (no bigint)": "dữ liệu JSON (không có số BigInt)",
  "JSON data (a list without a constructor key)": "dữ liệu JSON (danh sách không có khóa constructor)",
};

/** The Vietnamese wording of a type description, or the description itself when it is an identifier. @internal */
export function typeNameVi(value: unknown, fallback: (v: unknown) => string): string {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(TYPE_NAMES_VI, value) ? (TYPE_NAMES_VI[value] as string) : fallback(value);
}
