import { describe, expect, it } from "vitest";
import { ThoihanError } from "../../src/errors.js";
import { renderComparison, renderScoreSheet } from "../../src/report/index.js";
import { compare, pointsLost, whatIf } from "../../src/scoring/index.js";
import { loadHeza2024Events, loadHeza2024Plan } from "../../examples/heza-2024/run.js";
import { parseCsv } from "./_csv.js";
import type { Evaluation } from "../../src/scoring/index.js";
import { heza as evaluated } from "./_evaluations.js";

/** The seed evaluated by the public evaluate, which scores the plan's criteria. */
const heza = evaluated as Evaluation;

type Node = { id: string; children: readonly Node[] };
const count = (nodes: readonly Node[]): number => nodes.reduce((s, n) => s + 1 + count(n.children), 0);

describe("renderScoreSheet", () => {
  it("table: every criterion of the seed's trees, points with the Vietnamese decimal comma, then the points each owner unit lost", () => {
    const text = renderScoreSheet(heza.scores, { lostByUnit: pointsLost(heza, "owner") });
    const root = heza.scores[0]!;
    expect(heza.scores.length).toBeGreaterThan(0);
    const line = text.split("\n").find((l) => l.startsWith(`${root.id} `))!;
    expect(line).toContain(root.title.slice(0, 20));
    if (root.points !== null) expect(line).toContain(root.points.toFixed(2).replace(".", ","));
    expect(text).toContain("ĐIỂM BỊ TRỪ THEO ĐƠN VỊ CHỦ TRÌ");
  });

  it("csv: one row per node of every tree, with its depth and parent, English headers", () => {
    const [head, ...rows] = parseCsv(renderScoreSheet(heza.scores, { format: "csv", locale: "en" }).slice(1));
    expect(head?.slice(0, 3)).toEqual(["Id", "Criterion", "Points"]);
    expect(rows.length).toBe(count(heza.scores));
    const depth = head!.indexOf("Depth");
    expect(rows.filter((r) => r[depth] === "0").length).toBe(heza.scores.length);
  });

  it("json keeps the scored trees; ics is refused with a ThoihanError", () => {
    const value = JSON.parse(renderScoreSheet(heza.scores, { format: "json" })) as { scores: unknown[] };
    expect(value.scores).toEqual(JSON.parse(JSON.stringify(heza.scores)));
    expect(() => renderScoreSheet(heza.scores, { format: "ics" })).toThrow(ThoihanError);
  });
});

describe("renderComparison", () => {
  it("reading 'trước ngày X' as inclusive: the occurrences that changed and the criteria whose points moved, with signed deltas", () => {
    const w = whatIf(loadHeza2024Plan(), loadHeza2024Events(), { asOf: heza.asOf }, { policy: { beforeDate: "inclusive" } });
    const text = renderComparison(w.comparison, { locale: "en" });
    expect(text.startsWith(w.comparison.text.en)).toBe(true);
    for (const c of w.comparison.findings) expect(text).toContain(c.key.slice(c.obligation.length + 1));
    for (const s of w.comparison.scores) expect(text).toMatch(new RegExp(`^${s.criterion.replace(/\./g, "\\.")}\\s`, "m"));
    expect(w.comparison.findings.length).toBeGreaterThan(0);
  });

  it("an evaluation compared with itself: nothing changed", () => {
    expect(renderComparison(compare(heza, heza))).toContain("Không có gì thay đổi.");
    expect(renderComparison(compare(heza, heza), { format: "md", locale: "en" })).toContain("Nothing changed.");
  });
});
