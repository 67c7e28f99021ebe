import { describe, expect, it } from "vitest";
import { evaluate, InvalidInputError, parsePlan, summarize, toRows } from "../../src/index.js";
import { thrown } from "../_helpers.js";

const plan = parsePlan({
  id: "p",
  title: "Kế hoạch",
  start: "2024-01-01",
  units: [{ id: "vp", name: "Văn phòng" }],
  obligations: [{ kind: "triggered", id: "a", title: "Hồ sơ", owner: "vp", trigger: { type: "received" }, deadline: "trong 3 ngày", completedBy: "returned" }],
});
const events = [{ id: "e1", type: "received", at: "2024-01-02T08:00:00+07:00" }];
const asOf = "2024-02-01T00:00:00+07:00";

describe("the boundary of summarize, toRows and evaluate checks list elements", () => {
  it("summarize([null]) is invalid_type at the element's index (was TypeError)", () => {
    const e = thrown(() => summarize([null] as never, { asOf }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", 0], params: { expected: "Finding" } });
  });

  it("summarize of an evaluation whose findings hold a hole or a number is invalid_type at evaluation.findings.i", () => {
    const ev = evaluate(plan, events, { asOf });
    const e = thrown(() => summarize({ ...ev, findings: [...ev.findings, 5] } as never));
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "findings", ev.findings.length] });
  });

  it("toRows of an evaluation with findings [null] is invalid_type at evaluation.findings.0 (was TypeError)", () => {
    const ev = evaluate(plan, events, { asOf });
    const e = thrown(() => toRows({ ...ev, findings: [null] } as never));
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "findings", 0] });
  });

  it("toRows follows the one locale rule: 'fr' is invalid_option, 'en' and the default work", () => {
    const ev = evaluate(plan, events, { asOf });
    expect(thrown(() => toRows(ev, "fr" as never)).issues[0]).toMatchObject({ code: "invalid_option", params: { name: "locale" } });
    expect(toRows(ev, "en")[0]?.status).toBe("on_time" === ev.findings[0]?.status ? "on time" : "overdue");
    expect(toRows(ev)).toHaveLength(1);
  });

  it("a sparse events array of length 2³²−1 is invalid_value too_many_items at events (was RangeError: Array buffer allocation failed)", () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    const e = thrown(() => evaluate(plan, sparse, { asOf }));
    expect(e.issues[0]).toMatchObject({ code: "invalid_value", path: ["events"], params: { reason: "too_many_items", max: 2 ** 26 } });
  });

  it("a short sparse events array reports each hole as an invalid event, never drops one", () => {
    const sparse: unknown[] = [];
    sparse.length = 3;
    sparse[1] = events[0];
    const ev = evaluate(plan, sparse, { asOf });
    expect(ev.accounting.input).toBe(3);
    expect(ev.accounting.used.length + ev.accounting.ignored.length).toBe(3);
    expect(ev.accounting.ignored.map((i) => i.index)).toEqual([0, 2]);
  });
});
