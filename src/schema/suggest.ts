/**
 * "Did you mean …?" for unknown keys: the closest allowed key within Levenshtein distance 2.
 * @internal
 * @module
 */

/**
 * Levenshtein edit distance (insertions, deletions, substitutions) between two strings,
 * over UTF-16 code units, stopping early once every path exceeds `limit`.
 *
 * @param a - First string.
 * @param b - Second string.
 * @param limit - Distances above this are reported as `limit + 1` (default: no limit).
 * @returns The edit distance, or `limit + 1` when it is larger than `limit`.
 * @example
 * editDistance("completedBy", "completeBy") //=> 1
 * editDistance("owner", "onwer") //=> 2
 * @internal
 */
export function editDistance(a: string, b: string, limit: number = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/**
 * The allowed key closest to an unknown one, when it is at most 2 edits away (case-insensitive
 * comparison counts a case change as no edit). Ties go to the alphabetically first key.
 *
 * @param key - The unknown key as written.
 * @param allowed - The keys allowed at that place.
 * @returns The suggestion, or `undefined` when none is close enough.
 * @example
 * suggestKey("complete_by", ["completedBy", "owner"]) //=> undefined (3 edits)
 * suggestKey("ownr", ["completedBy", "owner"]) //=> "owner"
 * suggestKey("Owner", ["owner"]) //=> "owner"
 * @internal
 */
export function suggestKey(key: string, allowed: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  const lower = key.toLowerCase();
  for (const candidate of [...allowed].sort()) {
    if (candidate === key) continue;
    const d = editDistance(lower, candidate.toLowerCase(), 2);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
