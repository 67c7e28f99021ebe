/**
 * The check of yearly schedules given by a host (`createCalendar({ schedules })`), without zod so
 * that a bundle of the calendar alone stays free of it. It applies the rules of
 * {@link yearScheduleSchema} (the same value lists, from `scheduleRules.ts`; a test holds the two
 * to the same answers) and also those the schema leaves to the data tests: the weekday of each row,
 * one row per date, rows within their year, one schedule per year. Every problem is reported at once.
 * @internal
 * @module
 */
import { dayNumberFromYmd, readIsoDate, weekdayOf } from "../day/dayNumber.js";
import { issue, type Issue } from "../errors.js";
import { EVIDENCE, HOLIDAY_IDS, PLAIN_DAY_STATUSES, ROW_STATUSES, SCHEDULE_ROW_KINDS, undeclaredSources } from "./scheduleRules.js";

type Path = readonly (string | number)[];
type Raw = Record<string, unknown>;

const SCHEDULE_KEYS = ["year", "decides", "plainDays", "sources", "documents", "rows", "note"];
const ROW_KEYS = ["date", "weekday", "kind", "holiday", "name", "source", "evidence", "status"];
const DOCUMENT_KEYS = ["doc", "number", "date", "issuer", "evidence", "url", "note"];

const isRecord = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const kindOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

class Check {
  readonly issues: Issue[] = [];

  add(code: Issue["code"], params: Readonly<Record<string, unknown>>, path: Path): void {
    this.issues.push(issue(code, params, path));
  }

  object(value: unknown, keys: readonly string[], required: readonly string[], path: Path): value is Raw {
    if (!isRecord(value)) {
      this.add("invalid_type", { expected: "object", received: kindOf(value) }, path);
      return false;
    }
    for (const key of Object.keys(value)) if (!keys.includes(key)) this.add("unknown_key", { key }, [...path, key]);
    for (const key of required) if (value[key] === undefined) this.add("missing_required", { name: key }, [...path, key]);
    return true;
  }

  text(value: unknown, path: Path, nfc: boolean): boolean {
    if (typeof value !== "string") this.add("invalid_type", { expected: "string", received: kindOf(value) }, path);
    else if (value.length === 0) this.add("invalid_value", { value, reason: "too_short", min: 1 }, path);
    else if (nfc && value !== value.normalize("NFC")) this.add("invalid_value", { value, reason: "not_nfc" }, path);
    else return true;
    return false;
  }

  oneOf(value: unknown, allowed: readonly string[], path: Path): boolean {
    if (typeof value === "string" && allowed.includes(value)) return true;
    this.add("invalid_value", { value, expected: allowed.join(" | ") }, path);
    return false;
  }

  date(value: unknown, path: Path): number | undefined {
    if (typeof value !== "string") {
      this.add("invalid_type", { expected: "IsoDate (YYYY-MM-DD)", received: kindOf(value) }, path);
      return undefined;
    }
    const ymd = readIsoDate(value);
    if (ymd === undefined) {
      this.add("invalid_date", { value }, path);
      return undefined;
    }
    return dayNumberFromYmd(ymd.year, ymd.month, ymd.day);
  }

  list(value: unknown, path: Path): value is unknown[] {
    if (Array.isArray(value)) return true;
    this.add("invalid_type", { expected: "array", received: kindOf(value) }, path);
    return false;
  }
}

function checkRow(row: unknown, year: number | undefined, at: Path, c: Check): void {
  if (!c.object(row, ROW_KEYS, ROW_KEYS, at)) return;
  const day = row["date"] === undefined ? undefined : c.date(row["date"], [...at, "date"]);
  const weekday = row["weekday"];
  if (weekday !== undefined) {
    if (typeof weekday !== "number" || !Number.isInteger(weekday) || weekday < 1 || weekday > 7) c.add("invalid_value", { value: weekday, expected: "1 | 2 | 3 | 4 | 5 | 6 | 7" }, [...at, "weekday"]);
    else if (day !== undefined && weekdayOf(day) !== weekday) c.add("invalid_value", { value: weekday, reason: "weekday_mismatch", date: row["date"], weekday: weekdayOf(day) }, [...at, "weekday"]);
  }
  if (day !== undefined && year !== undefined) {
    const rowYear = Number((row["date"] as string).slice(0, 4));
    const december = (row["date"] as string).slice(5, 7) === "12";
    if (!(rowYear === year || (rowYear === year - 1 && december))) c.add("invalid_value", { value: row["date"], reason: "row_outside_year", year }, [...at, "date"]);
  }
  if (row["kind"] !== undefined) c.oneOf(row["kind"], SCHEDULE_ROW_KINDS, [...at, "kind"]);
  if (row["holiday"] !== undefined) c.oneOf(row["holiday"], HOLIDAY_IDS, [...at, "holiday"]);
  if (row["name"] !== undefined) c.text(row["name"], [...at, "name"], true);
  if (row["source"] !== undefined) c.text(row["source"], [...at, "source"], false);
  if (row["evidence"] !== undefined) c.oneOf(row["evidence"], EVIDENCE, [...at, "evidence"]);
  if (row["status"] !== undefined) c.oneOf(row["status"], ROW_STATUSES, [...at, "status"]);
}

function checkDocument(doc: unknown, at: Path, c: Check): void {
  if (!c.object(doc, DOCUMENT_KEYS, ["doc", "issuer", "evidence"], at)) return;
  if (doc["doc"] !== undefined) c.text(doc["doc"], [...at, "doc"], true);
  if (doc["issuer"] !== undefined) c.text(doc["issuer"], [...at, "issuer"], true);
  if (doc["evidence"] !== undefined) c.oneOf(doc["evidence"], EVIDENCE, [...at, "evidence"]);
  if (doc["number"] !== undefined) c.text(doc["number"], [...at, "number"], false);
  if (doc["date"] !== undefined) c.date(doc["date"], [...at, "date"]);
  if (doc["url"] !== undefined) c.text(doc["url"], [...at, "url"], false);
  if (doc["note"] !== undefined && typeof doc["note"] !== "string") c.add("invalid_type", { expected: "string", received: kindOf(doc["note"]) }, [...at, "note"]);
}

function checkOne(value: unknown, at: Path, c: Check): number | undefined {
  if (!c.object(value, SCHEDULE_KEYS, ["year", "decides", "plainDays", "sources", "rows"], at)) return undefined;
  const before = c.issues.length;
  let year: number | undefined;
  const y = value["year"];
  if (y !== undefined) {
    if (typeof y !== "number") c.add("invalid_type", { expected: "number", received: kindOf(y) }, [...at, "year"]);
    else if (!Number.isInteger(y) || y < 1900 || y > 2199) c.add("invalid_amount", { value: y, min: 1900, max: 2199 }, [...at, "year"]);
    else year = y;
  }
  if (value["decides"] !== undefined && c.list(value["decides"], [...at, "decides"])) value["decides"].forEach((h, i) => c.oneOf(h, HOLIDAY_IDS, [...at, "decides", i]));
  if (value["plainDays"] !== undefined) c.oneOf(value["plainDays"], PLAIN_DAY_STATUSES, [...at, "plainDays"]);
  if (value["sources"] !== undefined && c.list(value["sources"], [...at, "sources"])) value["sources"].forEach((k, i) => c.text(k, [...at, "sources", i], false));
  const docs = value["documents"];
  if (docs !== undefined) {
    if (!isRecord(docs)) c.add("invalid_type", { expected: "object", received: kindOf(docs) }, [...at, "documents"]);
    else for (const key of Object.keys(docs)) checkDocument(docs[key], [...at, "documents", key], c);
  }
  if (value["note"] !== undefined && typeof value["note"] !== "string") c.add("invalid_type", { expected: "string", received: kindOf(value["note"]) }, [...at, "note"]);
  const rows = value["rows"];
  if (rows !== undefined && c.list(rows, [...at, "rows"])) {
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      checkRow(row, year, [...at, "rows", i], c);
      const date = isRecord(row) && typeof row["date"] === "string" ? row["date"] : undefined;
      if (date === undefined) return;
      const first = seen.get(date);
      if (first !== undefined) c.add("duplicate_id", { id: date, kind: "row", first: [...at, "rows", first].join(".") }, [...at, "rows", i, "date"]);
      else seen.set(date, i);
    });
  }
  // source keys: shipped or declared in documents (checked on whatever parts are well formed)
  const declared = isRecord(docs) ? docs : {};
  const rowList = Array.isArray(rows) ? Array.from(rows as unknown[], (r) => ({ source: isRecord(r) && typeof r["source"] === "string" ? r["source"] : "" })) : [];
  const undeclared = undeclaredSources({ sources: Array.isArray(value["sources"]) ? Array.from(value["sources"] as unknown[], (k) => (typeof k === "string" ? k : "")) : [], rows: rowList, documents: declared });
  for (const { key, path } of undeclared) if (key !== "") c.add("unknown_reference", { kind: "source", id: key }, [...at, ...path]);
  return c.issues.length === before ? year : undefined;
}

/**
 * Checks a list of yearly schedules given by a host, every problem at once, each with its path
 * under `path` (e.g. `["schedules", 0, "rows", 3, "weekday"]`).
 * @returns The issues found (empty when the list is valid).
 * @internal
 */
export function checkYearSchedules(value: unknown, path: Path): Issue[] {
  const c = new Check();
  if (!c.list(value, path)) return c.issues;
  const years = new Map<number, number>();
  value.forEach((item, i) => {
    const year = checkOne(item, [...path, i], c);
    if (year === undefined) return;
    const first = years.get(year);
    if (first !== undefined) c.add("duplicate_id", { id: String(year), kind: "schedule", first: [...path, first].join(".") }, [...path, i, "year"]);
    else years.set(year, i);
  });
  return c.issues;
}
