/**
 * The units of a draft: one id per unit named in the owner ("Chủ trì") and co-operating
 * ("Phối hợp") columns, the name kept as first written. "Các Phòng" and "Phòng" are one unit;
 * a name of two words or more that ends a longer one ("DVVL-ĐT-XTĐT" and "Trung tâm
 * DVVL-ĐT-XTĐT") is that unit, under the longer name.
 * @internal
 * @module
 */
import type { Unit } from "../schema/plan.js";
import { keysOf } from "./words.js";

/** Leading words that do not name the unit ("Các Phòng" = "Phòng"). */
const PLURALS = new Set(["cac", "nhung"]);

function keyOf(name: string): string {
  const keys = keysOf(name);
  while (keys.length > 1 && PLURALS.has(keys[0] as string)) keys.shift();
  return keys.join("-");
}

/** The units of a list of names, and the id of each name. @internal */
export interface UnitTable {
  readonly units: readonly Unit[];
  idsOf(names: readonly string[]): string[];
}

/**
 * Builds the units of the names, in order of first mention.
 * @internal
 */
export function unitTable(names: readonly string[]): UnitTable {
  const first = new Map<string, string>();
  for (const name of names) {
    const key = keyOf(name);
    if (key !== "" && !first.has(key)) first.set(key, name);
  }
  const keys = [...first.keys()];
  const alias = new Map<string, string>();
  for (const key of keys) {
    if (!key.includes("-")) continue;
    const longer = keys.find((other) => other !== key && other.endsWith(`-${key}`));
    if (longer !== undefined) alias.set(key, longer);
  }
  const units: Unit[] = keys.filter((k) => !alias.has(k)).map((k) => ({ id: k, name: first.get(k) as string }));
  return {
    units,
    idsOf(list) {
      const ids: string[] = [];
      for (const name of list) {
        const key = keyOf(name);
        const id = alias.get(key) ?? key;
        if (id !== "" && !ids.includes(id)) ids.push(id);
      }
      return ids;
    },
  };
}
