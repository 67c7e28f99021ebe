/**
 * The TSDoc examples of `score`, `compare` and `pointsLost`, run on examples/heza-2024 as they are
 * written: a change of the figures they show fails here.
 */
import { describe, expect, it } from "vitest";
import { loadHeza2024Events, loadHeza2024Plan } from "../../examples/heza-2024/run.js";
import { compare, evaluate, pointsLost, score, withPolicy } from "../../src/scoring/index.js";

const asOf = "2024-12-31T23:59:59+07:00";
const plan = loadHeza2024Plan();
const events = loadHeza2024Events();
const ev = evaluate(plan, events, { asOf });

describe("documented examples give the heza figures they show", () => {
  it("score's example: a 1-point KH4712 criterion at 0,25 per late report gives 0,75, the July report charged", () => {
    const [par] = score(ev, [{ id: "1.2", title: "Báo cáo CCHC", max: 1, rule: { kind: "per_violation", obligations: ["KH4712"], late: 0.25 } }]);
    expect(par?.points).toBe(0.75);
    expect(par?.explanation.vi).toBe("1.2: 0,75/1,00 điểm (−0,25): 1 trễ hạn × 0,25 (KH4712 tháng 7).");
  });

  it("compare's example: counting 'trước ngày' inclusively raises PAR-2024 from 26,24 to 27,64", () => {
    const c = compare(ev, evaluate(withPolicy(plan, { beforeDate: "inclusive" }), events, { asOf }));
    expect(c.scores[0]).toEqual({ criterion: "PAR-2024", title: plan.criteria?.[0]?.title, before: 26.24, after: 27.64, delta: 1.4 });
    expect(c.text.vi.split("\n").slice(0, 2)).toEqual([
      "19 lần phát sinh thay đổi; 5 tiêu chí thay đổi điểm.",
      `Tiêu chí PAR-2024 (${String(plan.criteria?.[0]?.title)}): 26,24 → 27,64 điểm (+1,40).`,
    ]);
  });

  it("pointsLost's example: Phòng Quản lý Lao động loses most by owner (4,66), the one-stop shop most by obligation (5,47)", () => {
    expect(pointsLost(ev)[0]).toEqual({ key: "phong-quan-ly-lao-dong", label: "Phòng Quản lý Lao động", points: 4.66, deductions: 18, findings: 10, byReason: { late: 3.97, overdue: 0.69, missed_target: 0, open: 0 } });
    expect(pointsLost(ev, "obligation")[0]).toMatchObject({ key: "mot-cua", label: "Giải quyết hồ sơ TTHC tại Bộ phận Một cửa", points: 5.47, deductions: 20, findings: 10 });
  });
});
