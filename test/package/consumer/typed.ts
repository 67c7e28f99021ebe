// A TypeScript consumer, compiled under node16, bundler and node10 resolution (tsconfig.*.json):
// every entry point resolves to its declarations, and misuse is a type error.
import { civilServiceCalendar, evaluate, parsePlan, ThoihanError, type Deadline, type Evaluation, type FindingRow, type IsoDate } from "thoihan";
import { schedules, type YearSchedule } from "thoihan/data";
import { isoDateArb } from "thoihan/testing";

const day: IsoDate = civilServiceCalendar.addWorkingDays("2025-04-25", 1);
const first: YearSchedule | undefined = schedules[0];
const arb = isoDateArb({ min: "2025-01-01", max: "2025-12-31" });
const plan = parsePlan({ id: "p", title: "Kế hoạch", start: "2025-01-01", units: [], obligations: [] });
const evaluation: Evaluation = evaluate(plan, [], { asOf: "2025-05-20T00:00:00+07:00" });
const rows: FindingRow[] = evaluation.rows("en");
const failed = (e: unknown): string | undefined => (e instanceof ThoihanError ? e.code : undefined);
let later: Deadline | undefined;

// @ts-expect-error -- a working-day count is a number, not a date
civilServiceCalendar.addWorkingDays("2025-04-25", "1");

export { day, first, arb, rows, failed, later };
