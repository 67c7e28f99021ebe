/**
 * Validation and merging of {@link CalendarOptions} (tùy chọn lịch làm việc). Every problem is
 * reported at once, each with its path (e.g. `["daysOff", 2]`), in one {@link InvalidInputError}.
 * @internal
 * @module
 */
import { readIsoDate, dayNumberFromYmd, MIN_DAY, MAX_DAY, MIN_DATE, MAX_DATE, type DayNumber, type Weekday } from "../day/dayNumber.js";
import { InvalidInputError, issue, type Issue } from "../errors.js";
import { checkYearSchedules } from "../data/checkSchedules.js";
import type { YearSchedule } from "../data/types.js";
import { validateOfficeHours } from "./officeHours.js";
import { resolveSchedule, type ResolvedSchedule } from "./schedules.js";
import type { CalendarOptions, DataStatus, DayOverride, OfficeHours, SourceRef } from "./types.js";

type Path = readonly (string | number)[];

/** A validated day override with its day number. @internal */
export interface ResolvedOverride {
  readonly day: DayNumber;
  readonly name?: string;
  readonly source?: SourceRef;
  readonly status: DataStatus;
}

/** The overrides of one `createCalendar` call; later layers win over earlier ones. @internal */
export interface OverrideLayer {
  readonly daysOff: readonly ResolvedOverride[];
  readonly workingDays: readonly ResolvedOverride[];
}

/** Everything a calendar is built from, validated. @internal */
export interface CalendarSettings {
  readonly name: string;
  readonly weeklyRest: readonly Weekday[];
  readonly swaps: boolean;
  readonly accept: readonly DataStatus[];
  readonly cultureDayCompensatory: boolean;
  readonly officeHours: OfficeHours | undefined;
  readonly layers: readonly OverrideLayer[];
  /** The yearly schedules in force, one per year, sorted by year: the shipped ones, replaced year by year by a host's. */
  readonly schedules: readonly ResolvedSchedule[];
  /** The merged options (no `base`), frozen. */
  readonly options: CalendarOptions;
}

const OPTION_KEYS = ["base", "name", "daysOff", "workingDays", "weeklyRest", "swaps", "accept", "cultureDayCompensatory", "officeHours", "schedules"] as const;
const OVERRIDE_KEYS = ["date", "name", "source", "status"] as const;
const SOURCE_KEYS = ["doc", "date", "article", "url"] as const;
const STATUSES: readonly DataStatus[] = ["decided", "reported", "proposed", "projected"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

class Issues {
  readonly list: Issue[] = [];
  add(code: Issue["code"], params: Readonly<Record<string, unknown>>, path: Path): void {
    this.list.push(issue(code, params, path));
  }
  unknownKeys(value: Record<string, unknown>, allowed: readonly string[], path: Path): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        const suggestion = allowed.find((k) => k.toLowerCase() === key.toLowerCase());
        this.add("unknown_key", suggestion === undefined ? { key } : { key, suggestion }, [...path, key]);
      }
    }
  }
}

function checkDate(value: unknown, path: Path, out: Issues): DayNumber | undefined {
  if (typeof value !== "string") {
    out.add("invalid_type", { expected: "IsoDate (YYYY-MM-DD)", received: value }, path);
    return undefined;
  }
  const ymd = readIsoDate(value);
  if (ymd === undefined) {
    out.add("invalid_date", { value }, path);
    return undefined;
  }
  const day = dayNumberFromYmd(ymd.year, ymd.month, ymd.day);
  if (day < MIN_DAY || day > MAX_DAY) {
    out.add("date_out_of_range", { value, min: MIN_DATE, max: MAX_DATE }, path);
    return undefined;
  }
  return day;
}

function checkSource(value: unknown, path: Path, out: Issues): SourceRef | undefined {
  if (!isRecord(value)) {
    out.add("invalid_type", { expected: "{ doc, date?, article?, url? }", received: value }, path);
    return undefined;
  }
  out.unknownKeys(value, SOURCE_KEYS, path);
  const ref: { doc: string; date?: string; article?: string; url?: string } = { doc: "" };
  if (typeof value["doc"] === "string" && value["doc"].length > 0) ref.doc = value["doc"].normalize("NFC");
  else out.add("invalid_type", { expected: "non-empty string", received: value["doc"] }, [...path, "doc"]);
  if (value["date"] !== undefined && checkDate(value["date"], [...path, "date"], out) !== undefined) ref.date = value["date"] as string;
  for (const key of ["article", "url"] as const) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v === "string") ref[key] = v.normalize("NFC");
    else out.add("invalid_type", { expected: "string", received: v }, [...path, key]);
  }
  return Object.freeze(ref);
}

function checkOverrides(value: unknown, key: "daysOff" | "workingDays", out: Issues): { resolved: ResolvedOverride[]; raw: (string | DayOverride)[] } {
  const resolved: ResolvedOverride[] = [];
  const raw: (string | DayOverride)[] = [];
  if (value === undefined) return { resolved, raw };
  if (!Array.isArray(value)) {
    out.add("invalid_type", { expected: "array of IsoDate or { date, name?, source?, status? }", received: value }, [key]);
    return { resolved, raw };
  }
  value.forEach((item: unknown, i) => {
    const path = [key, i];
    if (typeof item === "string" || !isRecord(item)) {
      const day = checkDate(item, path, out);
      if (day !== undefined) {
        resolved.push(Object.freeze({ day, status: "decided" }));
        raw.push(item as string);
      }
      return;
    }
    out.unknownKeys(item, OVERRIDE_KEYS, path);
    const before = out.list.length;
    const day = checkDate(item["date"], [...path, "date"], out);
    const entry: { day: DayNumber; name?: string; source?: SourceRef; status: DataStatus } = { day: (day ?? 0) as DayNumber, status: "decided" };
    const copy: { date: string; name?: string; source?: SourceRef; status?: DataStatus } = { date: item["date"] as string };
    if (item["name"] !== undefined) {
      if (typeof item["name"] === "string" && item["name"].length > 0) entry.name = copy.name = item["name"].normalize("NFC");
      else out.add("invalid_type", { expected: "non-empty string", received: item["name"] }, [...path, "name"]);
    }
    if (item["source"] !== undefined) {
      const ref = checkSource(item["source"], [...path, "source"], out);
      if (ref !== undefined) entry.source = copy.source = ref;
    }
    if (item["status"] !== undefined) {
      if (STATUSES.includes(item["status"] as DataStatus)) entry.status = copy.status = item["status"] as DataStatus;
      else out.add("invalid_option", { name: "status", value: item["status"], expected: STATUSES.join(" | ") }, [...path, "status"]);
    }
    if (out.list.length === before) {
      resolved.push(Object.freeze(entry));
      raw.push(Object.freeze(copy));
    }
  });
  return { resolved, raw };
}

/**
 * Validates `createCalendar` options and merges them with the base calendar's settings:
 * `daysOff` and `workingDays` are concatenated (the new layer wins on a conflict), the other
 * fields replace the base's.
 * @internal
 */
export function resolveSettings(
  input: unknown,
  baseOf: (value: unknown) => CalendarSettings | undefined,
  defaultBase: () => CalendarSettings,
): CalendarSettings {
  const out = new Issues();
  if (!isRecord(input)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "CalendarOptions object", received: input }, [])]);
  }
  out.unknownKeys(input, OPTION_KEYS, []);
  let base: CalendarSettings | undefined;
  if (input["base"] !== undefined) {
    base = baseOf(input["base"]);
    if (base === undefined) out.add("invalid_option", { name: "base", value: input["base"], expected: "a WorkCalendar from civilServiceCalendar or createCalendar" }, ["base"]);
  }
  const parent = base ?? defaultBase();

  let name = "custom";
  if (input["name"] !== undefined) {
    if (typeof input["name"] === "string" && input["name"].length > 0) name = input["name"].normalize("NFC");
    else out.add("invalid_type", { expected: "non-empty string", received: input["name"] }, ["name"]);
  }

  const daysOff = checkOverrides(input["daysOff"], "daysOff", out);
  const workingDays = checkOverrides(input["workingDays"], "workingDays", out);
  const offDays = new Set(daysOff.resolved.map((o) => o.day as number));
  workingDays.resolved.forEach((o, i) => {
    if (offDays.has(o.day)) {
      out.add("invalid_option", { name: "workingDays", value: workingDays.raw[i], expected: "a date that is not also in daysOff" }, ["workingDays", i]);
    }
  });

  let weeklyRest = parent.weeklyRest;
  if (input["weeklyRest"] !== undefined) {
    const v = input["weeklyRest"];
    if (!Array.isArray(v)) out.add("invalid_type", { expected: "array of ISO weekdays 1–7", received: v }, ["weeklyRest"]);
    else {
      const seen = new Set<number>();
      v.forEach((w: unknown, i) => {
        if (typeof w !== "number" || !Number.isInteger(w) || w < 1 || w > 7 || seen.has(w)) {
          out.add("invalid_option", { name: "weeklyRest", value: w, expected: "distinct ISO weekdays 1 (Monday) … 7 (Sunday)" }, ["weeklyRest", i]);
        } else seen.add(w);
      });
      if (seen.size === 7) out.add("invalid_option", { name: "weeklyRest", value: v, expected: "at most 6 rest days a week" }, ["weeklyRest"]);
      weeklyRest = Object.freeze([...seen].sort((a, b) => a - b) as Weekday[]);
    }
  }

  const bool = (key: "swaps" | "cultureDayCompensatory", fallback: boolean): boolean => {
    const v = input[key];
    if (v === undefined) return fallback;
    if (typeof v === "boolean") return v;
    out.add("invalid_type", { expected: "boolean", received: v }, [key]);
    return fallback;
  };
  const swaps = bool("swaps", parent.swaps);
  const cultureDayCompensatory = bool("cultureDayCompensatory", parent.cultureDayCompensatory);

  let accept = parent.accept;
  if (input["accept"] !== undefined) {
    const v = input["accept"];
    if (!Array.isArray(v)) out.add("invalid_type", { expected: "array of data statuses", received: v }, ["accept"]);
    else {
      const list: DataStatus[] = [];
      v.forEach((s: unknown, i) => {
        if (STATUSES.includes(s as DataStatus)) {
          if (!list.includes(s as DataStatus)) list.push(s as DataStatus);
        } else out.add("invalid_option", { name: "accept", value: s, expected: STATUSES.join(" | ") }, ["accept", i]);
      });
      accept = Object.freeze(list);
    }
  }

  let officeHours = parent.officeHours;
  if (input["officeHours"] !== undefined) {
    try {
      officeHours = validateOfficeHours(input["officeHours"], ["officeHours"]);
    } catch (e) {
      if (e instanceof InvalidInputError) out.list.push(...e.issues);
      else throw e;
    }
  }

  let given: readonly YearSchedule<string>[] = [];
  if (input["schedules"] !== undefined) {
    const problems = checkYearSchedules(input["schedules"], ["schedules"]);
    out.list.push(...problems);
    if (problems.length === 0) given = Array.from(input["schedules"] as readonly YearSchedule<string>[], (s) => deepFreeze(structuredClone(s)));
  }

  if (out.list.length > 0) throw new InvalidInputError(out.list);

  const parentOptions = parent.options;
  const mergedOff = [...(parentOptions.daysOff ?? []), ...daysOff.raw];
  const mergedWorking = [...(parentOptions.workingDays ?? []), ...workingDays.raw];
  const options: { -readonly [K in keyof CalendarOptions]: CalendarOptions[K] } = {
    name,
    daysOff: Object.freeze(mergedOff),
    workingDays: Object.freeze(mergedWorking),
    weeklyRest,
    swaps,
    accept,
    cultureDayCompensatory,
  };
  if (officeHours !== undefined) options.officeHours = officeHours;
  const replaced = new Set(given.map((s) => s.year));
  const hostSchedules = [...(parentOptions.schedules ?? []).filter((s) => !replaced.has(s.year)), ...given].sort((a, b) => a.year - b.year);
  if (hostSchedules.length > 0) options.schedules = Object.freeze(hostSchedules);
  const schedules = given.length === 0 ? parent.schedules : Object.freeze([...parent.schedules.filter((s) => !replaced.has(s.year)), ...given.map(resolveSchedule)].sort((a, b) => a.year - b.year));
  const layers = [...parent.layers];
  if (daysOff.resolved.length > 0 || workingDays.resolved.length > 0) {
    layers.push(Object.freeze({ daysOff: Object.freeze(daysOff.resolved), workingDays: Object.freeze(workingDays.resolved) }));
  }
  return Object.freeze({ name, weeklyRest, swaps, accept, cultureDayCompensatory, officeHours, layers: Object.freeze(layers), schedules, options: Object.freeze(options) });
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
