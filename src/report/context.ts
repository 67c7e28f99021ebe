/**
 * What every renderer of an evaluation needs besides the evaluation: the language, the names of
 * units, and the options of the report.
 * @module
 */
import type { Evaluation } from "../engine/types.js";
import { InvalidInputError, issue, type Locale } from "../errors.js";

/** The formats reports are rendered in. */
export type ReportFormat = "table" | "csv" | "md" | "json" | "ics";

/**
 * Every report format (định dạng báo cáo), in the order help texts list them.
 *
 * @example
 * REPORT_FORMATS //=> ["table", "json", "csv", "md", "ics"]
 * @remarks Since 0.2.0
 */
export const REPORT_FORMATS: readonly ReportFormat[] = Object.freeze(["table", "json", "csv", "md", "ics"]);

/** A unit as plans name it (`id`, `name`, optional `short`). */
export interface ReportUnit {
  readonly id: string;
  readonly name: string;
  readonly short?: string | undefined;
}

/** Options of {@link renderEvaluation}. */
export interface ReportOptions {
  /** `"table"` (default), `"csv"`, `"md"`, `"json"` or `"ics"`. */
  readonly format?: ReportFormat;
  /** Language of headers, status words and explanations (default `"vi"`). */
  readonly locale?: Locale;
  /** The plan's units, so that reports name units instead of showing ids. */
  readonly units?: readonly ReportUnit[];
  /** The plan's title, for headings and the calendar's name. */
  readonly title?: string;
  /** In the text table and Markdown, every explanation line under each finding instead of the one-line reason. */
  readonly explain?: boolean;
}

/** The resolved options, shared by the renderers. @internal */
export interface ReportContext {
  readonly locale: Locale;
  readonly asOf: string;
  readonly title: string;
  readonly explain: boolean;
  /** The unit's name (short name in tables when `short` is true), else its id, else "". */
  unitName(id: string | null, short?: boolean): string;
}

/** @internal */
export function reportContext(evaluation: Evaluation, options: ReportOptions): ReportContext {
  const locale = options.locale ?? "vi";
  if (locale !== "vi" && locale !== "en") {
    throw new InvalidInputError([issue("invalid_option", { name: "locale", value: locale, expected: '"vi" | "en"' }, ["options", "locale"])]);
  }
  const names = new Map((options.units ?? []).map((u) => [u.id, u]));
  return {
    locale,
    asOf: evaluation.asOf,
    title: options.title ?? evaluation.plan,
    explain: options.explain === true,
    unitName: (id, short = false) => {
      if (id === null) return "";
      const unit = names.get(id);
      return unit === undefined ? id : short && unit.short !== undefined ? unit.short : unit.name;
    },
  };
}

/** The formats of reports that are tables (no calendar): score sheets, comparisons. */
export type TabularFormat = Exclude<ReportFormat, "ics">;

/**
 * Reads the `locale` and `format` of a tabular report (default `"vi"`, `"table"`).
 * @throws {@link InvalidInputError} `invalid_option` for another locale, an unknown format or `ics`.
 * @internal
 */
export function readTabularOptions(options: { readonly locale?: Locale; readonly format?: ReportFormat }): { locale: Locale; format: TabularFormat } {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "options (object)", received: options === null ? "null" : Array.isArray(options) ? "array" : typeof options }, ["options"])]);
  }
  const locale = options.locale ?? "vi";
  const format = options.format ?? "table";
  if (locale !== "vi" && locale !== "en") throw new InvalidInputError([issue("invalid_option", { name: "locale", value: locale, expected: '"vi" | "en"' }, ["options", "locale"])]);
  if (!REPORT_FORMATS.includes(format) || format === "ics") {
    throw new InvalidInputError([issue("invalid_option", { name: "format", value: format, expected: "table | csv | md | json" }, ["options", "format"])]);
  }
  return { locale, format };
}
