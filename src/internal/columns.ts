/** Growable typed columns: copies of a column into a larger one, new cells filled. @internal */

/** A `Float64Array` of `n` cells, each NaN (a column whose null is NaN). @internal */
export function nanColumn(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN);
}

/** `column` copied into a new one of `capacity` cells; the cells past it are NaN when `nan`, else 0. @internal */
export function grownFloat64(column: Float64Array, capacity: number, nan: boolean): Float64Array {
  const b = nan ? nanColumn(capacity) : new Float64Array(capacity);
  b.set(column);
  return b;
}

/** `column` copied into a new one of `capacity` cells; the cells past it are `fill`. @internal */
export function grownInt32(column: Int32Array, capacity: number, fill: number): Int32Array {
  const b = new Int32Array(capacity);
  if (fill !== 0) b.fill(fill);
  b.set(column);
  return b;
}

/** `column` copied into a new one of `capacity` cells; the cells past it are 0. @internal */
export function grownUint8(column: Uint8Array, capacity: number): Uint8Array {
  const b = new Uint8Array(capacity);
  b.set(column);
  return b;
}
