/**
 * Events sharing an id: one is kept (the earliest, then the smallest by content, then the first
 * given), the others are listed as `duplicate_id`. Checked against a direct oracle on logs with
 * many repeated ids, and on two different ids whose hashes collide.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import { fnv1a } from "../../src/internal/fnv1a.js";
import type { Event } from "../../src/schema/event.js";
import { parsePlan } from "../../src/schema/index.js";
import { seedPlan } from "./_plans.js";

const ASOF = "2024-12-31T17:00:00+07:00";
const plan = parsePlan(seedPlan());

function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

/** The positions an oracle marks as duplicates: per id, all but the earliest, then smallest by content, then first. */
function oracle(events: readonly Event[]): Set<number> {
  const best = new Map<string, number>();
  const out = new Set<number>();
  events.forEach((e, i) => {
    const j = best.get(e.id);
    if (j === undefined) {
      best.set(e.id, i);
      return;
    }
    const a = events[j] as Event;
    const ta = Date.parse(a.at);
    const tb = Date.parse(e.at);
    const better = tb < ta || (tb === ta && canonical(e) < canonical(a));
    if (better) {
      out.add(j);
      best.set(e.id, i);
    } else out.add(i);
  });
  return out;
}

describe("evaluate — events sharing an id", () => {
  it("keeps one event per id and lists the others as duplicate_id, as many times as they repeat", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom("a", "b", "c", "d", "e"),
            day: fc.integer({ min: 2, max: 6 }),
            subject: fc.constantFrom("HS1", "HS2"),
            type: fc.constantFrom("dossier_received", "dossier_resolved"),
          }),
          { maxLength: 25 },
        ),
        (rows) => {
          const events = rows.map((r) => ({ id: r.id, type: r.type, at: `2024-03-0${r.day}T09:00:00+07:00`, subject: r.subject }) as Event);
          const e = evaluate(plan, events, { asOf: ASOF });
          const dropped = oracle(events);
          const listed = e.accounting.ignored.filter((x) => x.reason === "duplicate_id").length;
          expect(listed).toBe(dropped.size);
          // the kept events alone give the same findings: the right one of each id was kept
          const kept = events.filter((_, i) => !dropped.has(i));
          expect(e.findings).toEqual(evaluate(plan, kept, { asOf: ASOF }).findings);
          expect(e.accounting.used.length + e.accounting.ignored.length).toBe(events.length);
        },
      ),
    );
  });

  it("keeps the earliest of events sharing an id, whatever their order (BLDS Đ.147: what happened first counts)", () => {
    const late = { id: "x", type: "dossier_received", at: "2024-03-05T09:00:00+07:00", subject: "HS-late" } as Event;
    const early = { id: "x", type: "dossier_received", at: "2024-03-04T09:00:00+07:00", subject: "HS-early" } as Event;
    for (const events of [[late, early], [early, late]]) {
      const e = evaluate(plan, events, { asOf: ASOF });
      expect(e.findings.filter((f) => f.obligation === "TTHC").map((f) => f.subject)).toEqual(["HS-early"]);
      expect(e.accounting.ignored).toEqual([{ eventId: "x", reason: "duplicate_id" }]);
    }
  });

  it("tells apart two different ids whose hashes collide", () => {
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let k = 0; pair === undefined; k++) {
      const id = `id-${k}`;
      const h = fnv1a(id);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, id];
      else seen.set(h, id);
    }
    const [a, b] = pair;
    expect(fnv1a(a)).toBe(fnv1a(b));
    const events = [
      { id: a, type: "dossier_received", at: "2024-03-04T09:00:00+07:00", subject: "HS-a" },
      { id: b, type: "dossier_received", at: "2024-03-04T09:00:00+07:00", subject: "HS-b" },
      { id: a, type: "dossier_received", at: "2024-03-05T09:00:00+07:00", subject: "HS-a2" },
    ] as Event[];
    const e = evaluate(plan, events, { asOf: ASOF });
    expect(e.findings.filter((f) => f.obligation === "TTHC").map((f) => f.subject).sort()).toEqual(["HS-a", "HS-b"]);
    expect(e.accounting.ignored).toEqual([{ eventId: a, reason: "duplicate_id" }]);
  });
});
