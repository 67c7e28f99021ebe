import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, parsePlan, safeParsePlan, ThoihanError, type Evaluation, type Event } from "../../src/index.js";
import { eventLogArb } from "../../src/testing/index.js";
import { seedPlan } from "../engine/_plans.js";
import { mutated, oddValue } from "./_values.js";

const plan = parsePlan(seedPlan());
const asOf = "2024-09-01T00:00:00+07:00";

/** Valid events of the plan's types, with some of them mutated or replaced by odd values. */
const logArb: fc.Arbitrary<unknown[]> = fc
  .tuple(eventLogArb(plan, { from: "2024-01-01", to: "2024-08-31", maxEvents: 40 }), fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 4 }), fc.array(oddValue, { maxLength: 2 }))
  .chain(([events, changes, odd]) => {
    const list: unknown[] = [...events];
    const edits = changes.map(([at, replace]) => (list.length === 0 ? fc.constant(undefined) : mutated(list[at % list.length]).map((m) => ({ at: at % list.length, m, replace }))));
    return fc.tuple(...edits).map((done) => {
      const out = [...list];
      for (const e of done) if (e !== undefined) e.replace ? (out[e.at] = e.m) : out.push(e.m);
      return [...out, ...odd];
    });
  });

const shuffled = logArb.chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length })));

const multiset = (items: readonly string[]): string[] => [...items].sort();
const ignoredKeys = (e: Evaluation): string[] => multiset(e.accounting.ignored.map((i) => `${i.eventId ?? "-"}|${i.reason}`));

function balanced(e: Evaluation, events: readonly unknown[]): void {
  expect(e.accounting.input).toBe(events.length);
  expect(e.accounting.used.length + e.accounting.ignored.length).toBe(events.length);
}

describe("fuzz: evaluate on random, mutated and shuffled event logs", () => {
  it("accounts for every event, and gives the same findings, summaries and accounting in any order", () => {
    fc.assert(
      fc.property(shuffled, ([events, reordered]) => {
        const a = evaluate(plan, events, { asOf });
        const b = evaluate(plan, reordered, { asOf });
        balanced(a, events);
        balanced(b, reordered);
        expect(b.findings).toEqual(a.findings);
        expect(b.summary).toEqual(a.summary);
        expect(multiset(b.accounting.used.map((u) => `${u.eventId}|${u.role}|${u.occurrence}`))).toEqual(multiset(a.accounting.used.map((u) => `${u.eventId}|${u.role}|${u.occurrence}`)));
        expect(ignoredKeys(b)).toEqual(ignoredKeys(a));
      }),
    );
  });

  it("evaluates every mutated plan that parses, balancing its accounting; the others are ThoihanErrors", () => {
    fc.assert(
      fc.property(mutated(seedPlan()), logArb, (input, events) => {
        const parsed = safeParsePlan(input);
        if (!parsed.success) {
          expect(parsed.error).toBeInstanceOf(ThoihanError);
          return;
        }
        try {
          balanced(evaluate(parsed.data, events as Event[], { asOf }), events);
        } catch (e) {
          if (!(e instanceof ThoihanError)) throw e;
        }
      }),
      { numRuns: Math.max(20, Math.floor(Number(process.env["FUZZ_RUNS"] ?? 150) / 3)) },
    );
  });
});
