import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadHeza2024Events, loadHeza2024Plan } from "../../examples/heza-2024/run.js";
import { createCalendar } from "../../src/calendar/index.js";
import { evaluate as evaluateFindings } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/types.js";
import { parsePlan, safeParsePlan } from "../../src/schema/index.js";
import { compare, evaluate, formatPoints, pointsAtRisk, pointsLost, removeEvents, score, shiftEvents, whatIf, withPolicy } from "../../src/scoring/index.js";
import type { ScoreNode } from "../../src/scoring/types.js";
import { benchEvents } from "../bench/evaluate.js";
import { benchPlanWithCriteria } from "../bench/scoring.js";
import { seedPlan } from "../engine/_plans.js";

const ASOF = "2024-12-31T23:59:59+07:00";
const plan = loadHeza2024Plan();
const events = loadHeza2024Events();
const heza = evaluate(plan, events, { asOf: ASOF });

function nodes(list: readonly ScoreNode[]): ScoreNode[] {
  return list.flatMap((n) => [n, ...nodes(n.children)]);
}
const node = (id: string): ScoreNode => nodes(heza.scores).find((n) => n.id === id) as ScoreNode;
const h = (p: number): number => Math.round(p * 100);

describe("evaluate with criteria", () => {
  it("without criteria it adds scores: [] and nothing else: the findings are the engine's own", () => {
    const { criteria: _c, ...bare } = plan;
    const engine = evaluateFindings(bare, events, { asOf: ASOF });
    const scored = evaluate(bare, events, { asOf: ASOF });
    expect(scored.scores).toEqual([]);
    expect(scored.scoredPeriod).toBeNull();
    expect(scored.findings).toEqual(engine.findings);
    expect(scored.findings.every((f) => f.deductions.length === 0)).toBe(true);
  });

  it("seed 002 criterion 1.2 'thực hiện chế độ báo cáo định kỳ' loses 0,25 per late report: the July KH4712 report and one requested report", () => {
    const n = node("1.2");
    expect([n.points, n.applicableMax, n.lost]).toEqual([1.5, 2, 0.5]);
    expect(n.explanation.vi).toBe("1.2: 1,50/2,00 điểm (−0,50): 2 trễ hạn × 0,25 (II.3b 1890/STTTT-BCVT; KH4712 tháng 7).");
  });

  it("every deduction is on its leaf and on the finding that caused it, and a leaf's deductions add up to the points it lost", () => {
    const fromLeaves = nodes(heza.scores).flatMap((n) => n.deductions);
    const fromFindings = heza.findings.flatMap((f) => f.deductions);
    expect(fromFindings.length).toBe(fromLeaves.length);
    expect(new Set(fromFindings)).toEqual(new Set(fromLeaves));
    for (const f of heza.findings) for (const d of f.deductions) expect([d.key, d.obligation, d.owner]).toEqual([f.key, f.obligation, f.owner]);
    for (const n of nodes(heza.scores)) if (n.deductions.length > 0) expect(n.deductions.reduce((s, d) => s + h(d.points), 0)).toBe(h(n.lost));
  });

  it("the PAR tree under 876/QĐ-BNV applies to 2024, the 1187/QĐ-BNV placeholder (from 15/10/2025) does not, and unscored areas re-normalise the percent", () => {
    const [par, later, tthc] = heza.scores;
    expect([par?.applicable, later?.applicable, later?.notApplicable, tthc?.applicable]).toEqual([true, false, "outside_validity", true]);
    expect(node("4").notApplicable).toBe("no_applicable_children");
    expect(par?.percent).toBe(Math.floor((h(par?.points as number) * 20000 + h(par?.applicableMax as number)) / (2 * h(par?.applicableMax as number))) / 100);
  });

  it("scoring.external overrides a survey value; scoring.period narrows the findings counted", () => {
    const e = evaluate(plan, events, { asOf: ASOF, scoring: { external: { "766.5": 16.2 } } });
    const sat = nodes(e.scores).find((n) => n.id === "766.5");
    expect([sat?.points, sat?.applicable]).toEqual([16.2, true]);
    const firstHalf = evaluate(plan, events, { asOf: ASOF, scoring: { period: { from: "2024-01-01", to: "2024-06-30" } } });
    const r12 = nodes(firstHalf.scores).find((n) => n.id === "1.2");
    expect(r12?.deductions.map((d) => d.key)).not.toContain("KH4712:2024-07");
    expect(firstHalf.scoredPeriod).toEqual({ from: "2024-01-01", to: "2024-06-30" });
  });

  it("rejects unknown scoring keys and external values for no external criterion", () => {
    expect(() => evaluate(plan, events, { asOf: ASOF, scoring: { periode: {} } as never })).toThrow(expect.objectContaining({ code: "unknown_key" }));
    expect(() => evaluate(plan, events, { asOf: ASOF, scoring: { external: { "1.2": 1 } } })).toThrow(expect.objectContaining({ code: "unknown_reference" }));
    expect(() => evaluate(plan, events, { asOf: ASOF, scoring: { external: { "766.5": -1 } } })).toThrow(expect.objectContaining({ code: "invalid_option" }));
    // 766.5 (mức độ hài lòng) is worth 18 points: 81 (a percent) is a mistake, not 18 points
    expect(() => evaluate(plan, events, { asOf: ASOF, scoring: { external: { "766.5": 81 } } })).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });

  it("prints in the REPL as the findings table followed by the score sheet tree", () => {
    const text = inspect(heza);
    expect(text).toContain("Evaluation heza-2024");
    expect(text).toMatch(/\n {4}1\.2 {2}Thực hiện chế độ báo cáo định kỳ +1,50\/2,00 {2}75,00% {2}−0,50 {2}2 lần trừ/);
  });
});

describe("evaluate with criteria (properties)", () => {
  it("scores and deductions do not depend on the order of the events", () => {
    const small = seedPlan();
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), (shuffled) => {
        const a = evaluate(plan, shuffled, { asOf: ASOF });
        expect(JSON.stringify(a.scores)).toBe(JSON.stringify(heza.scores));
        expect(a.findings.map((f) => f.deductions)).toEqual(heza.findings.map((f) => f.deductions));
      }),
      { numRuns: 5 },
    );
    expect(small.criteria?.length).toBe(1);
  });

  it("evaluate relies on the engine's order (each obligation's findings in (lastDay, key) order): its scores and deductions are those of score, which checks the order", () => {
    const generated = parsePlan(benchPlanWithCriteria());
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 200, max: 1500 }), (seed, size) => {
        const evs = benchEvents(size, seed);
        const a = evaluate(generated, evs, { asOf: "2024-12-31T17:00:00+07:00" });
        const last = new Map<string, Finding>();
        for (const f of a.findings) {
          if (f.lastDay === null) continue;
          const prev = last.get(f.obligation);
          if (prev !== undefined) expect(prev.lastDay! < f.lastDay || (prev.lastDay === f.lastDay && prev.key < f.key)).toBe(true);
          last.set(f.obligation, f);
        }
        const b = score(evaluateFindings(generated, evs, { asOf: "2024-12-31T17:00:00+07:00" }), generated.criteria ?? [], { plan: generated, ...(a.scoredPeriod === null ? {} : { period: a.scoredPeriod }) });
        expect(JSON.stringify(a.scores)).toBe(JSON.stringify(b));
        expect(a.findings.reduce((n, f) => n + f.deductions.length, 0)).toBeGreaterThan(0);
      }),
      { numRuns: 6 },
    );
  });
});

describe("criteria in plans", () => {
  it("reports every problem of the trees at once, with paths", () => {
    const r = safeParsePlan({
      ...seedPlan(),
      criteria: [
        { id: "1.1", title: "Nhánh", max: 1, children: [{ id: "A.1", title: "Lá", max: 1, rule: { kind: "per_violation", obligations: ["khong-co"], late: 2 } }] },
        { id: "A.1", title: "Trùng", max: 1 },
        { id: "B", title: "Mức", max: 1, bands: [{ min: 80, label: "B" }, { min: 90, label: "A" }], rule: { kind: "rate_bands", bands: [{ from: 80, points: 0.5 }, { from: 100, points: 1 }] }, children: [{ id: "B.1", title: "Lá", max: 1, rule: { kind: "external" } }] },
      ],
    });
    expect(r.success).toBe(false);
    const got = r.success ? [] : r.error.issues.slice(1).map((i) => `${(i.params["reason"] as string | undefined) ?? i.code}@${i.path.join(".")}`);
    expect(got).toEqual(
      expect.arrayContaining([
        "both_children_and_rule@criteria.2",
        "deduction_above_max@criteria.0.children.0.rule.late",
        "unknown_reference@criteria.0.children.0.rule.obligations.0",
        "duplicate_id@criteria.1.id",
        "neither_children_nor_rule@criteria.1",
        "bands_out_of_order@criteria.2.bands.1.min",
        "bands_out_of_order@criteria.2.rule.bands.1.from",
        "band_points_increase@criteria.2.rule.bands.1.points",
        "link_to_branch@obligations.0.criteria.0",
        "unknown_reference@obligations.2.criteria.0",
      ]),
    );
  });
  it("accepts children whose maxima add up to more than their branch's (the cap is there for bonus branches)", () => {
    const r = safeParsePlan({ ...seedPlan(), criteria: [{ id: "1.1", title: "Nhánh", max: 1, children: [{ id: "x", title: "a", max: 1, rule: { kind: "external" } }, { id: "3.2", title: "b", max: 1, rule: { kind: "external" } }, { id: "6.1", title: "c", max: 1, rule: { kind: "external" } }] }] });
    expect(r.success ? "ok" : r.error.issues.slice(1).map((i) => i.params["reason"] ?? i.code)).toEqual(["link_to_branch"]);
  });
});

describe("points lost, points at risk", () => {
  it("the points lost per unit are the sums of their findings' deductions (seed 001: each unit answers for the points its tasks lose)", () => {
    const rows = pointsLost(heza);
    const total = heza.findings.reduce((s, f) => s + f.deductions.reduce((t, d) => t + h(d.points), 0), 0);
    expect(rows.reduce((s, r) => s + h(r.points), 0)).toBe(total);
    expect(rows.map((r) => r.points)).toEqual([...rows.map((r) => r.points)].sort((a, b) => b - a));
    expect(rows.find((r) => r.key === "van-phong")?.label).toBe("Văn phòng");
    expect(pointsLost(heza, "criterion").find((r) => r.key === "1.2")?.points).toBe(0.5);
  });

  it("points at risk on Monday 02/12/2024 for the week: what the open findings would cost if still open at the end of 09/12", () => {
    const risk = pointsAtRisk(plan, events, { asOf: "2024-12-02T08:00:00+07:00" }, "2024-12-09");
    expect(risk.findings.map((f) => f.key)).toContain("II.3b:3655/SNV-CCHC");
    expect(risk.findings.find((f) => f.key === "II.3b:3655/SNV-CCHC")?.points).toBe(0.5);
    expect(h(risk.total)).toBe(risk.byUnit.reduce((s, r) => s + h(r.points), 0));
    expect(risk.byUnit.find((r) => r.key === "van-phong")?.points).toBe(0.5);
  });

  it("points at risk are asked of a day on or after asOf's: an earlier day is invalid_option at `at` (it gave an empty list, as if nothing were at risk)", () => {
    const asOf = "2024-12-02T08:00:00+07:00";
    expect(() => pointsAtRisk(plan, events, { asOf }, "2024-11-29")).toThrow(expect.objectContaining({ code: "invalid_option", issues: [expect.objectContaining({ path: ["at"] })] }));
    // asOf's own day (its end) is a question a Văn phòng asks in the morning
    expect(pointsAtRisk(plan, events, { asOf }, "2024-12-02").at).toBe("2024-12-02");
    // the day is Vietnam's: 20:00 UTC on 01/12 is already 02/12 there
    expect(() => pointsAtRisk(plan, events, { asOf: "2024-12-01T20:00:00Z" }, "2024-12-01")).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });
});

describe("compare and what-if", () => {
  it("compare(a, a) is empty", () => {
    const c = compare(heza, heza);
    expect([c.findings, c.scores, c.text.vi, c.text.en]).toEqual([[], [], "Không có thay đổi.", "No change."]);
  });

  it("another policy, beforeDate: 'inclusive' ('trước ngày X' read as X included): II.1 comment 812/SNV-CCHC turns on time but still misses its target", () => {
    const w = whatIf(plan, events, { asOf: ASOF }, { policy: { beforeDate: "inclusive" } });
    const c = w.comparison.findings.find((x) => x.key === "II.1:812/SNV-CCHC");
    expect([c?.before?.status, c?.after?.status, c?.changes]).toEqual(["late", "on_time", ["status", "last_day", "deductions"]]);
    expect(w.comparison.scores.find((s) => s.criterion === "2.1")).toEqual({ criterion: "2.1", title: "Theo dõi thi hành pháp luật", before: 1.4, after: 1.8, delta: 0.4 });
    expect(w.comparison.text.vi).toContain("II.1:812/SNV-CCHC: quá hạn (đã xong) → đúng hạn; hạn cuối 2024-10-10 → 2024-10-11; bị trừ 0,50 → 0,10 điểm.");
    expect(withPolicy(plan, { beforeDate: "inclusive" }).policy?.beforeDate).toBe("inclusive");
  });

  it("another calendar: a local closure on 10/07/2024 moves the deadlines that end that day to the next working day", () => {
    const w = whatIf(plan, events, { asOf: ASOF }, { calendar: createCalendar({ daysOff: ["2024-07-10"] }) });
    const c = w.comparison.findings.find((x) => x.key === "KH4712:2024-07");
    expect([c?.before?.lastDay, c?.after?.lastDay]).toEqual(["2024-07-10", "2024-07-11"]);
  });

  it("events shifted or removed: withholding an apology letter (III.5) makes it overdue and costs criterion 3.3", () => {
    const apologies = (events as { id: string; type: string }[]).filter((e) => e.type === "apology_sent").map((e) => e.id);
    const removed = removeEvents(events, { ids: apologies });
    expect(removed.length).toBe(events.length - apologies.length);
    const shifted = shiftEvents(events, 2, { ids: [apologies[0] as string] }) as { id: string; at: string }[];
    const original = (events as { id: string; at: string }[]).find((e) => e.id === apologies[0]);
    expect(Date.parse(shifted.find((e) => e.id === apologies[0])?.at as string) - Date.parse(original?.at as string)).toBe(2 * 86_400_000);
    const w = whatIf(plan, events, { asOf: ASOF }, { remove: { types: ["apology_sent"] } });
    expect(w.after.findings.filter((f: Finding) => f.obligation === "III.5").every((f) => f.status === "overdue")).toBe(true);
  });

  it("another asOf: earlier in the year fewer findings have come due", () => {
    const w = whatIf(plan, events, { asOf: ASOF }, { asOf: "2024-06-30T23:59:59+07:00" });
    expect(w.after.findings.length).toBeLessThan(w.before.findings.length);
    expect(w.comparison.findings.some((c) => c.changes.includes("removed"))).toBe(true);
  });
});

describe("purity", () => {
  it("evaluate, whatIf, withPolicy, shiftEvents, removeEvents, pointsAtRisk, compare and pointsLost do not mutate their inputs", () => {
    const p = loadHeza2024Plan();
    const es = loadHeza2024Events();
    const before = JSON.stringify([p, es]);
    const w = whatIf(p, es, { asOf: ASOF }, { policy: { beforeDate: "inclusive" }, shift: 1, remove: { types: ["apology_sent"] } });
    withPolicy(p, { beforeDate: "inclusive" });
    shiftEvents(es, 3);
    removeEvents(es, { types: ["dossier_received"] });
    pointsAtRisk(p, es, { asOf: "2024-12-02T08:00:00+07:00" }, "2024-12-09");
    const seen = JSON.stringify([w.before.scores, w.after.findings]);
    compare(w.before, w.after);
    pointsLost(w.after);
    expect(JSON.stringify([p, es])).toBe(before);
    expect(JSON.stringify([w.before.scores, w.after.findings])).toBe(seen);
  });
});

describe("formatPoints", () => {
  it("writes points with two decimals: a decimal comma in Vietnamese, a point in English", () => {
    expect([formatPoints(93.2, "vi"), formatPoints(93.2, "en"), formatPoints(0), formatPoints(-0.5), formatPoints(1234.005, "en")]).toEqual(["93,20", "93.20", "0,00", "-0,50", "1234.01"]);
    expect(() => formatPoints(Number.NaN)).toThrow(expect.objectContaining({ code: "invalid_type" }));
    expect(() => formatPoints(1, "fr" as never)).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });

  it("formatPoints writes only exact hundredths: beyond ±90 071 992 547 409,91 it is invalid_value (1e21 printed made-up digits)", () => {
    expect(formatPoints(90071992547409.91, "en")).toBe("90071992547409.91");
    expect(() => formatPoints(1e21)).toThrow(expect.objectContaining({ code: "invalid_value", issues: [expect.objectContaining({ path: ["points"] })] }));
    expect(() => formatPoints(-1e15)).toThrow(expect.objectContaining({ code: "invalid_value" }));
  });
});
