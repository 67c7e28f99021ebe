// An ES module consumer of the installed package: the three entry points, one library instance.
import assert from "node:assert/strict";
import fc from "fast-check";
import { civilServiceCalendar, computeDeadline, evaluate, parseDeadline, parsePlan, solarToLunar, ThoihanError } from "thoihan";
import { schedules } from "thoihan/data";
import { isoDateArb } from "thoihan/testing";

// Saturday 26/04/2025 is a make-up working day (làm bù) for the 30/4–1/5 bridge.
assert.equal(civilServiceCalendar.addWorkingDays("2025-04-25", 1), "2025-04-26");
assert.deepEqual(solarToLunar("2025-01-29"), { year: 2025, month: 1, day: 1, leap: false });
const rule = parseDeadline("trong 5 ngày làm việc kể từ ngày nhận hồ sơ");
assert.equal(computeDeadline(rule, { anchor: "2025-04-25" }).lastDay, "2025-05-06");
assert.equal(schedules[0].year, 2019);
assert.equal(fc.sample(isoDateArb({ min: "2025-01-01", max: "2025-01-01" }), 1)[0], "2025-01-01");
// An error thrown by thoihan/testing is an instance of the ThoihanError of thoihan.
assert.throws(() => isoDateArb({ min: "2025-13-01" }), (e) => e instanceof ThoihanError && e.code === "invalid_date");
assert.throws(() => parsePlan({}), (e) => e instanceof ThoihanError && e.code === "invalid_plan");
const plan = parsePlan({
  id: "p",
  title: "Trả lời đơn",
  start: "2025-01-01",
  units: [{ id: "u", name: "Đơn vị" }],
  obligations: [{ kind: "triggered", id: "o", title: "Trả lời", owner: "u", trigger: { type: "received" }, completedBy: "answered", deadline: "trong 5 ngày làm việc" }],
});
const evaluation = evaluate(plan, [{ id: "e", type: "received", at: "2025-04-25T09:00:00+07:00", subject: "s" }], { asOf: "2025-05-20T00:00:00+07:00" });
assert.equal(evaluation.findings[0].status, "overdue");
assert.equal(evaluation.rows().length, 1);
console.log("esm ok");
