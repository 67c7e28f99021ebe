/**
 * Golden score sheets: the criteria trees of examples/heza-2024 (seed 002's PAR Index tree, the QĐ
 * 766/QĐ-TTg tree) scored as of 31/12/2024, the points lost per unit, criterion and quarter, and the
 * printed sheet in both languages. `npm run golden:update` rewrites test/golden/scores/heza-2024/*.json.
 */
import { describe, it } from "vitest";
import { runHeza2024 } from "../../examples/heza-2024/run.js";
import { formatScoreSheet, pointsLost } from "../../src/scoring/index.js";
import { expectGolden } from "./_golden.js";

describe("score sheet golden files: examples/heza-2024", () => {
  it("the scored trees as of 31/12/2024 match test/golden/scores/heza-2024/scores.json", () => {
    // Arrange / Act
    const evaluation = runHeza2024({ asOf: "2024-12-31" });
    // Assert
    expectGolden("scores/heza-2024/scores.json", { period: evaluation.scoredPeriod, scores: evaluation.scores });
  });

  it("the points lost per owner unit, per criterion and per quarter match test/golden/scores/heza-2024/points-lost.json", () => {
    const evaluation = runHeza2024({ asOf: "2024-12-31" });
    expectGolden("scores/heza-2024/points-lost.json", { byOwner: pointsLost(evaluation), byCriterion: pointsLost(evaluation, "criterion"), byQuarter: pointsLost(evaluation, "quarter") });
  });

  it("the printed sheet (vi, en) matches test/golden/scores/heza-2024/sheet.json", () => {
    const evaluation = runHeza2024({ asOf: "2024-12-31" });
    expectGolden("scores/heza-2024/sheet.json", { vi: formatScoreSheet(evaluation.scores, "vi").split("\n"), en: formatScoreSheet(evaluation.scores, "en").split("\n") });
  });
});
