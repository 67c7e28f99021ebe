/**
 * The command line's driver: finds the command, parses its arguments with `node:util`'s
 * `parseArgs` (strict: unknown options and missing values are errors), runs it, and turns every
 * error into a message and exit code 2 — never a stack trace.
 *
 * Exit codes: 0 success; 1 findings matched `--fail-on`; 2 bad input or arguments.
 * @module
 */
import { parseArgs } from "node:util";
import { ThoihanError, type Locale } from "../errors.js";
import { suggestKey } from "../schema/suggest.js";
import type { Command, OptionValues } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { commandHelp, generalHelp, usageLine } from "./help.js";
import type { CliIo } from "./io.js";
import { COMMON_OPTIONS } from "./options.js";
import { CLI_WORD, CliError } from "./text.js";

/** The language asked for on the command line (read before parsing, so that argument errors use it). */
function requestedLocale(argv: readonly string[]): Locale {
  const i = argv.lastIndexOf("--lang");
  const inline = [...argv].reverse().find((a) => a.startsWith("--lang="));
  const value = inline !== undefined && (i < 0 || argv.indexOf(inline) > i) ? inline.slice(7) : i >= 0 ? argv[i + 1] : undefined;
  return value === "en" ? "en" : "vi";
}

/** Maps the errors of `parseArgs` to the command's own, with the nearest option name for a typo. */
function argumentError(e: unknown, command: Command): CliError | undefined {
  const code = (e as { code?: unknown })?.code;
  const message = e instanceof Error ? e.message : "";
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? message;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const name = quoted.split(" ")[0] ?? quoted;
    const suggestion = suggestKey(name.replace(/^-+/, "").split("=")[0] ?? "", Object.keys({ ...command.options, ...COMMON_OPTIONS }));
    return new CliError("unknown_option", suggestion === undefined ? { name } : { name, suggestion: `--${suggestion}` }, true);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return new CliError("invalid_option_value", { name: quoted.split(" ")[0] ?? quoted, value: "", expected: message.includes("argument missing") ? "a value" : "no value" }, true);
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return new CliError("too_many_arguments", { value: quoted }, true);
  return undefined;
}

function parse(command: Command, args: readonly string[]): { positionals: string[]; values: OptionValues } {
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries({ ...command.options, ...COMMON_OPTIONS })) {
    options[name] = spec.multiple === true ? { type: spec.type, multiple: true } : { type: spec.type };
  }
  const { positionals, values } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  return { positionals, values: values as OptionValues };
}

async function runCommand(command: Command, args: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  let parsed: { positionals: string[]; values: OptionValues };
  try {
    parsed = parse(command, args);
  } catch (e) {
    throw argumentError(e, command) ?? e;
  }
  const { positionals, values } = parsed;
  if (values["help"] === true) {
    io.stdout(commandHelp(command, locale));
    return 0;
  }
  const lang = values["lang"];
  if (lang !== undefined && lang !== "vi" && lang !== "en") throw new CliError("invalid_option_value", { name: "--lang", value: String(lang), expected: "vi | en" }, true);
  const missing = command.positionals[positionals.length];
  if (missing !== undefined) throw new CliError("missing_argument", { name: `<${missing.name}>` }, true);
  const extra = positionals[command.positionals.length];
  if (extra !== undefined) throw new CliError("too_many_arguments", { value: extra }, true);
  return command.run({ positionals, values, locale, io });
}

/**
 * Runs `thoihan` with the arguments after the program name.
 *
 * @param argv - e.g. `["evaluate", "plan.json", "events.json", "--as-of", "2024-12-31"]`.
 * @param io - Streams and files (the process's in the `bin`).
 * @returns The exit code: 0, 1 (`--fail-on` matched) or 2 (bad input).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = requestedLocale(argv);
  const w = CLI_WORD[locale];
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(generalHelp(COMMANDS, locale));
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(generalHelp(COMMANDS, locale));
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    const suggestion = suggestKey(name, COMMANDS.map((c) => c.name));
    const error = new CliError("unknown_command", suggestion === undefined ? { name } : { name, suggestion });
    io.stderr(`${w.error}: ${error.format(locale)}\n${w.usage}: thoihan <${COMMANDS.map((c) => c.name).join("|")}> …\n${w.moreHelp("<command>").replace("<command> ", "")}\n`);
    return 2;
  }
  try {
    return await runCommand(command, rest, io, locale);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`${w.error}: ${e.format(locale)}\n${e.showUsage ? `${w.usage}: ${usageLine(command)}\n${w.moreHelp(command.name)}\n` : ""}`);
      return 2;
    }
    if (e instanceof ThoihanError) {
      io.stderr(`${w.error}: ${e.format(locale)}\n`);
      return 2;
    }
    // A fault of thoihan itself: one line, no stack trace.
    io.stderr(`${w.error}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n`);
    return 2;
  }
}
