/**
 * `thoihan calendar <year>`: the days off and make-up working days of a year, with their
 * documents; as an iCalendar an office can subscribe to with `--format ics`.
 * @module
 */
import { civilServiceCalendar } from "../../calendar/index.js";
import { renderDaysOff } from "../../report/index.js";
import type { Command } from "../command.js";
import { CALENDAR_OPTION, formatOption, readCalendar, readFormat } from "../options.js";
import { CliError } from "../text.js";

const FORMATS = ["table", "csv", "md", "json", "ics"] as const;

/** The `calendar` command. */
export const calendarCommand: Command = {
  name: "calendar",
  summary: { vi: "các ngày nghỉ và ngày làm bù của một năm", en: "the days off and make-up working days of a year" },
  positionals: [{ name: "year", help: { vi: "năm dương lịch, 1900–2199", en: "a Gregorian year, 1900–2199" } }],
  options: { format: formatOption(FORMATS), calendar: CALENDAR_OPTION },
  examples: ["thoihan calendar 2025", "thoihan calendar 2026 --format ics > ngay-nghi-2026.ics"],
  async run({ positionals, values, locale, io }) {
    const format = readFormat(values, FORMATS);
    const text = positionals[0] as string;
    if (!/^\d{4}$/.test(text)) throw new CliError("invalid_option_value", { name: "year", value: text, expected: "YYYY (1900–2199)" }, true);
    const calendar = readCalendar(values, io) ?? civilServiceCalendar;
    io.stdout(renderDaysOff(calendar, Number(text), { format, locale }));
    return 0;
  },
};
