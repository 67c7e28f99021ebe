/**
 * `thoihan score <plan> <events> --as-of <date|instant>`: the plan's criteria trees scored
 * (bảng điểm), and the points each owner unit lost.
 * @module
 */
import { renderScoreSheet } from "../../report/index.js";
import { evaluate, pointsLost } from "../../scoring/index.js";
import type { Command } from "../command.js";
import { readEvaluationInputs } from "../inputs.js";
import { CALENDAR_OPTION, formatOption, POLICY_OPTION, readFormat } from "../options.js";
import { CliError } from "../text.js";

const FORMATS = ["table", "json", "csv", "md"] as const;

/** Reads `--external id=points` options. */
function externals(values: Readonly<Record<string, unknown>>): Record<string, number> | undefined {
  const list = values["external"];
  if (list === undefined) return undefined;
  const out: Record<string, number> = {};
  for (const entry of list as readonly string[]) {
    const eq = entry.indexOf("=");
    const points = Number(entry.slice(eq + 1).replace(",", "."));
    if (eq <= 0 || entry.slice(eq + 1).trim() === "" || !Number.isFinite(points)) throw new CliError("invalid_option_value", { name: "--external", value: entry, expected: "criterion=points" }, true);
    out[entry.slice(0, eq)] = points;
  }
  return out;
}

/** `--from`/`--to` of the scored period. */
function period(values: Readonly<Record<string, unknown>>): { from: string; to: string } | undefined {
  const from = values["from"];
  const to = values["to"];
  if (from === undefined && to === undefined) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (typeof from !== "string" || !iso.test(from)) throw new CliError("invalid_option_value", { name: "--from", value: String(from ?? ""), expected: "YYYY-MM-DD (with --to)" }, true);
  if (typeof to !== "string" || !iso.test(to)) throw new CliError("invalid_option_value", { name: "--to", value: String(to ?? ""), expected: "YYYY-MM-DD (with --from)" }, true);
  return { from, to };
}

/** The `score` command. */
export const scoreCommand: Command = {
  name: "score",
  summary: { vi: "chấm điểm theo bộ tiêu chí của kế hoạch, điểm bị trừ của từng đơn vị", en: "score the plan's criteria, and the points each unit lost" },
  positionals: [
    { name: "plan", help: { vi: "tệp kế hoạch JSON hoặc YAML có bộ tiêu chí (criteria)", en: "a JSON or YAML plan file with criteria" } },
    { name: "events", help: { vi: "sự kiện: mảng JSON, NDJSON hoặc CSV; - là đầu vào chuẩn", en: "events: a JSON array, NDJSON or CSV; - is standard input" } },
  ],
  options: {
    "as-of": { type: "string", value: "<date|instant>", help: { vi: "thời điểm đánh giá (bắt buộc)", en: "when the evaluation is made (required)" } },
    format: formatOption(FORMATS),
    from: { type: "string", value: "<date>", help: { vi: "đầu kỳ chấm điểm (cùng --to; mặc định từ ngày bắt đầu kế hoạch)", en: "start of the scored period (with --to; default the plan's start)" } },
    to: { type: "string", value: "<date>", help: { vi: "cuối kỳ chấm điểm", en: "end of the scored period" } },
    external: { type: "string", multiple: true, value: "id=points", help: { vi: "điểm của tiêu chí chấm ngoài (thẩm định), lặp lại được", en: "points of an external (appraised) criterion, repeatable" } },
    calendar: CALENDAR_OPTION,
    policy: POLICY_OPTION,
  },
  examples: ["thoihan score examples/heza-2024/plan.json examples/heza-2024/events.json --as-of 2024-12-31 --format md > bang-diem-2024.md"],
  async run({ positionals, values, locale, io }) {
    const format = readFormat(values, FORMATS);
    const scoredPeriod = period(values);
    const external = externals(values);
    const { plan, events, asOf, calendar, policy } = await readEvaluationInputs(positionals, values, locale, io);
    const scoring = { ...(scoredPeriod === undefined ? {} : { period: scoredPeriod }), ...(external === undefined ? {} : { external }) };
    const evaluation = evaluate(plan, events, { asOf, locale, ...(calendar === undefined ? {} : { calendar }), ...(policy === undefined ? {} : { policy }), scoring });
    const lostByUnit = pointsLost(evaluation, "owner");
    io.stdout(renderScoreSheet(evaluation.scores, { format, locale, lostByUnit, title: plan.title }));
    return 0;
  },
};
