/** The order of the findings: by last day, then the obligation's rank, then key; undated ones last. */
import { sortByNumberThenText } from "../../internal/countingSort.js";
import type { Run } from "../occurrences/index.js";

/** The occurrences' indices in (lastDay, obligation rank, key) order; undated ones last. */
export function orderOccurrences(run: Run, width: number): Int32Array {
  const oc = run.occs;
  const occCount = oc.size;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let o = 0; o < occCount; o++) {
    const d = oc.lastDay[o] as number;
    if (d > maxDay) maxDay = d;
  }
  for (let o = 0; o < occCount; o++) {
    const d = oc.lastDay[o] as number;
    oc.sortKey[o] = (d === d ? d : maxDay + 1) * width + (oc.rank[o] as number);
  }
  return sortByNumberThenText(oc.sortKey, occCount, oc.tails);
}
