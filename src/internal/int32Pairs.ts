/** A growable list of int32 pairs in two columns. @internal */
import type { Column } from "./columns.js";

/**
 * A list of int32 pairs `(a[k], b[k])` for `k < size`, appended with {@link Int32Pairs.push};
 * the columns are plain arrays on the JS heap (see {@link Column}) and grow as arrays do.
 * @internal
 */
export class Int32Pairs {
  size = 0;
  a: Column = [];
  b: Column = [];

  push(x: number, y: number): void {
    this.a.push(x);
    this.b.push(y);
    this.size++;
  }

  /** Lets the pairs go (the list is empty afterwards). */
  clear(): void {
    this.size = 0;
    this.a = [];
    this.b = [];
  }
}
