import { describe, expect, it } from "vitest";
import { evaluate, summarize, toRows } from "../../src/engine/index.js";
import type { Evaluation } from "../../src/engine/types.js";
import { InvalidInputError } from "../../src/errors.js";
import { eventSchema, readEvent } from "../../src/schema/event.js";
import { isPeriodLabel } from "../../src/schema/primitives.js";
import { ev, planWith } from "./_plans.js";

const triggered = planWith({
  kind: "triggered",
  id: "dang_tai",
  title: "Đăng tải văn bản",
  owner: "ttdv",
  trigger: { type: "document_issued" },
  deadline: "chậm nhất 3 ngày kể từ ngày ban hành",
  completedBy: "document_published",
});

const recurring = planWith({ kind: "recurring", id: "bc", title: "Báo cáo tháng", owner: "vp", deadline: "ngày 10 hàng tháng", completedBy: "report_filed" });

function expectEmpty(e: Evaluation, input: number): void {
  expect(e.findings).toEqual([]);
  expect(e.summary.byUnit).toEqual([]);
  expect(e.summary.byObligation).toEqual([]);
  expect(e.accounting.input).toBe(input);
  expect(e.accounting.used.length + e.accounting.ignored.length).toBe(input);
  expect(toRows(e)).toEqual([]);
}

describe("evaluate — plans that yield no occurrence", () => {
  it("a triggered obligation without events gives an empty evaluation", () => {
    expectEmpty(evaluate(triggered, [], { asOf: "2024-01-31T17:00:00+07:00" }), 0);
  });

  it("events that open nothing are all accounted for", () => {
    const events = [ev("document_published", "2024-01-10T09:00:00+07:00", { subject: "x" }), ev("other", "2024-01-10T09:00:00+07:00")];
    const e = evaluate(triggered, events, { asOf: "2024-01-31T17:00:00+07:00" });
    expectEmpty(e, 2);
    expect(e.accounting.ignored.map((i) => i.reason).sort()).toEqual(["no_matching_occurrence", "unknown_type"]);
  });

  it("asOf before the plan's start gives an empty evaluation", () => {
    expectEmpty(evaluate(recurring, [], { asOf: "2023-06-01T00:00:00+07:00" }), 0);
    const e = evaluate({ ...recurring, obligations: [{ kind: "quota", id: "q", title: "Định mức", owner: "ttdv", counts: { type: "post" }, quota: "tối thiểu 1 ngày 1 văn bản" } as never] }, [], { asOf: "2023-06-01T00:00:00+07:00" });
    expectEmpty(e, 0);
  });
});

describe("summarize and toRows — not an evaluation", () => {
  const e = evaluate(triggered, [ev("document_issued", "2024-01-09T09:00:00+07:00", { subject: "a" })], { asOf: "2024-01-31T17:00:00+07:00" });

  it.each([undefined, null, 42, "evaluation", {}, { findings: "no" }])("summarize(%j) throws InvalidInputError invalid_type", (value) => {
    const call = (): unknown => summarize(value as never);
    expect(call).toThrow(InvalidInputError);
    try {
      call();
    } catch (error) {
      expect((error as InvalidInputError).issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation"] });
    }
  });

  it("summarize with options that are not an object throws InvalidInputError invalid_type", () => {
    expect(() => summarize(e, null as never)).toThrow(InvalidInputError);
  });

  it.each([undefined, null, 42, "evaluation", [], { findings: null }])("toRows(%j) throws InvalidInputError invalid_type", (value) => {
    const call = (): unknown => toRows(value as never);
    expect(call).toThrow(InvalidInputError);
    try {
      call();
    } catch (error) {
      expect((error as InvalidInputError).issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation"] });
    }
  });

  it("a real evaluation and its findings still work", () => {
    expect(summarize(e).byUnit.map((r) => [r.key, r.total, r.overdue])).toEqual(e.summary.byUnit.map((r) => [r.key, r.total, r.overdue]));
    expect(summarize(e.findings, { asOf: e.asOf }).byObligation).toEqual(e.summary.byObligation);
    expect(toRows(e)).toHaveLength(1);
  });
});

describe("reporting periods — only existing ones", () => {
  it.each(["2024", "2024-H1", "2024-H2", "2024-Q1", "2024-Q4", "2024-01", "2024-12", "2024-W01", "2020-W53", "2026-W53", "2024-02-29", "2024-12-31", "2000-02-29"])("%s is a period", (p) => {
    expect(isPeriodLabel(p)).toBe(true);
    expect(eventSchema.safeParse({ id: "e", type: "t", at: "2024-01-01T00:00:00+07:00", period: p }).success).toBe(true);
  });

  it.each(["2024-13", "2024-00", "2024-W99", "2024-W00", "2024-W54", "2024-W53", "2023-W53", "2024-02-30", "2023-02-29", "1900-02-29", "2024-04-31", "2024-Q5", "2024-H3", "24-01", "2024-1"])("%s is not a period", (p) => {
    expect(isPeriodLabel(p)).toBe(false);
    expect(eventSchema.safeParse({ id: "e", type: "t", at: "2024-01-01T00:00:00+07:00", period: p }).success).toBe(false);
    const reading = readEvent({ id: "e", type: "t", at: "2024-01-01T00:00:00+07:00", period: p });
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.issues[0]?.path).toEqual(["period"]);
  });

  it("an event with a period that does not exist is listed as invalid", () => {
    const e = evaluate(recurring, [{ id: "r1", type: "report_filed", at: "2024-02-05T09:00:00+07:00", period: "2024-13" }], { asOf: "2024-03-31T17:00:00+07:00" });
    expect(e.accounting.ignored).toMatchObject([{ eventId: "r1", reason: "invalid", index: 0 }]);
  });
});
