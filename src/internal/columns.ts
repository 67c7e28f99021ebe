/**
 * Columns of numbers on the JS heap, for tables sized by the input (one cell per event or per
 * occurrence). @internal
 */

/**
 * A column of numbers on the JS heap: a plain array, not a typed array. The cells of a typed array
 * live outside the heap, and V8 starts a full collection — marking everything live, the caller's
 * parsed events included — each time 64 MiB more of such memory has been allocated since the last
 * one; the columns of one evaluation of a million events come to more than that. A plain array
 * filled with numbers holds small integers or unboxed doubles on the heap, and costs no such
 * collection.
 * @internal
 */
export type Column = number[];

/** A column of `n` cells, each `fill` (an integer: the column holds small integers). @internal */
export function intColumn(n: number, fill: number): Column {
  return new Array<number>(n).fill(fill);
}

/**
 * A column of `n` cells, each `fill`, that holds doubles from the start (so that writing a
 * fraction or a large number later does not convert it). @internal
 */
export function floatColumn(n: number, fill: number): Column {
  return new Array<number>(n).fill(0.5).fill(fill);
}

/** `column` copied into a new one of `capacity` cells (at least its length); the cells past it are `fill`. @internal */
export function grownColumn(column: Column, capacity: number, fill: number): Column {
  const b = column.slice();
  for (let k = column.length; k < capacity; k++) b.push(fill);
  return b;
}

/** `column` copied into a new one of `capacity` cells; the cells past it are 0. @internal */
export function grownUint8(column: Uint8Array, capacity: number): Uint8Array {
  const b = new Uint8Array(capacity);
  b.set(column);
  return b;
}
