/**
 * Vietnamese wording of the type descriptions the library puts in `expected` and `received`
 * (`invalid_type`, `invalid_value`, `invalid_option`): type words are Vietnamese, and identifiers
 * a reader types (`WorkCalendar`, `createCalendar(…)`, `{ from, to }`) stay as they are.
 * Descriptions built at run time are worded by `TYPE_FORMS_VI`. A description found in neither is
 * shown as given (identifiers only: a test scans the descriptions of every code).
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
  "epoch milliseconds (finite number)": "số mili giây từ 01/01/1970 (số hữu hạn)",
  "integer year 1900–2199": "năm (số nguyên) 1900–2199",
  "an integer year": "năm (số nguyên)",
  "non-empty string": "chuỗi không rỗng",
  "array of ISO weekdays 1–7": "danh sách thứ trong tuần theo ISO 1–7",
  "distinct ISO weekdays 1 (Monday) … 7 (Sunday)": "các thứ trong tuần theo ISO, không trùng nhau, 1 (thứ Hai) … 7 (Chủ nhật)",
  "1 (Monday) … 7 (Sunday)": "1 (thứ Hai) … 7 (Chủ nhật)",
  "at most 6 rest days a week": "tối đa 6 ngày nghỉ mỗi tuần",
  "array of IsoDate or { date, name?, source?, status? }": "danh sách ngày (YYYY-MM-DD) hoặc { date, name?, source?, status? }",
  "array of data statuses": "danh sách trạng thái dữ liệu",
  "a date that is not also in daysOff": "một ngày không đồng thời có trong daysOff",
  "a WorkCalendar from civilServiceCalendar or createCalendar": "lịch làm việc WorkCalendar (civilServiceCalendar hoặc createCalendar)",
  "DayIndex (calendar.days)": "DayIndex (calendar.days)",
  "from ≤ to": "`from` không sau `to`",
  "{ from: YYYY-MM-DD, to: YYYY-MM-DD }, from ≤ to": "{ from: YYYY-MM-DD, to: YYYY-MM-DD }, `from` không sau `to`",
  "points within ±90071992547409.91": "số điểm trong khoảng ±90071992547409.91",
  "points ≥ 0, at most 2 decimals": "số điểm ≥ 0, tối đa 2 chữ số thập phân",
  "an existing period (YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-Www, YYYY-MM-DD)": "một kỳ có thật (YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-Www, YYYY-MM-DD)",
  '"YYYY", "YYYY-H1", "YYYY-Q3" or "YYYY-07" (1900–2199)': '"YYYY", "YYYY-H1", "YYYY-Q3" hoặc "YYYY-07" (1900–2199)',
  "an instant from 1911-05-01T00:00:00+07:00": "một thời điểm từ 1911-05-01T00:00:00+07:00 trở đi",
  "an integer day number": "số ngày (số nguyên)",
  "an instant at least one whole minute after min": "một thời điểm sau `min` ít nhất một phút tròn",
  "a non-empty list of non-empty strings": "danh sách không rỗng gồm các chuỗi không rỗng",
  "an instant at or after from": "một thời điểm không trước `from`",
  "an integer ≥ 0": "số nguyên ≥ 0",
  "(string | number)[]": "danh sách chuỗi hoặc số",
  "number | null": "số hoặc null",
  "string | string[]": "chuỗi hoặc danh sách chuỗi",
  '"month" | "quarter" | "year" | { from, to, label? }[]': '"month" | "quarter" | "year" hoặc danh sách { from, to, label? }',
  // zod's format names and the note of a discriminated union that matched no member
  regex: "chuỗi đúng mẫu",
  "No matching discriminator": "một trong các loại đã khai báo",
};

/** The report frequencies of rules, in Vietnamese (`"… for a monthly report"`). */
const FREQUENCIES_VI: Readonly<Record<string, string>> = {
  daily: "hằng ngày",
  weekly: "hằng tuần",
  monthly: "hằng tháng",
  quarterly: "hằng quý",
  half_yearly: "6 tháng",
  yearly: "hằng năm",
};

/**
 * Descriptions built at run time (`expected: \`a date on or after ${from}\``): the English form
 * with its variable parts captured, and the Vietnamese form built from them.
 * @internal
 */
export const TYPE_FORMS_VI: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [/^a date on or after (.+)$/s, (m) => `một ngày từ ${m[1]} trở đi`],
  [/^a day on or after asOf's, (.+)$/s, (m) => `một ngày không trước ngày của asOf, ${m[1]}`],
  [/^(.+) for an? (\S+) report$/s, (m) => `${m[1]} cho báo cáo ${FREQUENCIES_VI[m[2] as string] ?? `\`${m[2]}\``}`],
  [/^points ≤ (.+), the criterion's max$/s, (m) => `số điểm ≤ ${m[1]}, điểm tối đa của tiêu chí`],
  [/^a non-empty list of (.+)$/s, (m) => `danh sách không rỗng gồm các giá trị ${m[1]}`],
  [/^a list of (.+)$/s, (m) => `danh sách gồm các giá trị ${m[1]}`],
  [/^a day number ≥ min \((.+)\)$/s, (m) => `số ngày ≥ min (${m[1]})`],
  [/^a range holding office hours of (.+)$/s, (m) => `một khoảng thời gian có giờ hành chính của lịch ${m[1]}`],
  [/^an integer from 0 to maxEvents \((.+)\)$/s, (m) => `số nguyên từ 0 đến maxEvents (${m[1]})`],
];

/** The Vietnamese wording of a type description, or the description itself when it is an identifier. @internal */
export function typeNameVi(value: unknown, fallback: (v: unknown) => string): string {
  if (typeof value !== "string") return fallback(value);
  if (Object.prototype.hasOwnProperty.call(TYPE_NAMES_VI, value)) return TYPE_NAMES_VI[value] as string;
  for (const [pattern, word] of TYPE_FORMS_VI) {
    const m = pattern.exec(value);
    if (m !== null) return word(m);
  }
  return fallback(value);
}
