/**
 * Checks of scored nodes handed back by a host (`evaluation.scores`, a result of `score`) to the
 * functions that read them, so that a bad node is an `invalid_type` at its path rather than a
 * TypeError inside.
 * @module
 */
import { checkDeductions } from "../engine/evaluationShape.js";
import { describe } from "../engine/summary.js";
import { InvalidInputError, issue } from "../errors.js";
import type { ScoreNode } from "./types.js";

type Path = readonly (string | number)[];

const NULLABLE_NUMBERS = ["points", "applicableMax", "percent"] as const;

function bad(expected: string, value: unknown, path: Path): InvalidInputError {
  return new InvalidInputError([issue("invalid_type", { expected, received: describe(value) }, path)]);
}

/**
 * Checks a list of scored nodes and their children: `id`, `title` (strings), `applicable`
 * (boolean), `points`, `applicableMax`, `percent` (number or null), `lost` (number), `band`
 * (string, optional), `effect` (string), `explanation` (`{ vi, en }` texts), `deductions` and `children` (lists). A node that contains
 * itself is rejected.
 * @throws {@link InvalidInputError} `invalid_type` at the first bad node or field.
 * @internal
 */
export function checkScoreNodes(value: unknown, path: Path): asserts value is readonly ScoreNode[] {
  const open = new Set<object>();
  const walk = (nodes: unknown, at: Path): void => {
    if (!Array.isArray(nodes)) throw bad("ScoreNode[]", nodes, at);
    for (let i = 0; i < nodes.length; i++) {
      const n: unknown = nodes[i];
      const here = [...at, i];
      if (n === null || typeof n !== "object" || Array.isArray(n)) throw bad("ScoreNode", n, here);
      if (open.has(n)) throw new InvalidInputError([issue("invalid_type", { expected: "ScoreNode (a tree)", received: "cyclic object" }, here)]);
      const o = n as Record<string, unknown>;
      for (const k of ["id", "title", "effect"] as const) if (typeof o[k] !== "string") throw bad(`ScoreNode.${k}`, o[k], [...here, k]);
      if (typeof o["applicable"] !== "boolean") throw bad("ScoreNode.applicable", o["applicable"], [...here, "applicable"]);
      for (const k of NULLABLE_NUMBERS) if (o[k] !== null && typeof o[k] !== "number") throw bad(`ScoreNode.${k}`, o[k], [...here, k]);
      if (typeof o["lost"] !== "number") throw bad("ScoreNode.lost", o["lost"], [...here, "lost"]);
      if (o["band"] !== undefined && typeof o["band"] !== "string") throw bad("ScoreNode.band", o["band"], [...here, "band"]);
      const explanation = o["explanation"];
      if (explanation === null || typeof explanation !== "object" || typeof (explanation as Record<string, unknown>)["vi"] !== "string" || typeof (explanation as Record<string, unknown>)["en"] !== "string") {
        throw bad("ScoreNode.explanation ({ vi, en })", explanation, [...here, "explanation"]);
      }
      checkDeductions(o["deductions"], [...here, "deductions"]);
      open.add(n);
      walk(o["children"], [...here, "children"]);
      open.delete(n);
    }
  };
  walk(value, path);
}
