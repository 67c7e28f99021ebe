/** The order in which obligations open their occurrences: each after the obligation it is opened from. */
import type { CompiledObligation } from "../compile.js";

/**
 * The obligations in plan order, except that one opened from another (its `source`, whatever its
 * kind) comes after that one. `parsePlan` refuses cycles; in a plan that was not checked, a cycle
 * is broken where it closes, and every obligation is still listed once.
 */
export function openingOrder(cobs: readonly CompiledObligation[]): CompiledObligation[] {
  const byId = new Map(cobs.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const out: CompiledObligation[] = [];
  const visit = (c: CompiledObligation): void => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    const src = c.source === undefined ? undefined : byId.get(c.source);
    if (src !== undefined) visit(src);
    out.push(c);
  };
  for (const c of cobs) visit(c);
  return out;
}
