/**
 * The shape of a command of `thoihan`: its arguments, options and help in Vietnamese and
 * English, and what it does. A command is one file under `commands/` and one entry in
 * `commands/index.ts`.
 * @module
 */
import type { Locale } from "../errors.js";
import type { CliIo } from "./io.js";

/** Text in both languages. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** An option: its type for `util.parseArgs`, the name of its value, and its help. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
  /** The value's placeholder in help, e.g. `<date|instant>`. */
  readonly value?: string;
  readonly help: Bilingual;
}

/** A positional argument. */
export interface PositionalSpec {
  readonly name: string;
  readonly help: Bilingual;
}

/** Values of options as `util.parseArgs` gives them. */
export type OptionValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** What a command receives. */
export interface CommandContext {
  readonly positionals: readonly string[];
  readonly values: OptionValues;
  readonly locale: Locale;
  readonly io: CliIo;
}

/** A command. */
export interface Command {
  readonly name: string;
  readonly summary: Bilingual;
  readonly positionals: readonly PositionalSpec[];
  /** The command's own options (the common ones, `--lang` and `--help`, are added). */
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Examples shown by `--help`. */
  readonly examples: readonly string[];
  /** Runs the command; resolves to the exit code. */
  readonly run: (context: CommandContext) => Promise<number>;
}
