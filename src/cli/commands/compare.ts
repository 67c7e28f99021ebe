/**
 * `thoihan compare <plan> <events> --as-of <date|instant>` with a what-if: another calendar,
 * another policy, another `asOf`, events shifted or removed. Prints what changed: occurrences
 * and points.
 * @module
 */
import { renderComparison } from "../../report/index.js";
import { whatIf, type WhatIfChange } from "../../scoring/index.js";
import type { Command } from "../command.js";
import { readEvaluationInputs } from "../inputs.js";
import { CALENDAR_OPTION, formatOption, readCalendar, readDateOrInstant, readFormat, readPolicy } from "../options.js";
import { CliError } from "../text.js";

const FORMATS = ["table", "json", "csv", "md"] as const;

const list = (v: unknown): string[] | undefined => (v === undefined ? undefined : String(v).split(",").map((s) => s.trim()).filter((s) => s !== ""));

/** The `compare` command. */
export const compareCommand: Command = {
  name: "compare",
  summary: { vi: "so sánh giả định: lịch khác, chính sách khác, thời điểm khác, sự kiện dời hoặc bỏ", en: "what-if: another calendar, policy or as-of, events shifted or removed" },
  positionals: [
    { name: "plan", help: { vi: "tệp kế hoạch JSON hoặc YAML", en: "a JSON or YAML plan file" } },
    { name: "events", help: { vi: "sự kiện: mảng JSON, NDJSON hoặc CSV", en: "events: a JSON array, NDJSON or CSV" } },
  ],
  options: {
    "as-of": { type: "string", value: "<date|instant>", help: { vi: "thời điểm đánh giá (bắt buộc)", en: "when the evaluation is made (required)" } },
    format: formatOption(FORMATS),
    calendar: CALENDAR_OPTION,
    "calendar-what-if": { type: "string", value: "<json>", help: { vi: "lịch giả định (tùy chọn createCalendar) cho bên \"sau\"", en: "the what-if calendar (createCalendar options) of the \"after\" side" } },
    policy: { type: "string", multiple: true, value: "key=value", help: { vi: "chính sách giả định cho bên \"sau\", ví dụ beforeDate=inclusive", en: "what-if policy of the \"after\" side, e.g. beforeDate=inclusive" } },
    "as-of-what-if": { type: "string", value: "<date|instant>", help: { vi: "thời điểm đánh giá giả định", en: "the what-if as-of" } },
    shift: { type: "string", value: "<days>", help: { vi: "dời các sự kiện (chọn bằng --types, --ids) N ngày", en: "shift events (selected by --types, --ids) by N days" } },
    remove: { type: "boolean", help: { vi: "bỏ các sự kiện chọn bằng --types, --ids", en: "remove the events selected by --types, --ids" } },
    types: { type: "string", value: "<list>", help: { vi: "loại sự kiện được dời hoặc bỏ", en: "event types shifted or removed" } },
    ids: { type: "string", value: "<list>", help: { vi: "mã sự kiện được dời hoặc bỏ", en: "event ids shifted or removed" } },
  },
  examples: [
    "thoihan compare examples/heza-2024/plan.json examples/heza-2024/events.json --as-of 2024-12-31 --policy beforeDate=inclusive",
    "thoihan compare plan.json events.json --as-of 2026-12-31 --calendar-what-if de-xuat-23-11.json --format md",
  ],
  async run({ positionals, values, locale, io }) {
    const format = readFormat(values, FORMATS);
    // --policy and --calendar-what-if are the "after" side; read them apart from the plan's inputs.
    const policy = readPolicy(values);
    const whatIfPath = values["calendar-what-if"];
    const calendarAfter = whatIfPath === undefined ? undefined : readCalendar({ calendar: whatIfPath }, io);
    const asOfAfter = readDateOrInstant(values, "as-of-what-if", false);
    const shiftText = values["shift"];
    if (shiftText !== undefined && !/^-?\d+$/.test(String(shiftText))) throw new CliError("invalid_option_value", { name: "--shift", value: String(shiftText), expected: "an integer number of days" }, true);
    const types = list(values["types"]);
    const ids = list(values["ids"]);
    const selector = { ...(types === undefined ? {} : { types }), ...(ids === undefined ? {} : { ids }) };
    if (values["remove"] === true && types === undefined && ids === undefined) {
      throw new CliError("missing_option", { name: "--types | --ids" }, true);
    }
    const change: WhatIfChange = {
      ...(policy === undefined ? {} : { policy }),
      ...(calendarAfter === undefined ? {} : { calendar: calendarAfter }),
      ...(asOfAfter === undefined ? {} : { asOf: asOfAfter }),
      ...(shiftText === undefined ? {} : { shift: { days: Number(shiftText), ...selector } }),
      ...(values["remove"] === true ? { remove: selector } : {}),
    };
    if (Object.keys(change).length === 0) throw new CliError("missing_option", { name: "--policy | --calendar-what-if | --as-of-what-if | --shift | --remove" }, true);
    const { plan, events, asOf, calendar } = await readEvaluationInputs(positionals, { ...values, policy: undefined }, locale, io);
    const result = whatIf(plan, events, { asOf, locale, ...(calendar === undefined ? {} : { calendar }) }, change);
    io.stdout(renderComparison(result.comparison, { format, locale }));
    return 0;
  },
};
