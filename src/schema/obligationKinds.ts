/**
 * What `parsePlan` reads and checks per obligation kind, in one table with an entry for every kind
 * of the schema's union and one for every deadline-rule kind, so that a new kind that is not
 * described here does not compile.
 * @internal
 * @module
 */
import type { DeadlineRule } from "../deadline/types.js";
import type { Issue } from "../errors.js";
import type { Obligation } from "./plan.js";
import { readQuotaPhrase } from "./phrases.js";

type Path = (string | number)[];
type Raw = Record<string, unknown>;

/** The deadline-rule kinds. */
export type RuleKind = DeadlineRule["kind"];

/**
 * Where a deadline-rule kind may stand:
 * - `anchored`: counted from an instant (an event, a document's date) — `deadline` of a triggered,
 *   dated or derived obligation, `otherwise`/`cap`, a target;
 * - `recurring`: it names the periods it recurs in, or a day of them — `deadline` of a recurring
 *   obligation;
 * - `target`: only as a target (counted back from the obligation's own deadline).
 */
export const RULE_PLACES: { readonly [K in RuleKind]: { readonly anchored: boolean; readonly recurring: boolean; readonly target: boolean } } = {
  relative: { anchored: true, recurring: false, target: true },
  fixed_date: { anchored: true, recurring: true, target: true },
  period: { anchored: true, recurring: true, target: true },
  same_day: { anchored: true, recurring: false, target: true },
  urgent: { anchored: true, recurring: false, target: true },
  recurring: { anchored: false, recurring: true, target: false },
  rrule: { anchored: false, recurring: true, target: false },
  reporting_window: { anchored: false, recurring: true, target: false },
  before_deadline: { anchored: false, recurring: false, target: true },
};

function kindsWhere(place: "anchored" | "recurring" | "target"): ReadonlySet<RuleKind> {
  return new Set((Object.keys(RULE_PLACES) as RuleKind[]).filter((k) => RULE_PLACES[k][place]));
}

/** The rule kinds counted from an instant. */
export const ANCHORED_RULES: ReadonlySet<RuleKind> = kindsWhere("anchored");
/** The rule kinds of a recurring obligation's deadline. */
export const RECURRING_RULES: ReadonlySet<RuleKind> = kindsWhere("recurring");
/** The rule kinds of a target. */
export const TARGET_RULES: ReadonlySet<RuleKind> = kindsWhere("target");

/** What `parsePlan` reads and checks for the obligations of one kind. */
export interface KindReading {
  /** The rule kinds its `deadline` may hold. */
  readonly deadlineRules: ReadonlySet<RuleKind>;
  /** Reads the kind's own fields written as phrases (other than deadlines) into `out`, reporting what it cannot read. */
  readonly readPhrases?: (o: Raw, out: Raw, at: Path, issues: Issue[]) => void;
  /** The id of the obligation this one is made from, checked to exist and to form no cycle. */
  readonly sourceOf?: (o: Raw) => string | undefined;
}

/** Per obligation kind: what `parsePlan` reads and checks. */
export const KIND_READING: { readonly [K in Obligation["kind"]]: KindReading } = {
  triggered: { deadlineRules: ANCHORED_RULES },
  dated: { deadlineRules: ANCHORED_RULES },
  recurring: { deadlineRules: RECURRING_RULES },
  derived: {
    deadlineRules: ANCHORED_RULES,
    sourceOf: (o) => {
      const source = o["source"];
      if (source === null || typeof source !== "object" || Array.isArray(source)) return undefined;
      const id = (source as Raw)["obligation"];
      return typeof id === "string" ? id : undefined;
    },
  },
  quota: {
    deadlineRules: ANCHORED_RULES,
    readPhrases: (o, out, at, issues) => {
      if (typeof o["quota"] !== "string") return;
      const reading = readQuotaPhrase(o["quota"], [...at, "quota"]);
      if (reading.ok) out["quota"] = reading.value;
      else issues.push(...reading.issues);
    },
  },
};

/** The entry of an obligation kind written in the input, when it is one the schema knows. */
export function kindReadingOf(kind: unknown): KindReading | undefined {
  return typeof kind === "string" && Object.hasOwn(KIND_READING, kind) ? KIND_READING[kind as Obligation["kind"]] : undefined;
}
