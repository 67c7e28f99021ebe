/** A growable list of int32 pairs in two columns. @internal */

/**
 * A list of int32 pairs `(a[k], b[k])` for `k < size`, appended with {@link Int32Pairs.push};
 * the columns double when full (the cells past `size` are unspecified).
 * @internal
 */
export class Int32Pairs {
  size = 0;
  a = new Int32Array(1024);
  b = new Int32Array(1024);

  push(x: number, y: number): void {
    if (this.size === this.a.length) {
      const a = new Int32Array(this.size * 2);
      a.set(this.a);
      this.a = a;
      const b = new Int32Array(this.size * 2);
      b.set(this.b);
      this.b = b;
    }
    this.a[this.size] = x;
    this.b[this.size++] = y;
  }
}
