/**
 * What the fuzz suite throws at the library: fast-check's `anything()` with every odd value it can
 * make, and mutations of valid inputs (one nested value replaced, removed, added or re-typed), plus
 * a deep snapshot to check that nothing is mutated.
 */
import fc from "fast-check";

/** Any value, with BigInt, boxed values, typed arrays, sparse arrays, null prototypes, Map, Set, Date. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  maxDepth: 3,
});

/** Values that stress a boundary: extremes of numbers, odd strings, objects with dangerous keys. */
export const edgeValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  undefined, null, 0, -0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -1e20, 1e20, 10n,
  "", " ", "x", "__proto__", "constructor", "valueOf", "2024-02-30", "2024-01-01", "1899-12-31", "2200-01-01",
  "2024-01-09T14:00:00+07:00", "2024-01-09T14:00", "24:00", "fr", "\u0000", "a".repeat(5000),
  [], [null], [undefined], {}, { __proto__: null }, Object.create(null), { constructor: 1 }, { valueOf: 1, toString: 1 },
  new Uint8Array(3), new Date(NaN), Symbol("s"), () => 1,
);

/** One of {@link anyValue} and {@link edgeValue}. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: anyValue }, { weight: 2, arbitrary: edgeValue });

type Path = readonly (string | number)[];

function paths(value: unknown, at: Path = [], out: Path[] = [], seen = new Set<unknown>()): Path[] {
  out.push(at);
  if (value !== null && typeof value === "object" && !seen.has(value) && at.length < 6) {
    seen.add(value);
    if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out, seen));
    else for (const k of Object.keys(value)) paths((value as Record<string, unknown>)[k], [...at, k], out, seen);
  }
  return out;
}

function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainCopy(v)]));
  return value;
}

type Operation = "replace" | "remove" | "add_key" | "wrap" | "unwrap" | "stringify" | "duplicate";

const isObject = (v: unknown): v is Record<string | number, unknown> => v !== null && typeof v === "object";

/** Sets an own property, even one named `__proto__` (as JSON.parse makes it), without touching prototypes. */
function setOwn(holder: Record<string | number, unknown>, key: string | number, value: unknown): void {
  try {
    Object.defineProperty(holder, key, { value, writable: true, enumerable: true, configurable: true });
  } catch {
    // a typed array index or a property that cannot be redefined: this mutation is skipped
  }
}

function apply(root: unknown, path: Path, op: Operation, replacement: unknown, key: string): unknown {
  if (path.length === 0) {
    switch (op) {
      case "replace":
        return replacement;
      case "wrap":
        return [root];
      case "stringify":
        return isObject(root) ? JSON.stringify(root) : String(root);
      default:
        return root;
    }
  }
  // an earlier mutation may have changed the shape: skip a path that no longer exists
  let parent: unknown = root;
  for (const p of path.slice(0, -1)) {
    if (!isObject(parent)) return root;
    parent = parent[p];
  }
  if (!isObject(parent) || Object.isFrozen(parent)) return root;
  const last = path[path.length - 1] as string | number;
  const holder = parent;
  const current = holder[last];
  switch (op) {
    case "replace":
      setOwn(holder, last, replacement);
      break;
    case "remove":
      if (Array.isArray(holder) && typeof last === "number") holder.splice(last, 1);
      else delete holder[last];
      break;
    case "add_key":
      if (isObject(current) && !Object.isFrozen(current)) setOwn(current, key, replacement);
      else setOwn(holder, last, replacement);
      break;
    case "wrap":
      setOwn(holder, last, [current]);
      break;
    case "unwrap":
      setOwn(holder, last, Array.isArray(current) ? current[0] : current);
      break;
    case "stringify":
      setOwn(holder, last, typeof current === "number" ? String(current) : typeof current === "string" ? Number(current) : current);
      break;
    case "duplicate":
      if (Array.isArray(holder) && typeof last === "number") holder.splice(last, 0, plainCopy(current));
      break;
  }
  return root;
}

/**
 * Mutations of a valid (plain data) input: at one nested place, replace the value by an odd one,
 * remove it, add an unknown key, wrap it in a list, take the first item of a list, turn a number into
 * a string (or back), or duplicate a list item. Each run works on a fresh copy.
 */
export function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const all = paths(valid);
  const ops: Operation[] = ["replace", "remove", "add_key", "wrap", "unwrap", "stringify", "duplicate"];
  return fc
    .tuple(fc.nat(all.length - 1), fc.constantFrom(...ops), oddValue, fc.constantFrom("extra", "__proto__", "constructor", "kind", "id", "deadline", "x"), fc.nat(2))
    .map(([i, op, replacement, key, times]) => {
      let copy = plainCopy(valid);
      for (let k = 0; k <= times; k++) copy = apply(copy, all[(i + k * 7) % all.length] as Path, op, replacement, key);
      return copy;
    });
}

/** A valid input, a mutation of one, or an odd value. */
export function inputFrom(valid: readonly unknown[]): fc.Arbitrary<unknown> {
  if (valid.length === 0) return oddValue;
  return fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...valid).chain(mutated) }, { weight: 1, arbitrary: oddValue }, { weight: 1, arbitrary: fc.constantFrom(...valid).map(plainCopy) });
}

/**
 * A deep description of a value (own keys including symbols, typed array contents, Map and Set
 * entries, Date times, prototypes named, cycles marked), to compare before and after a call.
 */
export function snapshot(value: unknown, seen = new Map<unknown, number>()): string {
  if (value === null) return "null";
  const t = typeof value;
  if (t === "bigint") return `${String(value)}n`;
  if (t === "symbol") return (value as symbol).toString();
  if (t === "function") return "fn";
  if (t === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (t !== "object") return `${t}:${String(value)}`;
  if (seen.has(value)) return `#${seen.get(value) as number}`;
  seen.set(value, seen.size);
  const o = value as object;
  const proto = Object.getPrototypeOf(o) as object | null;
  const name = proto === null ? "null" : ((proto.constructor as { name?: string } | undefined)?.name ?? "?");
  let inner = "";
  if (ArrayBuffer.isView(o)) inner = Array.from(o as unknown as ArrayLike<number | bigint>, String).join(",");
  else if (o instanceof Map) inner = [...o.entries()].map(([k, v]) => `${snapshot(k, seen)}=>${snapshot(v, seen)}`).join(",");
  else if (o instanceof Set) inner = [...o.values()].map((v) => snapshot(v, seen)).join(",");
  else if (o instanceof Date) inner = String(o.getTime());
  const keys = Reflect.ownKeys(o).map((k) => {
    const d = Object.getOwnPropertyDescriptor(o, k) as PropertyDescriptor;
    const v = "value" in d ? snapshot(d.value, seen) : "accessor";
    return `${String(k)}:${v}${d.writable === false ? "!" : ""}`;
  });
  return `${name}<${inner}>{${keys.join(",")}}${Object.isFrozen(o) ? "F" : Object.isExtensible(o) ? "" : "N"}`;
}
