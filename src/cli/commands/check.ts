/**
 * `thoihan check <plan>`: validates a plan and lists every problem with its path.
 * @module
 */
import { formatIssue } from "../../errors.js";
import { safeParsePlan } from "../../schema/index.js";
import type { Command } from "../command.js";
import { formatOption, readFormat } from "../options.js";
import { readPlanFile } from "../readPlan.js";
import { CLI_WORD } from "../text.js";

const FORMATS = ["table", "json"] as const;

const WORD = {
  vi: {
    valid: (id: string, o: number, u: number, c: number): string => `Kế hoạch "${id}" hợp lệ: ${o} nhiệm vụ, ${u} đơn vị, ${c} tiêu chí.`,
    invalid: (n: number): string => `Kế hoạch không hợp lệ: ${n} lỗi.`,
  },
  en: {
    valid: (id: string, o: number, u: number, c: number): string => `Plan "${id}" is valid: ${o} obligations, ${u} units, ${c} criteria.`,
    invalid: (n: number): string => `The plan is invalid: ${n} problem${n === 1 ? "" : "s"}.`,
  },
} as const;

/** The `check` command. */
export const checkCommand: Command = {
  name: "check",
  summary: { vi: "kiểm tra một kế hoạch, liệt kê mọi lỗi kèm vị trí", en: "validate a plan, listing every problem with its path" },
  positionals: [{ name: "plan", help: { vi: "tệp kế hoạch JSON hoặc YAML", en: "a JSON or YAML plan file" } }],
  options: { format: formatOption(FORMATS) },
  examples: ["thoihan check examples/heza-2024/plan.json", "thoihan check ke-hoach.yaml --lang en"],
  async run({ positionals, values, locale, io }) {
    const format = readFormat(values, FORMATS);
    const path = positionals[0] as string;
    const file = await readPlanFile(path, io);
    if (file.warnings.includes("yaml11_on")) io.stderr(`${CLI_WORD[locale].warning}: ${CLI_WORD[locale].yaml11(path)}\n`);
    const result = safeParsePlan(file.input);
    if (result.success) {
      const plan = result.data;
      if (format === "json") io.stdout(`${JSON.stringify({ valid: true, plan: plan.id, obligations: plan.obligations.length, units: plan.units.length, criteria: plan.criteria?.length ?? 0 }, null, 2)}\n`);
      else io.stdout(`${WORD[locale].valid(plan.id, plan.obligations.length, plan.units.length, plan.criteria?.length ?? 0)}\n`);
      return 0;
    }
    // The first issue is the summary (invalid_plan); the others are the problems, each with its path.
    const problems = result.error.issues.filter((i) => i.code !== "invalid_plan");
    if (format === "json") {
      io.stdout(`${JSON.stringify({ valid: false, issues: problems.map((i) => ({ ...i, message: formatIssue(i, locale) })) }, null, 2)}\n`);
    } else {
      io.stdout(`${[WORD[locale].invalid(problems.length), ...problems.map((i) => `  [${i.code}] ${formatIssue(i, locale)}`)].join("\n")}\n`);
    }
    return 2;
  },
};
