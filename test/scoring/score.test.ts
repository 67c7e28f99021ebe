import { describe, expect, it } from "vitest";
import { formatScoreSheet, score } from "../../src/scoring/score.js";
import type { ScoreNode } from "../../src/scoring/types.js";
import type { Criterion } from "../../src/schema/criteria.js";
import { thrown } from "../_helpers.js";
import { evaluationOf, finding, leaf, planNaming } from "./_findings.js";

const ev = (...fs: Parameters<typeof finding>[0][]) => evaluationOf(fs.map(finding));
const one = (criteria: Criterion, e: ReturnType<typeof ev>, options = {}): ScoreNode => score(e, [criteria], options)[0] as ScoreNode;
const sumDeductions = (n: ScoreNode): number => Math.round(n.deductions.reduce((s, d) => s + d.points * 100, 0)) / 100;

describe("score: per_violation", () => {
  it("'mỗi báo cáo chậm trừ 0,25 điểm': two reports late of a 1-point criterion leave 0,50, each charged 0,25 in (lastDay, key) order", () => {
    // Arrange
    const e = ev({ key: "bc:2024-07", period: "2024-07", status: "late", lastDay: "2024-07-10" }, { key: "bc:2024-03", period: "2024-03", status: "late", lastDay: "2024-03-11" }, { key: "bc:2024-05", period: "2024-05", status: "on_time", lastDay: "2024-05-10" });
    // Act
    const n = one(leaf("1.2", 1, { kind: "per_violation", obligations: ["bc"], late: 0.25 }), e);
    // Assert
    expect(n.points).toBe(0.5);
    expect(n.lost).toBe(0.5);
    expect(n.deductions.map((d) => [d.key, d.reason, d.points])).toEqual([["bc:2024-03", "late", 0.25], ["bc:2024-07", "late", 0.25]]);
    expect(n.explanation.vi).toBe("1.2: 0,50/1,00 điểm (−0,50): 2 trễ hạn × 0,25 (bc tháng 3, tháng 7).");
    expect(n.explanation.en).toBe("1.2: 0.50/1.00 points (−0.50): 2 late × 0.25 (bc March, July).");
  });

  it("maxDeduction caps the points taken: the finding that crosses the cap gets the rest, later ones nothing", () => {
    const e = ev({ key: "bc:1", status: "late", lastDay: "2024-01-10" }, { key: "bc:2", status: "late", lastDay: "2024-02-10" }, { key: "bc:3", status: "late", lastDay: "2024-03-10" });
    const n = one(leaf("1.2", 2, { kind: "per_violation", obligations: ["bc"], late: 0.3, maxDeduction: 0.5 }), e);
    expect(n.points).toBe(1.5);
    expect(n.deductions.map((d) => d.points)).toEqual([0.3, 0.2]);
  });

  it("findings of several obligations are taken in (lastDay, key) order across obligations, whatever their order in the evaluation", () => {
    const rule = { kind: "per_violation" as const, obligations: ["b", "a10", "a1"], late: 0.25, maxDeduction: 0.75 };
    const fs = [
      { obligation: "b", key: "b:1", status: "late" as const, lastDay: "2024-03-01" },
      { obligation: "a10", key: "a10:1", status: "late" as const, lastDay: "2024-03-01" },
      { obligation: "a1", key: "a1:2", status: "late" as const, lastDay: "2024-03-01" },
      { obligation: "a1", key: "a1:1", status: "late" as const, lastDay: "2024-03-02" },
    ];
    const n = one(leaf("x", 1, rule), ev(...fs));
    // "a10:1" < "a1:2" (the digit 0 sorts before ":"), then "b:1"; the finding of 02/03 comes after the cap
    expect(n.deductions.map((d) => d.key)).toEqual(["a10:1", "a1:2", "b:1"]);
    // keys that do not start with their obligation are ordered by key all the same
    const odd = one(leaf("x", 1, rule), ev(...fs.map((f) => ({ ...f, key: f.key.split(":").reverse().join("-") }))));
    expect(odd.deductions.map((d) => d.key)).toEqual(["1-a10", "1-b", "2-a1"]);
  });

  it("points never fall below 0: the deductions stop at max ('tối thiểu 0 điểm')", () => {
    const e = ev(...Array.from({ length: 6 }, (_, i) => ({ status: "late" as const, lastDay: `2024-0${i + 1}-10` })));
    const n = one(leaf("1.2", 1, { kind: "per_violation", obligations: ["bc"], late: 0.25 }), e);
    expect(n.points).toBe(0);
    expect(sumDeductions(n)).toBe(1);
  });

  it("an overdue finding costs `overdue` (default `late`), plus per day late to asOf; per working day likewise", () => {
    const e = ev({ key: "bc:1", status: "overdue", daysLate: 4, workingDaysLate: 2, lastDay: "2024-01-10" }, { key: "bc:2", status: "late", daysLate: 1, workingDaysLate: 1, lastDay: "2024-02-10" });
    const byDay = one(leaf("x", 5, { kind: "per_violation", obligations: ["bc"], late: 0.1, overdue: 0.5, perDayLate: 0.05 }), e);
    expect(byDay.deductions.map((d) => [d.reason, d.points])).toEqual([["overdue", 0.7], ["late", 0.15]]);
    const byWorkingDay = one(leaf("x", 5, { kind: "per_violation", obligations: ["bc"], late: 0.1, perWorkingDayLate: 0.1 }), e);
    expect(byWorkingDay.deductions.map((d) => d.points)).toEqual([0.3, 0.2]);
  });

  it("an on-time finding that missed its internal target ('chậm nhất 2 ngày trước thời hạn') costs missedTarget; open ones cost nothing yet", () => {
    const e = ev({ status: "on_time", missedTarget: true }, { status: "on_time", missedTarget: false }, { status: "open" });
    const n = one(leaf("2.1", 1, { kind: "per_violation", obligations: ["bc"], late: 0.5, missedTarget: 0.1 }), e);
    expect(n.points).toBe(0.9);
    expect(n.deductions.map((d) => d.reason)).toEqual(["missed_target"]);
  });
});

describe("score: explanations name the findings charged by obligation and period", () => {
  it("the findings charged are grouped by obligation, periods in words (tháng 3, quý II, năm 2024 …), years written only when they differ, other keys without their obligation", () => {
    const rule = { kind: "per_violation" as const, obligations: ["KH4712", "TT"], late: 0.1 };
    const n = one(
      leaf("1.2", 1, rule),
      ev(
        { obligation: "KH4712", key: "KH4712:2024-03", period: "2024-03", status: "late", lastDay: "2024-03-10" },
        { obligation: "TT", key: "TT:1890/STTTT", status: "late", lastDay: "2024-04-10" },
        { obligation: "KH4712", key: "KH4712:2024-07", period: "2024-07", status: "late", lastDay: "2024-07-10" },
      ),
    );
    expect(n.explanation.vi).toBe("1.2: 0,70/1,00 điểm (−0,30): 3 trễ hạn × 0,10 (KH4712 tháng 3, tháng 7; TT 1890/STTTT).");
    expect(n.explanation.en).toBe("1.2: 0.70/1.00 points (−0.30): 3 late × 0.10 (KH4712 March, July; TT 1890/STTTT).");
    const q = one(
      leaf("2", 1, { ...rule, obligations: ["BC", "TT"] }),
      ev(
        { obligation: "BC", key: "BC:van-phong:2023-Q4", period: "2023-Q4", status: "late", lastDay: "2024-01-10" },
        { obligation: "BC", key: "BC:van-phong:2024-Q2", period: "2024-Q2", status: "late", lastDay: "2024-07-10" },
        { obligation: "TT", key: "TT:2024", period: "2024", status: "late", lastDay: "2024-12-10" },
      ),
    );
    expect(q.explanation.vi).toBe("2: 0,70/1,00 điểm (−0,30): 3 trễ hạn × 0,10 (BC van-phong quý IV năm 2023, van-phong quý II năm 2024; TT năm 2024).");
    expect(q.explanation.en).toBe("2: 0.70/1.00 points (−0.30): 3 late × 0.10 (BC van-phong Q4 2023, van-phong Q2 2024; TT 2024).");
  });
});

describe("score: rate_bands", () => {
  const bands = [{ from: 100, points: 1 }, { from: 80, points: 0.5 }, { from: 0, points: 0 }];
  it("'từ 80% đến dưới 100%' includes 80%: 4 of 5 on time gives the 80% band; the one late carries the 0,50 lost", () => {
    const e = ev({ status: "on_time" }, { status: "on_time", early: true }, { status: "on_time" }, { status: "on_time" }, { key: "bc:late", status: "late" });
    const n = one(leaf("1.1", 1, { kind: "rate_bands", obligations: ["bc"], bands }), e);
    expect(n.points).toBe(0.5);
    expect(n.basis?.rate).toEqual({ numerator: 4, denominator: 5, percent: 80 });
    expect(n.deductions).toEqual([{ criterion: "1.1", obligation: "bc", key: "bc:late", owner: "van-phong", reason: "late", points: 0.5 }]);
  });

  it("a rate just under a band (79,99…%) gets the band below: compared exactly, not rounded", () => {
    const fs = [...Array.from({ length: 3999 }, () => ({ status: "on_time" as const })), ...Array.from({ length: 1001 }, () => ({ status: "late" as const }))];
    const n = one(leaf("1.1", 1, { kind: "rate_bands", obligations: ["bc"], bands }), ev(...fs));
    expect(n.basis?.rate?.percent).toBe(79.98);
    expect(n.points).toBe(0);
  });

  it("points lost are shared equally in hundredths among the findings against the rate, the earliest getting the hundredths left over", () => {
    const e = ev({ key: "bc:c", status: "late", lastDay: "2024-03-01" }, { key: "bc:a", status: "overdue", lastDay: "2024-01-01" }, { key: "bc:b", status: "late", lastDay: "2024-02-01" });
    const n = one(leaf("1.1", 1, { kind: "rate_bands", obligations: ["bc"], bands }), e);
    expect(n.deductions.map((d) => [d.key, d.reason, d.points])).toEqual([["bc:a", "overdue", 0.34], ["bc:b", "late", 0.33], ["bc:c", "late", 0.33]]);
  });

  it("open-overdue findings count against the rate by default, and not with countOpenOverdue: false", () => {
    const e = ev({ status: "on_time" }, { status: "overdue" });
    expect(one(leaf("r", 1, { kind: "rate_bands", obligations: ["bc"], bands }), e).points).toBe(0);
    expect(one(leaf("r", 1, { kind: "rate_bands", obligations: ["bc"], bands, rate: { countOpenOverdue: false } }), e).points).toBe(1);
  });
});

describe("score: proportional", () => {
  it("QĐ 766: points = max × on-time rate, rounded half up once (2 of 3 of 20 points = 13,33; of 1 point = 0,67)", () => {
    const e = ev({ status: "on_time" }, { status: "on_time" }, { status: "late" });
    expect(one(leaf("766.2", 20, { kind: "proportional", obligations: ["bc"] }), e).points).toBe(13.33);
    expect(one(leaf("x", 1, { kind: "proportional", obligations: ["bc"] }), e).points).toBe(0.67);
  });
  it("below minRate the criterion gets 0; at exactly minRate it gets its share", () => {
    const e = ev({ status: "on_time" }, { status: "on_time" }, { status: "on_time" }, { status: "late" });
    expect(one(leaf("1.4", 1, { kind: "proportional", obligations: ["bc"], minRate: 80 }), e).points).toBe(0);
    expect(one(leaf("1.4", 1, { kind: "proportional", obligations: ["bc"], minRate: 75 }), e).points).toBe(0.75);
  });
});

describe("score: all_or_nothing and conditions", () => {
  it("'ban hành đúng thời hạn: x điểm; chậm: 0' — all_on_time fails on a late plan and charges it the whole max", () => {
    const n = one(leaf("1.1.1", 0.5, { kind: "all_or_nothing", obligations: ["bc"], condition: "all_on_time" }), ev({ key: "bc:kh", status: "late" }));
    expect(n.points).toBe(0);
    expect(n.deductions.map((d) => [d.key, d.points])).toEqual([["bc:kh", 0.5]]);
  });
  it("all_done tolerates lateness but not an overdue finding; any_done needs one done", () => {
    const late = ev({ status: "late" }, { status: "on_time" });
    expect(one(leaf("x", 1, { kind: "all_or_nothing", obligations: ["bc"], condition: "all_done" }), late).points).toBe(1);
    expect(one(leaf("x", 1, { kind: "all_or_nothing", obligations: ["bc"], condition: "all_done" }), ev({ status: "overdue" }, { status: "on_time" })).points).toBe(0);
    expect(one(leaf("x", 1, { kind: "all_or_nothing", obligations: ["bc"], condition: "any_done" }), ev({ status: "overdue" }, { status: "late" })).points).toBe(1);
    const none = one(leaf("x", 1, { kind: "all_or_nothing", obligations: ["bc"], condition: "any_done" }), ev({ key: "bc:1", status: "overdue" }, { key: "bc:2", status: "open" }));
    expect(none.points).toBe(0);
    expect(none.deductions.map((d) => [d.key, d.reason, d.points])).toEqual([["bc:1", "overdue", 0.5], ["bc:2", "open", 0.5]]);
  });
  it("open findings not yet due neither pass nor fail a condition: with only those, the rule's empty choice applies", () => {
    const e = ev({ status: "open" });
    expect(one(leaf("x", 1, { kind: "all_or_nothing", obligations: ["bc"], condition: "all_on_time" }), e).points).toBe(1);
    expect(one(leaf("x", 1, { kind: "all_or_nothing", obligations: ["bc"], condition: "all_on_time", empty: "zero" }), e).points).toBe(0);
  });
  it("NĐ 90/2020 'hoàn thành tất cả nhiệm vụ, trong đó ít nhất 80% đúng tiến độ': all done and ≥ 80% on time, both needed", () => {
    const rule = { kind: "conditions" as const, obligations: ["bc"], all: [{ condition: "all_done" as const }, { rateAtLeast: 80 }] };
    const fourOfFive = ev({ status: "on_time" }, { status: "on_time" }, { status: "on_time" }, { status: "on_time" }, { status: "late" });
    expect(one(leaf("htt", 1, rule), fourOfFive).points).toBe(1);
    const threeOfFive = ev({ status: "on_time" }, { status: "on_time" }, { status: "on_time" }, { status: "late" }, { status: "late" });
    expect(one(leaf("htt", 1, rule), threeOfFive).points).toBe(0);
    const overdue = ev({ status: "on_time" }, { status: "on_time" }, { status: "on_time" }, { status: "on_time" }, { status: "on_time" }, { status: "overdue" });
    expect(one(leaf("htt", 1, rule), overdue).points).toBe(0);
  });
});

describe("score: empty, external, applicability", () => {
  it("a rule with no finding to count gives full points by default, 0 with empty: 'zero', and does not apply with 'not_applicable'", () => {
    // the obligation is known (it has findings) but none counts: cancelled, undated
    const e = ev({ status: "cancelled" }, { status: "undated", lastDay: null });
    const rule = { kind: "per_violation" as const, obligations: ["bc"], late: 0.25 };
    expect(one(leaf("x", 1, rule), e).points).toBe(1);
    expect(one(leaf("x", 1, { ...rule, empty: "zero" }), e).points).toBe(0);
    const na = one(leaf("x", 1, { ...rule, empty: "not_applicable" }), e);
    expect([na.applicable, na.points, na.percent, na.applicableMax, na.notApplicable]).toEqual([false, null, null, null, "empty"]);
  });
  it("cancelled and undated findings never count, nor findings whose last day is outside the scored period", () => {
    const e = ev({ status: "cancelled" }, { status: "undated", lastDay: null }, { status: "late", lastDay: "2023-12-29" });
    const n = one(leaf("x", 1, { kind: "per_violation", obligations: ["bc"], late: 0.25, empty: "not_applicable" }), e, { period: { from: "2024-01-01", to: "2024-12-31" } });
    expect(n.applicable).toBe(false);
  });
  it("an external value given as an option is points as a plan writes them: above its criterion's max or with 3 decimals it is invalid_option at its path, not capped or rounded", () => {
    const node = leaf("8.1", 3.5, { kind: "external", value: 3.2, source: "SIPAS 2024" });
    const above = (() => {
      try {
        one(node, ev(), { external: { "8.1": 26.4 } });
      } catch (e) {
        return e as { code: string; issues: { path: (string | number)[]; params: Record<string, unknown> }[] };
      }
      return undefined;
    })();
    expect(above?.code).toBe("invalid_option");
    expect(above?.issues.map((i) => i.path)).toEqual([["options", "external", "8.1"]]);
    expect(() => one(node, ev(), { external: { "8.1": 3.505 } })).toThrow(expect.objectContaining({ code: "invalid_option" }));
    expect(one(node, ev(), { external: { "8.1": 3.5 } }).points).toBe(3.5);
    expect(one(node, ev(), { external: { "8.1": 0.07 } }).points).toBe(0.07);
  });
  it("external: the survey value is taken (at most max), an option overrides it, and with none the criterion does not apply", () => {
    const sipas = leaf("8.1", 10, { kind: "external", value: 8.809, source: "SIPAS 2024" } as never);
    expect(() => one(sipas, ev())).toThrow(); // 3 decimals are refused
    const node = leaf("8.1", 10, { kind: "external", value: 8.81, source: "SIPAS 2024" });
    expect(one(node, ev()).points).toBe(8.81);
    expect(one(node, ev(), { external: { "8.1": 9.5 } }).points).toBe(9.5);
    expect(one(leaf("8.1", 10, { kind: "external" }), ev()).notApplicable).toBe("no_external_value");
    expect(one(node, ev()).deductions).toEqual([]);
  });
  it("applicable: false drops the node: its max leaves the parent's applicable max and percent", () => {
    const tree: Criterion = {
      id: "1",
      title: "Lĩnh vực 1",
      max: 3,
      children: [leaf("1.1", 1, { kind: "external", value: 1 }), leaf("1.2", 2, { kind: "external", value: 0 }, { applicable: false })],
    };
    const n = one(tree, ev());
    expect([n.points, n.applicableMax, n.percent]).toEqual([1, 1, 100]);
  });
  it("rule sets are versioned: in 2024 the 876/QĐ-BNV tree applies and the 1187/QĐ-BNV one (from 15/10/2025) does not", () => {
    const trees: Criterion[] = [
      { id: "876", title: "876/QĐ-BNV", max: 1, validFrom: "2022-11-10", validTo: "2025-10-14", children: [leaf("876.1", 1, { kind: "external", value: 1 })] },
      { id: "1187", title: "1187/QĐ-BNV", max: 1, validFrom: "2025-10-15", children: [leaf("1187.1", 1, { kind: "external", value: 1 })] },
    ];
    const [a, b] = score(ev(), trees, { period: { from: "2024-01-01", to: "2024-12-31" } });
    expect([a?.applicable, b?.applicable, b?.notApplicable, b?.children[0]?.applicable]).toEqual([true, false, "outside_validity", false]);
    const [c, d] = score(ev(), trees, { period: { from: "2026-01-01", to: "2026-12-31" } });
    expect([c?.applicable, d?.applicable]).toEqual([false, true]);
  });
});

describe("score: branches, bands, bonus and penalty", () => {
  it("a branch sums its children, capped at its max (children may add up to more: the cap is for them)", () => {
    const tree: Criterion = { id: "1", title: "L1", max: 2, children: [leaf("1.1", 1.5, { kind: "external", value: 1.5 }), leaf("1.2", 1.5, { kind: "external", value: 1 })] };
    const n = one(tree, ev());
    expect([n.points, n.applicableMax, n.percent]).toEqual([2, 2, 100]);
  });
  it("classification bands A ≥ 90, B ≥ 80, C ≥ 70 are decided on the exact ratio (89,995% is B though it prints 90,00%)", () => {
    const bands = [{ min: 90, label: "A" }, { min: 80, label: "B" }, { min: 70, label: "C" }];
    const make = (value: number): ScoreNode => one({ id: "R", title: "Chỉ số", max: 200, bands, children: [leaf("1", 200, { kind: "external", value })] }, ev());
    expect([make(180).band, make(180).percent]).toEqual(["A", 90]);
    expect([make(179.99).band, make(179.99).percent]).toEqual(["B", 90]);
    expect(make(139.99).band).toBeUndefined();
  });
  it("bonus points (điểm thưởng) add without raising the maximum, penalty points (điểm trừ) take the points they lost; the parent stays within 0 … its max", () => {
    const base = leaf("1.1", 8, { kind: "external", value: 7 });
    const bonus = leaf("T", 2, { kind: "external", value: 1.5 }, { effect: "bonus" });
    const penalty = leaf("P", 3, { kind: "per_violation", obligations: ["bc"], late: 1 }, { effect: "penalty" });
    const n = one({ id: "R", title: "Chỉ số", max: 10, children: [base, bonus, penalty] }, ev({ status: "late" }, { status: "late" }));
    // 7 + 1,5 − 2 = 6,5 of an applicable max of 8
    expect([n.points, n.applicableMax]).toEqual([6.5, 8]);
    const capped = one({ id: "R", title: "Chỉ số", max: 10, children: [leaf("1.1", 8, { kind: "external", value: 8 }), bonus] }, ev());
    expect(capped.points).toBe(8);
  });
  it("self-assessed and appraised values and the evidence flag are carried beside the computed points", () => {
    const n = one(leaf("1.2", 1, { kind: "per_violation", obligations: ["bc"], late: 0.25 }, { assessment: { self: 1, appraised: 0.75, evidence: false } }), ev({ status: "late" }));
    expect([n.points, n.assessment]).toEqual([0.75, { self: 1, appraised: 0.75, evidence: false }]);
    // the score sheet shows them side by side with the computed points
    expect(formatScoreSheet([n], "vi")).toMatch(/0,75\/1,00 {2}75,00% {2}−0,25 {2}1 lần trừ {2}tự chấm 1,00 {2}thẩm định 0,75 {2}thiếu tài liệu kiểm chứng$/);
    expect(formatScoreSheet([n], "en")).toMatch(/self 1\.00 {2}appraised 0\.75 {2}no evidence$/);
  });
});

describe("score: input", () => {
  it("rejects a non-evaluation, a bad period, an external value for no external leaf, and invalid trees with every problem", () => {
    expect(() => score(null as never, [])).toThrow(expect.objectContaining({ code: "invalid_type" }));
    expect(() => score(ev(), [], { period: { from: "2024-12-31", to: "2024-01-01" } })).toThrow(expect.objectContaining({ code: "invalid_option" }));
    expect(() => score(ev(), [leaf("x", 1, { kind: "external" })], { external: { y: 1 } })).toThrow(expect.objectContaining({ code: "unknown_reference" }));
    try {
      score(ev(), [{ id: "x", title: "X", max: 1 } as Criterion, leaf("x", 1, { kind: "per_violation", late: 2 })]);
      expect.unreachable();
    } catch (e) {
      const issues = (e as { issues: { code: string; params: { reason?: string } }[] }).issues;
      expect(issues.map((i) => i.params.reason ?? i.code)).toEqual(expect.arrayContaining(["neither_children_nor_rule", "duplicate_id", "deduction_above_max"]));
    }
  });
  it.each<[string, unknown]>([
    ["key", 7],
    ["status", null],
    ["obligation", undefined],
    ["title", 1],
    ["owner", 2],
    ["openedAt", false],
    ["endsAt", 3],
    ["doneAt", {}],
    ["cancelledAt", 4],
    ["lastDay", 20240311],
    ["early", "no"],
    ["dueSoon", null],
    ["paused", 0],
    ["provisional", "yes"],
    ["extensions", "1"],
    ["daysLate", null],
    ["target", "met"],
  ])("a finding a host hands back with a bad %s is invalid_type at its path, never a TypeError inside (each field the scoring reads is checked)", (field, value) => {
    // Arrange
    const e = evaluationOf([finding({ status: "late" }), { ...finding({ status: "on_time" }), [field]: value }]);
    // Act
    const err = thrown(() => score(e, [leaf("1", 1, { kind: "per_violation", obligations: ["bc"], late: 0.25 })]));
    // Assert
    expect(err.code).toBe("invalid_type");
    expect(err.issues[0]).toMatchObject({ path: ["evaluation", "findings", 1, field], params: { expected: `Finding.${field}` } });
  });
  it("nothing is dropped silently: without options.plan, an obligation id no finding or summary row of the evaluation names is unknown_reference at its path, with the nearest id suggested, not full points", () => {
    // Arrange: KH4712's reports, one late; the criterion misspells the id
    const e = ev({ obligation: "KH4712", status: "late" }, { obligation: "KH4712", status: "on_time" });
    const misspelt = leaf("1.2", 1, { kind: "per_violation", obligations: ["KH4721"], late: 0.25 });
    // Act
    const err = thrown(() => score(e, [{ id: "1", title: "Chỉ đạo", max: 1, children: [misspelt] }]));
    // Assert
    expect(err.code).toBe("unknown_reference");
    expect(err.issues.map((i) => [i.path.join("."), i.params["id"], i.params["suggestion"]])).toEqual([["criteria.0.children.0.rule.obligations.0", "KH4721", "KH4712"]]);
    expect(err.format("vi")).toContain('Tham chiếu không tồn tại: nghĩa vụ "KH4721"');
    expect(err.format("en")).toContain('Unknown reference: obligation "KH4721"');
  });
  it("an obligation named only by the evaluation's summary rows, or only by the plan given, is known; the plan given is the list checked", () => {
    const rule = { kind: "per_violation" as const, obligations: ["bc"], late: 0.25 };
    // a summary row names bc (as a host's stored evaluation may carry), though no finding does
    const e = { ...ev(), summary: { ...ev().summary, byObligation: [{ key: "bc" }] } } as never;
    expect(one(leaf("x", 1, rule), e).points).toBe(1);
    // an obligation with no occurrence at all: the plan says it exists
    const plan = planNaming(["bc"]);
    expect(one(leaf("x", 1, rule), ev(), { plan, period: { from: "2024-01-01", to: "2024-12-31" } }).points).toBe(1);
    // with a plan, the plan's list is the one checked, not the findings'
    expect(thrown(() => one(leaf("x", 1, rule), ev({ status: "late" }), { plan: planNaming(["other"]), period: { from: "2024-01-01", to: "2024-12-31" } })).code).toBe("unknown_reference");
  });
  it("does not mutate its inputs", () => {
    const e = ev({ status: "late" });
    const tree = leaf("x", 1, { kind: "per_violation", obligations: ["bc"], late: 0.25 });
    const before = JSON.stringify([e, tree]);
    score(e, [tree]);
    expect(JSON.stringify([e, tree])).toBe(before);
  });
});
