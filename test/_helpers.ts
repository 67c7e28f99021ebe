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
