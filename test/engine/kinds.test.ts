/**
 * The table of obligation kinds: every kind of the schema has a handler, and a table that misses
 * one does not compile (the `@ts-expect-error` lines fail `tsc --noEmit` the day they compile).
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { KindShapes } from "../../src/engine/compile.js";
import { KIND_HANDLERS, type KindHandler, type KindName } from "../../src/engine/kinds/index.js";
import type { ObligationKind } from "../../src/engine/types.js";
import { obligationSchemaInferred, type Obligation } from "../../src/schema/plan.js";

const { triggered, dated, recurring, derived, quota } = KIND_HANDLERS;

describe("the table of obligation kinds", () => {
  it("has one handler per kind of the schema, under its own name", () => {
    const schemaKinds = obligationSchemaInferred.options.map((o) => o.shape.kind.value);
    expect(Object.keys(KIND_HANDLERS).sort()).toEqual([...schemaKinds].sort());
    for (const [name, handler] of Object.entries(KIND_HANDLERS)) expect(handler.kind).toBe(name);
  });

  it("is keyed by the schema's kinds, and the public kind type is the same union", () => {
    expectTypeOf<keyof typeof KIND_HANDLERS>().toEqualTypeOf<Obligation["kind"]>();
    expectTypeOf<KindName>().toEqualTypeOf<Obligation["kind"]>();
    expectTypeOf<ObligationKind>().toEqualTypeOf<Obligation["kind"]>();
  });

  it("does not compile without a kind, or with a handler under another kind's name", () => {
    // @ts-expect-error -- `quota` has no handler
    const missing: { readonly [K in KindName]: KindHandler<K> } = { triggered, dated, recurring, derived };
    // @ts-expect-error -- the handler of `recurring` under the name `quota`
    const swapped: { readonly [K in KindName]: KindHandler<K> } = { triggered, dated, recurring, derived, quota: recurring };
    // @ts-expect-error -- compiling needs the shape of every kind, `derived` too
    const shapes: KindShapes = { triggered, dated, recurring, quota };
    // the handlers themselves are what compiling reads
    const complete: KindShapes = KIND_HANDLERS;
    expect([missing, swapped, shapes, complete].every((t) => typeof t === "object")).toBe(true);
  });

  it("says of each kind which events it is routed and what compiling takes from it", () => {
    const plan = { id: "p", title: "p", start: "2024-01-01", obligations: [] } as unknown as Parameters<KindHandler<"dated">["shape"]>[1];
    const filter = { type: "nhan" };
    const t = triggered.shape({ kind: "triggered", id: "a", title: "a", trigger: filter, deadline: { kind: "relative", amount: 3, unit: "working_day" }, anchorEvent: "tiep_nhan", completedBy: ["xong", "tra"] } as never, plan);
    expect(t).toMatchObject({ trigger: filter, counts: undefined, completedBy: ["xong", "tra"], anchorTypes: ["tiep_nhan"], match: "subject", perOwner: false, source: undefined });
    const q = quota.shape({ kind: "quota", id: "q", title: "q", counts: filter, quota: { min: 1, per: "day" } } as never, plan);
    expect(q).toMatchObject({ trigger: undefined, counts: filter, completedBy: [], rule: undefined, fallback: undefined, perOwner: true });
    const d = derived.shape({ kind: "derived", id: "d", title: "d", source: { obligation: "a", on: "late" }, deadline: { kind: "relative", amount: 1, unit: "day" }, completedBy: "xin_loi" } as never, plan);
    expect(d).toMatchObject({ trigger: undefined, counts: undefined, source: "a", completedBy: ["xin_loi"] });
    const r = recurring.shape({ kind: "recurring", id: "r", title: "r", deadline: { kind: "recurring", frequency: "monthly", day: 10 }, completedBy: "bao_cao" } as never, plan);
    expect(r).toMatchObject({ match: "period", perOwner: true, trigger: undefined });
    const cap = { kind: "relative", amount: 90, unit: "day" };
    expect(dated.shape({ kind: "dated", id: "x", title: "x", trigger: filter, cap, completedBy: "xong" } as never, plan)).toMatchObject({ rule: undefined, fallback: cap, fallbackField: "cap", trigger: filter });
    expect(dated.shape({ kind: "dated", id: "x", title: "x", trigger: filter, completedBy: "xong" } as never, plan)).toMatchObject({ fallback: undefined, fallbackField: undefined });
    expect(dated.shape({ kind: "dated", id: "x", title: "x", trigger: filter, completedBy: "xong" } as never, { ...plan, otherwise: cap } as never)).toMatchObject({ fallback: cap, fallbackField: "otherwise" });
  });
});
