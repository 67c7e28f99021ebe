/** The engine's view of calendar periods (computed in the day layer): a quota's working day is a day. */
import { periodContaining, type PeriodSpan } from "../../day/periods.js";
import type { QuotaPeriod } from "../../schema/plan.js";

export { isoWeekLabel } from "../../day/periods.js";

/** The period of a unit containing a day: [first, last, label]. */
export function periodAround(per: QuotaPeriod | "half_year", day: number): [number, number, string] {
  const p: PeriodSpan = periodContaining(per === "working_day" ? "day" : per, day);
  return [p.first, p.last, p.label];
}
