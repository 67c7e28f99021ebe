import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import type { Event } from "../../src/schema/event.js";
import type { PlanInput } from "../../src/schema/plan.js";
import { UNITS } from "./_plans.js";

const ASOF = "2024-03-31T17:00:00+07:00";

/** Obligations on `dossier_received` that differ by their trigger filter; `extra` is added to every filter. */
function dossierPlan(extra: Record<string, unknown>): PlanInput {
  const where = (w: Record<string, unknown>) => ({ ...w, ...extra });
  const triggered = (id: string, w: Record<string, unknown>, type: string | string[] = "dossier_received") => ({
    kind: "triggered",
    id,
    title: `Thủ tục ${id}`,
    owner: "ttdv",
    trigger: { type, where: where(w) },
    deadline: "trong 5 ngày làm việc kể từ ngày nhận",
    completedBy: "dossier_resolved",
    cancel: "dossier_withdrawn",
  });
  return {
    id: "mot-cua",
    title: "Một cửa",
    start: "2024-01-01",
    units: [...UNITS],
    obligations: [
      triggered("A", { "data.procedure": "A" }),
      triggered("B", { "data.procedure": "B" }),
      triggered("BC", { "data.procedure": ["B", "C", 1, true] }),
      triggered("N", { "data.procedure": null }, ["dossier_received", "dossier_resubmitted"]),
      triggered("VP", { unit: "vp" }),
      { kind: "dated", id: "T", title: "Nhiệm vụ", owner: "vp", trigger: { type: "dossier_resubmitted", where: where({ "data.procedure": "A" }) }, otherwise: "trong 10 ngày", completedBy: "dossier_resolved" },
      // the same type in other roles, without a filter
      { kind: "triggered", id: "R", title: "Trả lời", owner: "vp", trigger: { type: "request_received" }, deadline: "trong 3 ngày", completedBy: ["dossier_resubmitted", "request_answered"] },
    ],
  } as PlanInput;
}

const at = (day: number, hour = 9) => `2024-01-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00+07:00`;

describe("evaluate — triggers routed by a filter's value", () => {
  it("opens an occurrence only where the filter accepts the event, and lists an event no filter accepts as filtered_out", () => {
    const plan = dossierPlan({});
    const events: Event[] = [
      { id: "a", type: "dossier_received", at: at(8), subject: "S1", data: { procedure: "A" } },
      { id: "b", type: "dossier_received", at: at(8), subject: "S2", data: { procedure: "B" } },
      { id: "z", type: "dossier_received", at: at(9), subject: "S3", data: { procedure: "Z" } },
      { id: "n", type: "dossier_received", at: at(9), subject: "S4" },
      { id: "one", type: "dossier_received", at: at(9), subject: "S5", data: { procedure: 1 } },
      { id: "vp", type: "dossier_received", at: at(9), subject: "S6", unit: "vp", data: { procedure: "Z" } },
    ];
    const e = evaluate(plan, events, { asOf: ASOF });
    expect(e.findings.map((f) => f.key).sort()).toEqual(["A:S1", "B:S2", "BC:S2", "BC:S5", "N:S4", "VP:S6"]);
    expect(e.accounting.ignored).toEqual([{ eventId: "z", reason: "filtered_out" }]);
    // an event rejected by every filter but used in another role is not listed as ignored
    const r = evaluate(plan, [{ id: "q", type: "request_received", at: at(5), subject: "S3" }, { id: "y", type: "dossier_resubmitted", at: at(6), subject: "S3", data: { procedure: "Z" } }], { asOf: ASOF });
    expect(r.findings.find((f) => f.key === "R:S3")?.status).toBe("on_time");
    expect(r.accounting.used.find((u) => u.eventId === "y")?.role).toBe("completion");
    expect(r.accounting.ignored).toEqual([]);
  });

  it("a higher reason than filtered_out wins, as before (a duplicate trigger of an accepting obligation)", () => {
    const e = evaluate(
      dossierPlan({}),
      [
        { id: "a1", type: "dossier_received", at: at(8), subject: "S", data: { procedure: "A" } },
        { id: "a2", type: "dossier_received", at: at(9), subject: "S", data: { procedure: "A" } },
      ],
      { asOf: ASOF },
    );
    expect(e.accounting.ignored).toEqual([{ eventId: "a2", reason: "duplicate_trigger", occurrence: "A:S" }]);
  });

  it("property: the same evaluation as the filters tested one by one (a second, always-true test keeps a filter out of the routing)", () => {
    const indexed = dossierPlan({});
    // events never carry `data.none`: the extra test accepts every event, and a filter of two tests is not routed by value
    const tested = dossierPlan({ "data.none": null });
    const body = fc.record(
      {
        type: fc.constantFrom("dossier_received", "dossier_resubmitted", "dossier_resolved", "dossier_withdrawn", "request_received", "request_answered"),
        at: fc.integer({ min: 1, max: 40 }).map((d) => `2024-${d > 31 ? "02" : "01"}-${String(d > 31 ? d - 31 : d).padStart(2, "0")}T10:00:00+07:00`),
        subject: fc.constantFrom("S1", "S2", "S3"),
        unit: fc.constantFrom("vp", "ttdv"),
        data: fc.constantFrom({ procedure: "A" }, { procedure: "B" }, { procedure: "C" }, { procedure: "Z" }, { procedure: 1 }, { procedure: true }, { procedure: null }, {}, { procedure: ["A"] }),
      },
      { requiredKeys: ["type", "at"] },
    );
    const events = fc.array(fc.tuple(body, fc.integer({ min: 0, max: 6 })), { maxLength: 30 }).map((list) => list.map(([b, dup], i) => ({ id: dup === 0 && i > 0 ? `e${i - 1}` : `e${i}`, ...b }) as Event));
    fc.assert(
      fc.property(events, (evs) => {
        expect(evaluate(indexed, evs, { asOf: ASOF })).toEqual(evaluate(tested, evs, { asOf: ASOF }));
      }),
    );
  });
});
