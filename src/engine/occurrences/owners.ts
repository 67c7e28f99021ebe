/** Which owners an obligation's occurrences belong to. */
import type { CompiledObligation } from "../compile.js";

/** The owners that get their own occurrences: each owner when `perOwner`, else the first (or none). */
export function occurrenceOwners(cob: CompiledObligation): readonly (string | null)[] {
  return cob.perOwner ? cob.owners : [cob.owners[0] ?? null];
}

export function ownerFor(cob: CompiledObligation, unit: string | undefined): string | null {
  if (unit !== undefined && cob.ownerSet.has(unit)) return unit;
  return cob.owners[0] ?? null;
}
