// A CommonJS consumer of the installed package: the three entry points, one library instance.
const assert = require("node:assert/strict");
const fc = require("fast-check");
const { civilServiceCalendar, computeDeadline, parseDeadline, parsePlan, ThoihanError } = require("thoihan");
const { schedules } = require("thoihan/data");
const { isoDateArb } = require("thoihan/testing");

assert.equal(civilServiceCalendar.addWorkingDays("2025-04-25", 1), "2025-04-26");
assert.equal(computeDeadline(parseDeadline("trong 5 ngày làm việc"), { anchor: "2025-04-25" }).lastDay, "2025-05-06");
assert.equal(schedules[0].year, 2019);
assert.equal(fc.sample(isoDateArb({ min: "2025-01-01", max: "2025-01-01" }), 1)[0], "2025-01-01");
assert.throws(() => isoDateArb({ min: "2025-13-01" }), (e) => e instanceof ThoihanError && e.code === "invalid_date");
assert.throws(() => parsePlan({}), (e) => e instanceof ThoihanError && e.code === "invalid_plan");
console.log("cjs ok");
