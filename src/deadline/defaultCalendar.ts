/**
 * The calendar used when a context names none.
 * @internal
 * @module
 */
import type { WorkCalendar } from "../calendar/types.js";
import { civilServiceCalendar } from "../calendar/index.js";

/** The default working calendar: `civilServiceCalendar`. @internal */
export function defaultCalendar(): WorkCalendar {
  return civilServiceCalendar;
}
