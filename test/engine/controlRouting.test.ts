import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import { REASON_RANK } from "../../src/engine/events/index.js";
import type { Event } from "../../src/schema/event.js";
import type { PlanInput } from "../../src/schema/plan.js";
import type { Evaluation, IgnoredEvent } from "../../src/engine/types.js";
import { UNITS } from "./_plans.js";

const ASOF = "2024-03-31T17:00:00+07:00";
const at = (day: number, hour = 9) => `2024-01-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00+07:00`;

/** One-stop procedures sharing their control event types (as every procedure of a desk does), and a dated task on the same completion type. */
function procedure(id: string, accepts: string | string[]): Record<string, unknown> {
  return {
    kind: "triggered",
    id,
    title: `Thủ tục ${id}`,
    owner: "ttdv",
    trigger: { type: "dossier_received", where: { "data.procedure": accepts } },
    deadline: "trong 5 ngày làm việc kể từ ngày nhận",
    pause: "supplement_requested",
    resume: "supplement_received",
    extensions: { events: "dossier_rescheduled", max: 1 },
    cancel: "dossier_withdrawn",
    completedBy: "dossier_resolved",
  };
}

function deskPlan(obligations: Record<string, unknown>[]): PlanInput {
  return { id: "mot-cua", title: "Một cửa", start: "2024-01-01", units: [...UNITS], obligations } as unknown as PlanInput;
}

const ALL = [
  procedure("A", "A"),
  procedure("B", "B"),
  procedure("BC", ["B", "C"]),
  // untested triggers: every `task_assigned` opens an occurrence by its subject, or by its id without one
  { kind: "dated", id: "T", title: "Nhiệm vụ", owner: "vp", trigger: { type: "task_assigned" }, otherwise: "trong 10 ngày", completedBy: ["dossier_resolved", "task_done"], cancel: "dossier_withdrawn" },
  // the same control types matched to the earliest open occurrence
  { kind: "triggered", id: "E", title: "Trả lời", owner: "vp", trigger: { type: "request_received" }, deadline: "trong 3 ngày", match: "earliest_open", completedBy: "task_done" },
];

describe("evaluate — control events routed to the obligations that opened their subject", () => {
  it("a completion reaches each obligation that opened its subject, and one whose subject nothing opened is ignored as before", () => {
    const events: Event[] = [
      { id: "r1", type: "dossier_received", at: at(8), subject: "S1", data: { procedure: "A" } },
      { id: "r2", type: "dossier_received", at: at(8), subject: "S2", data: { procedure: "B" } },
      { id: "d1", type: "dossier_resolved", at: at(9), subject: "S1" },
      { id: "d2", type: "dossier_resolved", at: at(9), subject: "S2" },
      { id: "d3", type: "dossier_resolved", at: at(9), subject: "S9" },
      { id: "d4", type: "dossier_resolved", at: at(9) },
      { id: "p9", type: "supplement_requested", at: at(9), subject: "S9" },
    ];
    const e = evaluate(deskPlan(ALL), events, { asOf: ASOF });
    expect(e.findings.map((f) => [f.key, f.status])).toEqual([
      ["A:S1", "on_time"],
      ["B:S2", "on_time"],
      ["BC:S2", "on_time"],
    ]);
    expect(e.accounting.used.filter((u) => u.eventId.startsWith("d"))).toEqual([
      { eventId: "d1", role: "completion", occurrence: "A:S1" },
      { eventId: "d2", role: "completion", occurrence: "B:S2", also: [{ role: "completion", occurrence: "BC:S2" }] },
    ]);
    expect(e.accounting.ignored).toEqual([
      { eventId: "d3", reason: "no_matching_occurrence" },
      { eventId: "d4", reason: "no_matching_occurrence" },
      { eventId: "p9", reason: "no_matching_occurrence" },
    ]);
  });

  it("a control event is matched to an occurrence opened by a trigger without a subject (by the trigger's id)", () => {
    const events: Event[] = [
      { id: "T-7", type: "task_assigned", at: at(8) },
      { id: "x", type: "task_done", at: at(10), subject: "T-7" },
    ];
    const e = evaluate(deskPlan(ALL), events, { asOf: ASOF });
    expect(e.findings.map((f) => [f.key, f.status])).toEqual([["T:T-7", "on_time"]]);
    expect(e.accounting.used).toContainEqual({ eventId: "x", role: "completion", occurrence: "T:T-7" });
    expect(e.accounting.ignored).toEqual([]);
  });

  it("an event of a filtered trigger type that is also a control type, matching nothing, is listed as no_matching_occurrence (the higher reason)", () => {
    const plan = deskPlan([procedure("A", "A"), { ...procedure("R", "A"), completedBy: "dossier_received" }]);
    const events: Event[] = [
      { id: "r1", type: "dossier_received", at: at(8), subject: "S1", data: { procedure: "A" } },
      { id: "z", type: "dossier_received", at: at(9), subject: "S2", data: { procedure: "Z" } },
    ];
    const e = evaluate(plan, events, { asOf: ASOF });
    expect(e.accounting.ignored).toEqual([{ eventId: "z", reason: "no_matching_occurrence" }]);
  });

  it("pauses, resumes, extensions and withdrawals of one subject are applied in time order to every obligation that opened it", () => {
    const events: Event[] = [
      { id: "r", type: "dossier_received", at: at(8), subject: "S", data: { procedure: "B" } },
      { id: "p", type: "supplement_requested", at: at(9), subject: "S" },
      { id: "q", type: "supplement_received", at: at(22), subject: "S" },
      { id: "x", type: "dossier_rescheduled", at: at(23), subject: "S", deadline: "2024-02-10" },
      { id: "w", type: "dossier_withdrawn", at: at(24), subject: "S" },
      { id: "d", type: "dossier_resolved", at: at(25), subject: "S" },
    ];
    const e = evaluate(deskPlan(ALL), events, { asOf: ASOF });
    expect(e.findings.map((f) => [f.key, f.status])).toEqual([
      ["B:S", "cancelled"],
      ["BC:S", "cancelled"],
    ]);
    const single = evaluate(deskPlan([procedure("B", "B")]), events, { asOf: ASOF });
    expect(e.findings[0]).toEqual(single.findings[0]);
    expect(e.accounting.ignored).toEqual(single.accounting.ignored);
  });

  it("property: each obligation's findings and each event's uses are those it has in a plan of that obligation alone", () => {
    const plans = ALL.map((ob) => deskPlan([ob]));
    const all = deskPlan(ALL);
    const body = fc.record(
      {
        type: fc.constantFrom("dossier_received", "task_assigned", "request_received", "supplement_requested", "supplement_received", "dossier_rescheduled", "dossier_withdrawn", "dossier_resolved", "task_done"),
        at: fc.integer({ min: 1, max: 40 }).chain((d) => fc.integer({ min: 7, max: 18 }).map((h) => `2024-${d > 31 ? "02" : "01"}-${String(d > 31 ? d - 31 : d).padStart(2, "0")}T${String(h).padStart(2, "0")}:00:00+07:00`)),
        subject: fc.constantFrom("S1", "S2", "S3", "S4", "e0", "e1"),
        deadline: fc.constantFrom("2024-02-20", "2024-01-05"),
        data: fc.constantFrom({ procedure: "A" }, { procedure: "B" }, { procedure: "C" }, { procedure: "Z" }),
      },
      { requiredKeys: ["type", "at"] },
    );
    const events = fc.array(body, { maxLength: 40 }).map((list) => list.map((b, i) => ({ id: `e${i}`, ...b }) as Event));
    fc.assert(
      fc.property(events, (evs) => {
        const e = evaluate(all, evs, { asOf: ASOF });
        const singles = plans.map((p) => evaluate(p, evs, { asOf: ASOF }));
        ALL.forEach((ob, k) => {
          const id = ob.id as string;
          const mine = e.findings.filter((f) => f.obligation === id);
          expect(mine).toEqual((singles[k] as Evaluation).findings);
        });
        // the uses of each event: the union of its uses alone
        const usesOf = (ev: Evaluation) => ev.accounting.used.flatMap((u) => [{ eventId: u.eventId, role: u.role, occurrence: u.occurrence }, ...(u.also ?? []).map((a) => ({ eventId: u.eventId, ...a }))]);
        const key = (u: { eventId: string; role: string; occurrence: string }) => `${u.eventId}|${u.role}|${u.occurrence}`;
        expect(usesOf(e).map(key).sort()).toEqual(singles.flatMap(usesOf).map(key).sort());
        // an event ignored in the whole plan is ignored alone in every obligation, for a reason of the highest rank among them
        const ignoredIn = (ev: Evaluation) => new Map(ev.accounting.ignored.map((x): [string, IgnoredEvent] => [x.eventId as string, x]));
        const alone = singles.map(ignoredIn);
        for (const x of e.accounting.ignored) {
          const reasons = alone.map((m) => m.get(x.eventId as string));
          expect(reasons.every((r) => r !== undefined)).toBe(true);
          // (alone, an obligation does not know the types of the others: `unknown_type` there)
          const known = reasons.map((r) => (r as IgnoredEvent).reason).filter((r) => r !== "unknown_type");
          if (known.length === 0) expect(x.reason).toBe("unknown_type");
          else expect(REASON_RANK[x.reason]).toBe(Math.max(...known.map((r) => REASON_RANK[r])));
        }
        expect(e.accounting.used.length + e.accounting.ignored.length).toBe(evs.length);
      }),
      { numRuns: 150 },
    );
  });
});
