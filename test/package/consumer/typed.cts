// A CommonJS TypeScript consumer under node16 resolution: `require` conditions and .d.cts types.
import thoihan = require("thoihan");
import data = require("thoihan/data");
import testing = require("thoihan/testing");

const day: thoihan.IsoDate = thoihan.civilServiceCalendar.addWorkingDays("2025-04-25", 1);
const years: number[] = data.schedules.map((s) => s.year);
const arb = testing.isoDateArb({ min: "2025-01-01" });
export { day, years, arb };
