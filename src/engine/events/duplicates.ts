/** Events sharing an id: one is kept, the others are ignored as `duplicate_id`. */
import { compareText } from "../../internal/compareText.js";
import { radixSortPairs } from "../../internal/radixSort.js";
import type { EventColumns, Rec } from "./eventColumns.js";
import { REASON_CODE } from "./ignoreReasons.js";

/**
 * Marks the events sharing an id with a kept one `duplicate_id`: among events sharing an id, the
 * earliest, then the smallest by content, then the first in the input is kept. The accepted
 * events' (position, id hash) pairs are sorted by hash (least-significant-digit radix sort, 8 bits
 * a pass, stable: input order within a hash), and only events of equal hashes are compared:
 * sequential passes instead of a probe of a large table per event.
 */
export function markDuplicates(run: EventColumns, positions: Int32Array, hashes: Int32Array, n: number): void {
  radixSortPairs(hashes, positions, n);
  for (let k = 0; k < n; ) {
    let e = k + 1;
    while (e < n && hashes[e] === hashes[k]) e++;
    if (e - k > 1) keepOnePerId(run, positions, k, e);
    k = e;
  }
}

/** Among the events `pos[from, to)` (of one id hash, in input order), keeps one per id. */
function keepOnePerId(run: EventColumns, pos: Int32Array, from: number, to: number): void {
  const kept: Rec[] = [];
  for (let k = from; k < to; k++) {
    const i = pos[k] as Rec;
    const id = run.ids[i];
    const w = kept.findIndex((j) => run.ids[j] === id);
    if (w < 0) kept.push(i);
    else if (canonicalCompare(run, i, kept[w] as Rec) < 0) {
      run.reason[kept[w] as Rec] = REASON_CODE.duplicate_id;
      kept[w] = i;
    } else run.reason[i] = REASON_CODE.duplicate_id;
  }
}

function textOf(run: EventColumns, rec: Rec): string {
  return stableStringify(run.ev(rec));
}

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

/** Among events sharing an id, the kept one: the earliest, then the smallest by content. */
export function canonicalCompare(run: EventColumns, a: Rec, b: Rec): number {
  return run.at(a) - run.at(b) || compareText(textOf(run, a), textOf(run, b));
}
