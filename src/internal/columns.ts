/** Growable typed columns: copies of a column into a larger one, new cells 0. @internal */

/** `column` copied into a new one of `capacity` cells; the cells past it are 0. @internal */
export function grownFloat64(column: Float64Array, capacity: number): Float64Array {
  const b = new Float64Array(capacity);
  b.set(column);
  return b;
}

/** `column` copied into a new one of `capacity` cells; the cells past it are 0. @internal */
export function grownInt32(column: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity);
  b.set(column);
  return b;
}

/** `column` copied into a new one of `capacity` cells; the cells past it are 0. @internal */
export function grownUint8(column: Uint8Array, capacity: number): Uint8Array {
  const b = new Uint8Array(capacity);
  b.set(column);
  return b;
}
