/** A finding's explanation: the steps that opened the occurrence, the deadline's trace, then the other steps, in Vietnamese and English. */
import { engineStepText, type EngineStepCode } from "../../messages/engine.js";
import { flat } from "../compile.js";
import type { Occ, Step } from "../occurrences/index.js";

export function explanation(occ: Occ): { readonly vi: readonly string[]; readonly en: readonly string[] } {
  const base = occ.dl?.explanation;
  const steps = occ.steps;
  if (steps === null) return base ?? EMPTY_EXPLANATION;
  // the opening steps, the deadline's trace, then the other steps (arrays of their final length,
  // filled by index: explanations are made per finding)
  const baseVi = base === undefined ? NO_TEXTS : base.vi;
  const baseEn = base === undefined ? NO_TEXTS : base.en;
  const vi = new Array<string>(steps.length + baseVi.length);
  const en = new Array<string>(steps.length + baseEn.length);
  let n = 0;
  for (let k = 0; k < steps.length; k++) {
    const s = steps[k] as Step;
    if (!OPENING_STEPS.has(s.code)) continue;
    vi[n] = flat(engineStepText(s.code, s.params, "vi"));
    en[n++] = flat(engineStepText(s.code, s.params, "en"));
  }
  const opening = n;
  for (let k = 0; k < baseVi.length; k++) vi[opening + k] = baseVi[k] as string;
  for (let k = 0; k < baseEn.length; k++) en[opening + k] = baseEn[k] as string;
  let nVi = opening + baseVi.length;
  let nEn = opening + baseEn.length;
  if (opening < steps.length) {
    for (let k = 0; k < steps.length; k++) {
      const s = steps[k] as Step;
      if (OPENING_STEPS.has(s.code)) continue;
      vi[nVi++] = flat(engineStepText(s.code, s.params, "vi"));
      en[nEn++] = flat(engineStepText(s.code, s.params, "en"));
    }
  }
  return { vi, en };
}

const NO_TEXTS: readonly string[] = Object.freeze([]);

/** Steps that say how the occurrence arose; shown before the deadline's trace. */
const OPENING_STEPS: ReadonlySet<EngineStepCode> = new Set<EngineStepCode>(["derived_from", "clock_started", "capped", "otherwise", "quota_period"]);

const EMPTY_EXPLANATION = Object.freeze({ vi: Object.freeze([]) as readonly string[], en: Object.freeze([]) as readonly string[] });
