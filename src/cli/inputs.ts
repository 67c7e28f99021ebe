/**
 * The inputs of the commands that evaluate: the plan file (with `--policy` as its policy), the
 * event log read as a stream (with the progress line), `--as-of` and `--calendar`.
 * @module
 */
import type { WorkCalendar } from "../calendar/types.js";
import type { Locale } from "../errors.js";
import { parsePlan, type Plan } from "../schema/index.js";
import type { OptionValues } from "./command.js";
import type { CliIo } from "./io.js";
import { readCalendar, readDateOrInstant, readEventsFormat, readPolicy } from "./options.js";
import { progressLine } from "./progress.js";
import { readEvents } from "./readEvents.js";
import { readPlanFile } from "./readPlan.js";
import { CLI_WORD } from "./text.js";

/** A plan, its events and the options of an evaluation, read from the command line. */
export interface EvaluationInputs {
  readonly plan: Plan;
  readonly events: unknown[];
  readonly asOf: string;
  readonly calendar: WorkCalendar | undefined;
  /** `--policy`: the call's policy, over the plan's and each obligation's own. */
  readonly policy: ReturnType<typeof readPolicy>;
}

/** `--as-of`, `--calendar` and `--policy`, checked before any file is read. */
export function readEvaluationOptions(values: OptionValues, io: CliIo): { asOf: string; calendar: WorkCalendar | undefined; policy: ReturnType<typeof readPolicy> } {
  return { asOf: readDateOrInstant(values, "as-of", true) as string, calendar: readCalendar(values, io), policy: readPolicy(values) };
}

/** Reads the plan and the events of `<plan> <events>`, and `--policy` (the call's policy). */
export async function readEvaluationInputs(positionals: readonly string[], values: OptionValues, locale: Locale, io: CliIo): Promise<EvaluationInputs> {
  const { asOf, calendar, policy } = readEvaluationOptions(values, io);
  const format = readEventsFormat(values);
  const [planPath, eventsPath] = positionals as [string, string];
  const file = await readPlanFile(planPath, io);
  const w = CLI_WORD[locale];
  if (file.warnings.includes("yaml11_on")) io.stderr(`${w.warning}: ${w.yaml11(planPath)}\n`);
  const plan = parsePlan(file.input);
  const progress = progressLine(io, locale);
  const events = await readEvents(eventsPath, io, {
    ...(format === undefined ? {} : { format }),
    onCount: (n) => progress.update(n),
    onBad: (line, reason) => io.stderr(`${w.warning}: ${eventsPath}: ${w.badLine(line, reason)}\n`),
  });
  progress.done();
  return { plan, events, asOf, calendar, policy };
}
