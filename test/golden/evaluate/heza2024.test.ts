import { describe, it } from "vitest";
import { dossierWindowSummary, loadHeza2024Events, loadHeza2024Plan, runHeza2024 } from "../../../examples/heza-2024/run.js";
import { DEFAULT_POLICY } from "../../../src/deadline/policy.js";
import type { Finding } from "../../../src/engine/types.js";
import { parsePlan } from "../../../src/schema/index.js";
import { expectGolden } from "../_golden.js";

/** A finding with its policy reduced to the fields that differ from the default (BLDS 2015), to keep the file reviewable. */
function compact(f: Finding): unknown {
  const policy = Object.fromEntries(
    Object.entries(f.policy).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((DEFAULT_POLICY as unknown as Record<string, unknown>)[k])),
  );
  return { ...f, policy };
}

describe("evaluate golden files: examples/heza-2024", () => {
  it("the seed plan as read (phrases into rules) matches test/golden/evaluate/heza-2024/plan.json", () => {
    expectGolden("evaluate/heza-2024/plan.json", JSON.parse(JSON.stringify(parsePlan(loadHeza2024Plan()))));
  });

  it("the event log matches test/golden/evaluate/heza-2024/events.json", () => {
    expectGolden("evaluate/heza-2024/events.json", loadHeza2024Events());
  });

  it("the evaluation as of 31/12/2024 (findings, summaries, accounting, one-stop window) matches test/golden/evaluate/heza-2024/findings.json", () => {
    // Arrange / Act
    const evaluation = runHeza2024({ asOf: "2024-12-31" });
    // Assert (policies as their differences from DEFAULT_POLICY)
    expectGolden("evaluate/heza-2024/findings.json", {
      ...JSON.parse(JSON.stringify(evaluation)),
      findings: JSON.parse(JSON.stringify(evaluation.findings.map(compact))),
      window: dossierWindowSummary(evaluation),
    });
  });
});
