/**
 * Checks of what a host hands back to the score-sheet and comparison renderers (results of `score`,
 * `pointsLost` and `compare`), so that a bad value is an `invalid_type` at its path rather than a
 * TypeError inside a renderer.
 * @internal
 * @module
 */
import { checkFinding } from "../engine/evaluationShape.js";
import { describe } from "../engine/summary.js";
import { InvalidInputError, issue } from "../errors.js";
import type { LostRow } from "../scoring/pointsLost.js";
import type { Comparison } from "../scoring/compare.js";

type Path = readonly (string | number)[];

function bad(expected: string, value: unknown, path: Path): InvalidInputError {
  return new InvalidInputError([issue("invalid_type", { expected, received: describe(value) }, path)]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function checkList(value: unknown, expected: string, path: Path): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw bad(expected, value, path);
}

/**
 * Checks the rows of `pointsLost`: `label` (text), `points`, `deductions`, `findings` (numbers).
 * @throws {@link InvalidInputError} `invalid_type` at the first bad row or field.
 * @internal
 */
export function checkLostRows(value: unknown, path: Path): asserts value is readonly LostRow[] {
  checkList(value, "LostRow[]", path);
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    if (!isObject(row)) throw bad("LostRow", row, [...path, i]);
    if (typeof row["label"] !== "string") throw bad("LostRow.label", row["label"], [...path, i, "label"]);
    for (const k of ["points", "deductions", "findings"] as const) {
      if (typeof row[k] !== "number" || !Number.isFinite(row[k])) throw bad(`LostRow.${k}`, row[k], [...path, i, k]);
    }
  }
}

/**
 * Checks a result of `compare`: its sentences (`text.vi`, `text.en`), its changed findings (`obligation`, `key`, `changes`, and the
 * findings `before` / `after` when present) and changed scores (`criterion`, `title`, `before`,
 * `after`, `delta`).
 * @throws {@link InvalidInputError} `invalid_type` at the first bad field.
 * @internal
 */
export function checkComparison(value: unknown, path: Path): asserts value is Comparison {
  if (!isObject(value)) throw bad("Comparison (a result of compare)", value, path);
  const findings = value["findings"];
  checkList(findings, "FindingChange[]", [...path, "findings"]);
  for (let i = 0; i < findings.length; i++) {
    const c: unknown = findings[i];
    const at = [...path, "findings", i];
    if (!isObject(c)) throw bad("FindingChange", c, at);
    for (const k of ["obligation", "key"] as const) if (typeof c[k] !== "string") throw bad(`FindingChange.${k}`, c[k], [...at, k]);
    const changes = c["changes"];
    checkList(changes, "FindingChange.changes", [...at, "changes"]);
    for (let j = 0; j < changes.length; j++) if (typeof changes[j] !== "string") throw bad("FindingChangeKind", changes[j], [...at, "changes", j]);
    for (const k of ["before", "after"] as const) if (c[k] !== undefined) checkFinding(c[k], [...at, k]);
  }
  const text = value["text"];
  if (!isObject(text)) throw bad("Comparison.text", text, [...path, "text"]);
  for (const k of ["vi", "en"] as const) if (typeof text[k] !== "string") throw bad(`Comparison.text.${k}`, text[k], [...path, "text", k]);
  const scores = value["scores"];
  checkList(scores, "ScoreChange[]", [...path, "scores"]);
  for (let i = 0; i < scores.length; i++) {
    const s: unknown = scores[i];
    const at = [...path, "scores", i];
    if (!isObject(s)) throw bad("ScoreChange", s, at);
    for (const k of ["criterion", "title"] as const) if (typeof s[k] !== "string") throw bad(`ScoreChange.${k}`, s[k], [...at, k]);
    for (const k of ["before", "after"] as const) if (s[k] !== null && (typeof s[k] !== "number" || !Number.isFinite(s[k]))) throw bad(`ScoreChange.${k}`, s[k], [...at, k]);
    if (typeof s["delta"] !== "number" || !Number.isFinite(s["delta"])) throw bad("ScoreChange.delta", s["delta"], [...at, "delta"]);
  }
}
