import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import type { Evaluation } from "../../src/engine/types.js";
import type { Event } from "../../src/schema/event.js";
import { parsePlan } from "../../src/schema/index.js";
import { planWith, seedPlan } from "./_plans.js";

const plan = parsePlan(seedPlan());
const ASOF = "2024-02-29T17:00:00+07:00";
const TYPES = [
  "document_issued",
  "document_published",
  "task_assigned",
  "task_reported",
  "task_extended",
  "task_ended",
  "city_plan_issued",
  "plan_issued",
  "commitment_filed",
  "dossier_received",
  "dossier_resolved",
  "dossier_returned",
  "dossier_resumed",
  "dossier_resubmitted",
  "dossier_rescheduled",
  "apology_sent",
  "file_archived",
  "digitised",
] as const;

const pad = (n: number) => String(n).padStart(2, "0");
/** An instant in January–March 2024 (some after asOf). */
const instantArb = fc.record({ day: fc.integer({ min: 0, max: 75 }), minute: fc.integer({ min: 0, max: 1439 }) }).map(({ day, minute }) => {
  const d = new Date(Date.UTC(2024, 0, 1 + day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00+07:00`;
});
const dateArb = fc.integer({ min: 5, max: 80 }).map((day) => {
  const d = new Date(Date.UTC(2024, 0, 1 + day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
});

/** Events without ids yet: a type, an instant and optional fields, from a small pool so that they interact. */
const bodyArb = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    at: instantArb,
    subject: fc.constantFrom("A", "B", "C"),
    unit: fc.constantFrom("vp", "ttdv", "qlđt", "qhxd", "khác"),
    // few distinct dates, so that occurrences share cached deadlines (whose traces must not depend on which came first)
    deadline: fc.constantFrom("2024-01-20", "2024-02-05", "2024-02-20", "nộp trước ngày 15/02/2024"),
    urgency: fc.constantFrom("hoa_toc", "khan"),
    period: fc.constantFrom("2024-01", "2024", "2024-02"),
    data: fc.constantFrom({ category: "noi_bo" }, { category: "chi_dao" }, { days: 2 }),
  },
  { requiredKeys: ["type", "at"] },
);

/** Valid events with ids; a few ids repeat (with possibly different content). */
const eventsArb = fc.array(fc.tuple(bodyArb, fc.integer({ min: 0, max: 9 })), { maxLength: 30 }).map((list) =>
  list.map(([body, dup], i) => ({ id: dup === 0 && i > 0 ? `e${i - 1}` : `e${i}`, ...body }) as Event),
);

const shuffledArb = eventsArb.chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length })));

const STATUS_RANK: Readonly<Record<string, number>> = { on_time: 1, late: 2 };
const rank = (e: Evaluation, key: string): number => {
  const f = e.findings.find((x) => x.key === key);
  if (f === undefined) return -1;
  return f.status === "on_time" && f.early ? 0 : (STATUS_RANK[f.status] ?? 3);
};

describe("evaluate (properties)", () => {
  it("ignores the order of the events (shuffled events, deep-equal result)", () => {
    fc.assert(
      fc.property(shuffledArb, ([events, shuffled]) => {
        // Act
        const a = evaluate(plan, events, { asOf: ASOF });
        const b = evaluate(plan, shuffled, { asOf: ASOF });
        // Assert
        expect(b).toEqual(a);
      }),
    );
  });

  it("accounts for every event: used + ignored = input, malformed ones included", () => {
    const garbage = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.record({ id: fc.string(), at: fc.string() }), fc.record({ id: fc.constant("x"), type: fc.constant("document_issued"), at: fc.constant("2024-02-30") }));
    const mixed = fc.tuple(eventsArb, fc.array(garbage, { maxLength: 5 })).map(([valid, bad]) => [...valid, ...bad] as unknown[]);
    fc.assert(
      fc.property(mixed, (events) => {
        // Act
        const e = evaluate(plan, events, { asOf: ASOF });
        // Assert
        expect(e.accounting.input).toBe(events.length);
        expect(e.accounting.used.length + e.accounting.ignored.length).toBe(events.length);
        const invalid = e.accounting.ignored.filter((i) => i.reason === "invalid");
        for (const i of invalid) expect(typeof i.index).toBe("number");
      }),
    );
  });

  it("is unaffected by unrelated events (types no obligation mentions)", () => {
    const unrelated = fc.array(fc.tuple(fc.constantFrom("weather_report", "meeting_held"), instantArb), { maxLength: 10 });
    fc.assert(
      fc.property(eventsArb, unrelated, (events, extra) => {
        // Arrange
        const noise = extra.map(([type, at], i) => ({ id: `noise${i}`, type, at, subject: "A" }));
        // Act
        const a = evaluate(plan, events, { asOf: ASOF });
        const b = evaluate(plan, [...noise, ...events], { asOf: ASOF });
        // Assert
        expect(b.findings).toEqual(a.findings);
        expect(b.summary).toEqual(a.summary);
        expect(b.accounting.used).toEqual(a.accounting.used);
        expect(b.accounting.ignored.filter((i) => !i.eventId?.startsWith("noise"))).toEqual(a.accounting.ignored);
        expect(b.accounting.ignored.filter((i) => i.eventId?.startsWith("noise")).every((i) => i.reason === "unknown_type" || i.reason === "after_as_of")).toBe(true);
      }),
    );
  });

  it("completing later never improves a status", () => {
    const one = planWith({ kind: "triggered", id: "t", title: "T", owner: "vp", trigger: { type: "opened" }, deadline: "trong 5 ngày làm việc kể từ ngày nhận", completedBy: "done" });
    fc.assert(
      fc.property(instantArb, instantArb, instantArb, (opened, d1, d2) => {
        // Arrange
        const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const run = (done: string) => evaluate(one, [{ id: "o", type: "opened", at: opened, subject: "S" }, { id: "d", type: "done", at: done, subject: "S" }], { asOf: "2024-06-01T00:00:00+07:00" });
        // Act
        const a = run(early);
        const b = run(late);
        // Assert
        expect(rank(b, "t:S")).toBeGreaterThanOrEqual(rank(a, "t:S"));
        expect(b.findings[0]?.daysLate ?? 0).toBeGreaterThanOrEqual(a.findings[0]?.daysLate ?? 0);
      }),
    );
  });

  it("an extension never moves a deadline earlier", () => {
    fc.assert(
      fc.property(dateArb, dateArb, instantArb, fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }), (due, extended, at, days) => {
        // Arrange
        const events: Event[] = [
          { id: "a", type: "task_assigned", at: "2024-01-02T08:00:00+07:00", subject: "NV", deadline: due },
          days === undefined ? { id: "x", type: "task_extended", at, subject: "NV", deadline: extended } : { id: "x", type: "task_extended", at, subject: "NV", data: { days } },
        ];
        // Act
        const f = evaluate(plan, events, { asOf: "2024-06-01T00:00:00+07:00" }).findings.find((x) => x.key === "II.2:NV");
        // Assert
        expect(f).toBeDefined();
        expect((f?.lastDay ?? "") >= due).toBe(true);
      }),
    );
  });

  it("never gives two findings for one occurrence", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const keys = evaluate(plan, events, { asOf: ASOF }).findings.map((f) => f.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it("does not mutate its inputs", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const before = structuredClone(events);
        evaluate(plan, events, { asOf: ASOF });
        expect(events).toEqual(before);
      }),
    );
  });
});
