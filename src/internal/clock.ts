/** Local clock times written "HH:mm" (office sessions, cut-offs, times of day). @internal */

/**
 * Minutes since midnight of a strict `"HH:mm"` (00:00 … 24:00), or `undefined`.
 * @internal
 */
export function readClock(value: unknown): number | undefined {
  if (typeof value !== "string" || value.length !== 5 || value.charCodeAt(2) !== 58) return undefined;
  const h0 = value.charCodeAt(0) - 48;
  const h1 = value.charCodeAt(1) - 48;
  const m0 = value.charCodeAt(3) - 48;
  const m1 = value.charCodeAt(4) - 48;
  if (h0 >>> 0 > 9 || h1 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9) return undefined;
  const h = h0 * 10 + h1;
  const m = m0 * 10 + m1;
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return undefined;
  return h * 60 + m;
}

/**
 * `"HH:mm"` of milliseconds since local midnight (whole minutes, rounded down; 24:00 for midnight at the end).
 * @internal
 */
export function clockText(msOfDay: number): string {
  const minutes = Math.floor(msOfDay / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
