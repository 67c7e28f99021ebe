/**
 * Reports (`report`): evaluations and calendars rendered as strings — aligned text, CSV, Markdown,
 * JSON and iCalendar — and the one-line reason of each finding. Pure: nothing is printed or written.
 * @module
 */
export { renderEvaluation } from "./renderEvaluation.js";
export { renderDaysOff, type DaysOffOptions } from "./daysOff.js";
export { whyFinding } from "./why.js";
export { renderScoreSheet, type ScoreSheetOptions } from "./scoreSheet.js";
export { renderComparison, type ComparisonOptions } from "./comparison.js";
export { REPORT_FORMATS, type ReportFormat, type ReportOptions, type ReportUnit } from "./context.js";
export { toCsv, csvField, UTF8_BOM } from "./csv.js";
export { escapeText, foldLine, stableUid } from "./icalendar.js";
export { markdownTable } from "./markdown.js";
export { alignRows } from "./textTable.js";
export { STATUS_WORD } from "./labels.js";
