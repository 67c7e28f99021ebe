/**
 * Help texts, built from the commands' descriptions: the usage line of a command, its full help,
 * and the list of commands.
 * @module
 */
import type { Locale } from "../errors.js";
import type { Command, OptionSpec } from "./command.js";
import { COMMON_OPTIONS } from "./options.js";
import { CLI_WORD } from "./text.js";

function optionLabel(name: string, spec: OptionSpec): string {
  return spec.type === "boolean" ? `--${name}` : `--${name} ${spec.value ?? "<value>"}`;
}

/** "thoihan evaluate <plan> <events> [options]" */
export function usageLine(command: Command): string {
  return `thoihan ${command.name} ${command.positionals.map((p) => `<${p.name}>`).join(" ")} [options]`.replace(/\s+/g, " ");
}

/** The full help of a command. */
export function commandHelp(command: Command, locale: Locale): string {
  const w = CLI_WORD[locale];
  const options = { ...command.options, ...COMMON_OPTIONS };
  const labels = Object.entries(options).map(([name, spec]) => [optionLabel(name, spec), spec.help[locale]] as const);
  const width = Math.max(...labels.map(([l]) => l.length), ...command.positionals.map((p) => p.name.length + 2));
  const lines = [
    `${w.usage}: ${usageLine(command)}`,
    "",
    `${command.summary[locale].charAt(0).toUpperCase()}${command.summary[locale].slice(1)}.`,
    "",
    ...command.positionals.map((p) => `  ${`<${p.name}>`.padEnd(width)}  ${p.help[locale]}`),
    "",
    `${w.options}:`,
    ...labels.map(([l, h]) => `  ${l.padEnd(width)}  ${h}`),
    "",
    ...command.examples.map((e) => `  $ ${e}`),
    "",
    w.exitCodes,
  ];
  return `${lines.join("\n")}\n`;
}

/** The list of commands. */
export function generalHelp(commands: readonly Command[], locale: Locale): string {
  const w = CLI_WORD[locale];
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [
    `${w.usage}: thoihan <command> [arguments] [options]`,
    "",
    locale === "vi" ? "Thời hạn hành chính Việt Nam: lịch làm việc, thời hạn theo Bộ luật Dân sự 2015, đánh giá kế hoạch." : "Vietnamese administrative deadlines: the working calendar, Bộ luật Dân sự 2015 time limits, plan evaluation.",
    "",
    `${w.commands}:`,
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[locale]}`),
    "",
    locale === "vi" ? "Mọi lệnh nhận --lang vi|en và --help." : "Every command takes --lang vi|en and --help.",
    w.exitCodes,
  ];
  return `${lines.join("\n")}\n`;
}
