import { ThoihanError } from "../src/errors.js";

/** The ThoihanError thrown by `fn`; fails the test when nothing, or anything else, is thrown. */
export function thrown(fn: () => unknown): ThoihanError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ThoihanError) return e;
    throw new Error(`expected a ThoihanError, got ${String(e)}`);
  }
  throw new Error("expected a ThoihanError, nothing was thrown");
}

/** A small deterministic PRNG (mulberry32): the same numbers for the same seed, in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** Epoch ms as an event instant in Vietnam, to the minute: `YYYY-MM-DDTHH:mm:00+07:00`. */
export function vnInstant(ms: number): string {
  const d = new Date(ms + 7 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+07:00`;
}
