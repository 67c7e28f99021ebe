/**
 * Yearly schedules as the day index reads them: each row with its day number and the reference of
 * the document it cites, whether the document is shipped (`thoihan/data`'s `sources`) or brought by
 * a host's schedule in its `documents`.
 * @internal
 * @module
 */
import { dayNumberFromYmd, type DayNumber } from "../day/dayNumber.js";
import { schedules as shippedSchedules, sources, statutory, type HolidayId, type ScheduleDocument, type ScheduleRowKind, type ScheduleRowStatus, type SourceKey, type YearSchedule } from "../data/index.js";
import { ruleInForceAt } from "./projection.js";
import type { SourceRef } from "./types.js";

/** One row of a schedule, resolved. @internal */
export interface ResolvedRow {
  readonly day: DayNumber;
  readonly kind: ScheduleRowKind;
  readonly holiday: HolidayId;
  readonly name: string;
  readonly status: ScheduleRowStatus;
  readonly source: SourceRef;
}

/** One year's schedule, resolved. @internal */
export interface ResolvedSchedule {
  readonly year: number;
  readonly decides: readonly HolidayId[];
  readonly plainDays: YearSchedule["plainDays"];
  readonly rows: readonly ResolvedRow[];
}

/** Source references of shipped documents are immutable and shared between calendars. */
const refCache = new Map<string, SourceRef>();

/** The reference of a shipped document, with an article when one is given. @internal */
export function sourceRef(key: SourceKey, article?: string): SourceRef {
  const cacheKey = article === undefined ? key : `${key}|${article}`;
  const cached = refCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const ref = documentRef(sources[key], article);
  refCache.set(cacheKey, ref);
  return ref;
}

function documentRef(doc: ScheduleDocument, article?: string): SourceRef {
  const ref: { doc: string; date?: string; article?: string; url?: string } = { doc: doc.doc };
  if (doc.date !== undefined) ref.date = doc.date;
  if (article !== undefined) ref.article = article;
  if (doc.url !== undefined) ref.url = doc.url;
  return Object.freeze(ref);
}

/** The source of a row; rows citing a Code get the article of the holiday or of nghỉ bù. */
function rowSource(key: string, kind: ScheduleRowKind, holiday: HolidayId, day: number, documents: YearSchedule<string>["documents"]): SourceRef {
  const own = documents !== undefined && Object.prototype.hasOwnProperty.call(documents, key) ? documents[key] : undefined;
  if (own !== undefined) return documentRef(own);
  const shipped = key as SourceKey;
  if (shipped === "BLLD2012" || shipped === "BLLD2019") {
    if (kind === "compensatory_off") {
      const rule = statutory.compensatory.find((r) => r.source.key === shipped) ?? ruleInForceAt(statutory.compensatory, day);
      return sourceRef(shipped, rule?.source.article);
    }
    const rule = statutory.holidays.find((r) => r.id === holiday && r.source.key === shipped);
    return sourceRef(shipped, rule?.source.article);
  }
  return sourceRef(shipped);
}

/**
 * Resolves a schedule whose keys have been checked (shipped, or declared in its `documents`).
 * @internal
 */
export function resolveSchedule(schedule: YearSchedule<string>): ResolvedSchedule {
  const rows = Array.from(schedule.rows, (row) => {
    const day = dayNumberFromYmd(Number(row.date.slice(0, 4)), Number(row.date.slice(5, 7)), Number(row.date.slice(8, 10)));
    return Object.freeze({ day, kind: row.kind, holiday: row.holiday, name: row.name.normalize("NFC"), status: row.status, source: rowSource(row.source, row.kind, row.holiday, day, schedule.documents) });
  });
  return Object.freeze({ year: schedule.year, decides: Object.freeze([...schedule.decides]), plainDays: schedule.plainDays, rows: Object.freeze(rows) });
}

let shipped: readonly ResolvedSchedule[] | undefined;

/** The shipped schedules, resolved once. @internal */
export function shippedResolved(): readonly ResolvedSchedule[] {
  return (shipped ??= Object.freeze(shippedSchedules.map((s) => resolveSchedule(s))));
}
