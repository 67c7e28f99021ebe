import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { compare } from "../../src/scoring/compare.js";
import { score } from "../../src/scoring/score.js";
import type { ScoreNode } from "../../src/scoring/types.js";
import type { Criterion } from "../../src/schema/criteria.js";
import { evaluationOf, finding, findingsArb, OBLIGATIONS, planNaming, treeArb } from "./_findings.js";

// the trees name obligations a, b, c whether or not the findings drawn have any: the plan names them
const PERIOD = { period: { from: "2024-01-01", to: "2024-12-31" }, plan: planNaming(OBLIGATIONS) };

function nodes(list: readonly ScoreNode[]): ScoreNode[] {
  return list.flatMap((n) => [n, ...nodes(n.children)]);
}

const h = (p: number): number => Math.round(p * 100);

describe("score (properties)", () => {
  it("a node's points never exceed its applicable max (nor its max) nor fall below 0, and percent stays within 0–100", () => {
    fc.assert(
      fc.property(findingsArb, treeArb, (findings, tree) => {
        // Arrange / Act
        const all = nodes(score(evaluationOf(findings), [tree], PERIOD));
        // Assert
        for (const n of all) {
          if (!n.applicable) {
            expect([n.points, n.percent, n.applicableMax]).toEqual([null, null, null]);
            continue;
          }
          expect(n.points).toBeGreaterThanOrEqual(0);
          expect(h(n.points as number)).toBeLessThanOrEqual(h(n.applicableMax as number));
          expect(h(n.applicableMax as number)).toBeLessThanOrEqual(h(n.max));
          if (n.percent !== null) {
            expect(n.percent).toBeGreaterThanOrEqual(0);
            expect(n.percent).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it("Σ deductions equals the points a leaf lost, exactly in hundredths, whenever anyone is answerable; never more than its max", () => {
    fc.assert(
      fc.property(findingsArb, treeArb, (findings, tree) => {
        for (const n of nodes(score(evaluationOf(findings), [tree], PERIOD))) {
          const sum = n.deductions.reduce((s, d) => s + h(d.points), 0);
          expect(sum).toBeLessThanOrEqual(h(n.max));
          if (n.deductions.length > 0) expect(sum).toBe(h(n.lost));
          for (const d of n.deductions) expect(d.points).toBeGreaterThan(0);
          if (n.kind === "per_violation" && n.applicable && n.basis?.empty !== true) {
            // per violation: every point lost is someone's (unless nothing was counted and empty is "zero")
            expect(sum).toBe(h(n.lost));
          }
        }
      }),
    );
  });

  it("making one on-time finding late never raises any score", () => {
    fc.assert(
      fc.property(findingsArb, treeArb, fc.nat(), fc.integer({ min: 1, max: 30 }), (findings, tree, pick, days) => {
        const onTime = findings.map((f, i) => [f, i] as const).filter(([f]) => f.status === "on_time");
        fc.pre(onTime.length > 0);
        const [f, i] = onTime[pick % onTime.length] as readonly [Finding, number];
        const later = findings.slice();
        later[i] = { ...f, status: "late", early: false, daysLate: days, workingDaysLate: days, target: f.target === null ? null : { ...f.target, status: "missed" } };
        const before = nodes(score(evaluationOf(findings), [tree], PERIOD));
        const after = nodes(score(evaluationOf(later), [tree], PERIOD));
        before.forEach((b, k) => {
          const a = after[k] as ScoreNode;
          expect(a.id).toBe(b.id);
          if (b.points !== null && a.points !== null && b.effect === "normal" && a.effect === "normal") expect(h(a.points)).toBeLessThanOrEqual(h(b.points));
        });
      }),
    );
  });

  it("an inapplicable child leaves the parent's points and percent as if it were absent", () => {
    fc.assert(
      fc.property(findingsArb, treeArb, fc.nat(), (findings, tree, pick) => {
        const children = tree.children ?? [];
        const k = pick % children.length;
        const dropped: Criterion = { ...tree, children: children.map((c, i) => (i === k ? { ...c, applicable: false } : c)) };
        const absent: Criterion = { ...tree, children: children.filter((_, i) => i !== k) };
        fc.pre((absent.children ?? []).length > 0);
        const e = evaluationOf(findings);
        const [a] = score(e, [dropped], PERIOD);
        const [b] = score(e, [absent], PERIOD);
        expect([a?.points, a?.percent, a?.applicableMax, a?.band]).toEqual([b?.points, b?.percent, b?.applicableMax, b?.band]);
      }),
    );
  });

  it("scoring is independent of the order of the findings", () => {
    fc.assert(
      fc.property(findingsArb, treeArb, fc.infiniteStream(fc.nat()), (findings, tree, stream) => {
        const shuffled = findings.slice();
        const it = stream[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (it.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as Finding, shuffled[i] as Finding];
        }
        expect(JSON.stringify(score(evaluationOf(shuffled), [tree], PERIOD))).toBe(JSON.stringify(score(evaluationOf(findings), [tree], PERIOD)));
      }),
    );
  });

  it("compare(a, a) is empty and compare(b, a) mirrors compare(a, b)", () => {
    fc.assert(
      fc.property(findingsArb, findingsArb, treeArb, (fa, fb, tree) => {
        const scored = (fs: Finding[]) => {
          const e = evaluationOf(fs);
          return { ...e, scores: score(e, [tree], PERIOD) };
        };
        const a = scored(fa);
        const b = scored(fb);
        const same = compare(a, a);
        expect([same.findings, same.scores]).toEqual([[], []]);
        const ab = compare(a, b);
        const ba = compare(b, a);
        expect(ba.findings.map((c) => [c.key, c.before, c.after, c.changes.map((x) => (x === "added" ? "removed" : x === "removed" ? "added" : x))])).toEqual(ab.findings.map((c) => [c.key, c.after, c.before, c.changes]));
        expect(ba.scores.map((s) => [s.criterion, s.before, s.after, h(s.delta) || 0])).toEqual(ab.scores.map((s) => [s.criterion, s.after, s.before, 0 - h(s.delta) || 0]));
      }),
    );
  });
});

describe("score (a finding's state)", () => {
  it("the helper builds findings scoring accepts", () => {
    expect(finding({ status: "late" }).status).toBe("late");
  });
});
