import { describe, expect, it } from "vitest";
import { evaluate, summarize } from "../../src/engine/index.js";
import { InvalidInputError } from "../../src/errors.js";
import { ev, seedPlan } from "./_plans.js";

const plan = seedPlan();
const find = (e: ReturnType<typeof evaluate>, key: string) => e.findings.find((f) => f.key === key);

describe("asOf given as a date means the end of that day (24:00, \"tính đến hết ngày\")", () => {
  it("seed plan, IV.3 'số hóa hồ sơ định kỳ hằng tháng': as of 31/01/2024 (a date) the January digitisation, due that day and not done, is overdue by 0 days; at 23:59:59 it was still open", () => {
    const byDate = evaluate(plan, [], { asOf: "2024-01-31" });
    expect(byDate.asOf).toBe("2024-02-01T00:00:00+07:00");
    expect(find(byDate, "IV.3:2024-01")).toMatchObject({ lastDay: "2024-01-31", status: "overdue", daysLate: 0, workingDaysLate: 0 });
    expect(find(evaluate(plan, [], { asOf: "2024-01-31T23:59:59+07:00" }), "IV.3:2024-01")).toMatchObject({ status: "open" });
  });

  it("the date and the instant 24:00 of that day (00:00 of the next) give the same evaluation", () => {
    const events = [ev("digitised", "2024-01-31T23:30:00+07:00", { period: "2024-01" }), ev("task_assigned", "2024-01-31T10:00:00+07:00", { subject: "x" })];
    const a = JSON.parse(JSON.stringify(evaluate(plan, events, { asOf: "2024-01-31" })));
    const b = JSON.parse(JSON.stringify(evaluate(plan, events, { asOf: "2024-02-01T00:00:00+07:00" })));
    expect(a).toEqual(b);
  });

  it("an event at 23:30 on the asOf date is taken into account (not after asOf): the digitisation of 31/01 23:30 is on time", () => {
    const e = evaluate(plan, [ev("digitised", "2024-01-31T23:30:00+07:00", { period: "2024-01" })], { asOf: "2024-01-31" });
    expect(find(e, "IV.3:2024-01")).toMatchObject({ status: "on_time" });
    expect(e.accounting.ignored).toEqual([]);
  });

  it("summary windows end at 24:00 of their last date, and monthly windows stop at the month asOf ends (no empty February for asOf 31/01)", () => {
    const events = [ev("digitised", "2024-01-31T23:30:00+07:00", { period: "2024-01" })];
    const e = evaluate(plan, events, { asOf: "2024-01-31", summary: { periods: [{ from: "2024-01-01", to: "2024-01-31", label: "T1" }] } });
    const row = e.summary.byPeriod.find((r) => r.label === "T1");
    expect(row).toMatchObject({ resolved: 1, onTime: 1 });
    const monthly = evaluate(plan, events, { asOf: "2024-01-31" }).summary.byPeriod.map((r) => r.label);
    expect(monthly).toEqual(["2024-01"]);
  });

  it("summarize of findings with asOf as a date reads it as the end of that day, as evaluate does", () => {
    const e = evaluate(plan, [], { asOf: "2024-01-31" });
    expect(summarize(e.findings, { asOf: "2024-01-31" })).toEqual(summarize(e.findings, { asOf: "2024-02-01T00:00:00+07:00" }));
    expect(summarize(e.findings, { asOf: "2024-01-31" }).byPeriod).toEqual(e.summary.byPeriod);
  });

  it("a date that does not exist is an invalid_instant, not a day later", () => {
    expect(() => evaluate(plan, [], { asOf: "2024-02-30" })).toThrow(InvalidInputError);
  });
});
