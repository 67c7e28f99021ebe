/** The order obligations open in: plan order, each obligation after the one it is opened from, whatever the kinds. */
import { describe, expect, it } from "vitest";
import type { CompiledObligation } from "../../src/engine/compile.js";
import { openingOrder } from "../../src/engine/kinds/index.js";

const cob = (id: string, source?: string): CompiledObligation => ({ id, source }) as unknown as CompiledObligation;
const ids = (cobs: readonly CompiledObligation[]): string[] => openingOrder(cobs).map((c) => c.id);

describe("openingOrder", () => {
  it("keeps plan order when nothing is opened from another obligation", () => {
    expect(ids([cob("c"), cob("a"), cob("b")])).toEqual(["c", "a", "b"]);
  });

  it("opens an apology after the dossiers it is owed for, even when the plan lists it first", () => {
    expect(ids([cob("xin_loi", "ho_so"), cob("bao_cao"), cob("ho_so")])).toEqual(["ho_so", "xin_loi", "bao_cao"]);
  });

  it("opens a chain in order (an archive file after the apology after the dossier)", () => {
    expect(ids([cob("luu_tru", "xin_loi"), cob("xin_loi", "ho_so"), cob("ho_so")])).toEqual(["ho_so", "xin_loi", "luu_tru"]);
  });

  it("lists every obligation once, even with a cycle or a missing source (parsePlan refuses both; the order must still end)", () => {
    const out = ids([cob("a", "b"), cob("b", "a"), cob("c", "khong_co")]);
    expect([...out].sort()).toEqual(["a", "b", "c"]);
  });
});
