/**
 * Functions that were public in 0.1.0 and left the root export for their modules (day numbers,
 * instants as epoch milliseconds, the lunar calendar by day number, office clocks). Hosts no
 * longer see them, but they still guard their inputs: the fuzz suite and the regression tests of
 * bad input call them from here.
 */
export { addDays, dayNumberFromYmd, daysInMonth, fromDayNumber, toDayNumber, weekdayOf, ymdFromDayNumber } from "../src/day/dayNumber.js";
export { epochMsToInstant, instantToEpochMs, startOfDayInstant } from "../src/day/instant.js";
export { dayNumberToLunar, lunarToDayNumber } from "../src/lunar/index.js";
export { createOfficeClock, validateOfficeHours } from "../src/calendar/officeHours.js";
