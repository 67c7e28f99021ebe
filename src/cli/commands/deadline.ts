/**
 * `thoihan deadline "<phrase>" --from <date|instant>`: the deadline of a Vietnamese phrase, with
 * its explanation step by step.
 * @module
 */
import { computeDeadline } from "../../deadline/computeDeadline.js";
import { explainDeadline } from "../../deadline/explain.js";
import { parseDeadline } from "../../phrase/index.js";
import { longDate, shortInstant } from "../../report/dates.js";
import type { Command } from "../command.js";
import { CALENDAR_OPTION, formatOption, POLICY_OPTION, readCalendar, readDateOrInstant, readFormat, readPolicy } from "../options.js";
import { CliError } from "../text.js";

const FORMATS = ["table", "json"] as const;

const WORD = {
  vi: { lastDay: "Ngày cuối cùng", endsAt: "Trễ hạn từ", provisional: "Tạm tính (dựa vào ngày nghỉ chưa chính thức)", yes: "có", no: "không", steps: "Cách tính" },
  en: { lastDay: "Last day", endsAt: "Late from", provisional: "Provisional (depends on days off not yet decided)", yes: "yes", no: "no", steps: "How it is counted" },
} as const;

/** The `deadline` command. */
export const deadlineCommand: Command = {
  name: "deadline",
  summary: { vi: "tính thời hạn của một cụm từ tiếng Việt", en: "compute the deadline of a Vietnamese phrase" },
  positionals: [{ name: "phrase", help: { vi: 'cụm từ thời hạn, ví dụ "trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ"', en: 'a deadline phrase, e.g. "trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ"' } }],
  options: {
    from: { type: "string", value: "<date|instant>", help: { vi: "mốc bắt đầu tính (ngày hoặc thời điểm)", en: "the anchor (a date or an instant)" } },
    due: { type: "string", value: "<date>", help: { vi: 'hạn cuối của thời hạn gốc, cho cụm từ "… trước thời hạn"', en: 'the last day of the main deadline, for phrases "… trước thời hạn"' } },
    year: { type: "string", value: "<year>", help: { vi: "năm của ngày không ghi năm", en: "the year of dates written without one" } },
    explain: { type: "boolean", help: { vi: "in từng bước tính và căn cứ pháp lý", en: "print every step and its legal basis" } },
    format: formatOption(FORMATS),
    calendar: CALENDAR_OPTION,
    policy: POLICY_OPTION,
  },
  examples: [
    'thoihan deadline "chậm nhất 3 ngày kể từ ngày ban hành" --from 2024-02-07 --explain',
    'thoihan deadline "trong 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" --from 2024-04-26T15:30:00+07:00 --lang en',
  ],
  async run({ positionals, values, locale, io }) {
    const format = readFormat(values, FORMATS);
    const anchor = readDateOrInstant(values, "from", false);
    const due = readDateOrInstant(values, "due", false);
    const yearText = values["year"];
    let year: number | undefined;
    if (yearText !== undefined) {
      year = Number(yearText);
      if (!/^\d{4}$/.test(String(yearText))) throw new CliError("invalid_option_value", { name: "--year", value: String(yearText), expected: "YYYY" }, true);
    }
    const calendar = readCalendar(values, io);
    const policy = readPolicy(values);
    const rule = parseDeadline(positionals[0] as string);
    const deadline = computeDeadline(rule, {
      ...(anchor === undefined ? {} : { anchor }),
      ...(due === undefined ? {} : { due }),
      ...(year === undefined ? {} : { year }),
      ...(calendar === undefined ? {} : { calendar }),
      ...(policy === undefined ? {} : { policy }),
    });
    if (format === "json") {
      io.stdout(`${JSON.stringify({ rule, deadline: { ...deadline, explanation: explainDeadline(deadline, { locale }) } }, null, 2)}\n`);
      return 0;
    }
    const w = WORD[locale];
    const lines = [`${w.lastDay}: ${longDate(deadline.lastDay, locale)}`, `${w.endsAt}: ${shortInstant(deadline.endsAt, locale)}`];
    if (deadline.provisional) lines.push(`${w.provisional}: ${w.yes}`);
    if (values["explain"] === true) lines.push("", `${w.steps}:`, ...explainDeadline(deadline, { locale }).map((l) => `  ${l}`));
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
