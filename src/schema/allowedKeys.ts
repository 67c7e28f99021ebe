/**
 * The keys a zod schema allows at a path of a given input, for "did you mean" suggestions.
 * Walks zod 4 schema definitions (object, array, record, union, optional, lazy, pipe …) along
 * the path, choosing union members by their literal discriminators when the input has one.
 * @internal
 * @module
 */
import type { z } from "zod";

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly getter?: () => z.ZodType;
  readonly values?: readonly unknown[];
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: z.ZodType, depth = 0): z.ZodType {
  if (depth > 50) return schema;
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return def.innerType === undefined ? schema : unwrap(def.innerType, depth + 1);
    case "pipe":
      return def.in === undefined ? schema : unwrap(def.in, depth + 1);
    case "lazy":
      return def.getter === undefined ? schema : unwrap(def.getter(), depth + 1);
    default:
      return schema;
  }
}

/** The object members of a schema (expanding unions), keeping those whose literals match `value`. */
function objects(schema: z.ZodType, value: unknown, depth = 0): z.ZodType[] {
  if (depth > 20) return [];
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === "object") return [s];
  if (def.type === "intersection") {
    return [...(def.left ? objects(def.left, value, depth + 1) : []), ...(def.right ? objects(def.right, value, depth + 1) : [])];
  }
  if (def.type === "union" && def.options !== undefined) {
    const all = def.options.flatMap((o) => objects(o, value, depth + 1));
    const matching = all.filter((o) => literalsMatch(o, value));
    return matching.length > 0 ? matching : all;
  }
  return [];
}

function literalsMatch(objectSchema: z.ZodType, value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const shape = defOf(objectSchema).shape ?? {};
  let sawLiteral = false;
  for (const [key, field] of Object.entries(shape)) {
    const f = defOf(unwrap(field));
    if (f.type === "literal" && f.values !== undefined) {
      sawLiteral = true;
      if (!f.values.includes((value as Record<string, unknown>)[key])) return false;
    }
  }
  return sawLiteral;
}

function childAt(schema: z.ZodType, value: unknown, segment: string | number): { schema: z.ZodType; value: unknown }[] {
  const s = unwrap(schema);
  const def = defOf(s);
  const childValue = value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[segment] : undefined;
  switch (def.type) {
    case "array":
      return def.element === undefined ? [] : [{ schema: def.element, value: childValue }];
    case "record":
      return def.valueType === undefined ? [] : [{ schema: def.valueType, value: childValue }];
    case "object": {
      const child = def.shape?.[String(segment)];
      return child === undefined ? [] : [{ schema: child, value: childValue }];
    }
    case "union":
    case "intersection":
      return objects(s, value).flatMap((o) => childAt(o, value, segment));
    default:
      return [];
  }
}

/**
 * The keys allowed by `schema` for the object found at `path` in `input`.
 * @internal
 */
export function allowedKeysAt(schema: z.ZodType, input: unknown, path: readonly (string | number)[]): string[] {
  let frontier: { schema: z.ZodType; value: unknown }[] = [{ schema, value: input }];
  for (const segment of path) {
    frontier = frontier.flatMap((f) => childAt(f.schema, f.value, segment));
    if (frontier.length === 0) return [];
  }
  const keys = new Set<string>();
  for (const f of frontier) for (const o of objects(f.schema, f.value)) for (const k of Object.keys(defOf(o).shape ?? {})) keys.add(k);
  return [...keys];
}

/**
 * The literal values a union allows for `key` of the object at `path` (e.g. the obligation kinds).
 * @internal
 */
export function discriminatorValuesAt(schema: z.ZodType, input: unknown, path: readonly (string | number)[], key: string): unknown[] {
  let frontier: { schema: z.ZodType; value: unknown }[] = [{ schema, value: input }];
  for (const segment of path) {
    frontier = frontier.flatMap((f) => childAt(f.schema, f.value, segment));
    if (frontier.length === 0) return [];
  }
  const values: unknown[] = [];
  for (const f of frontier) {
    const s = unwrap(f.schema);
    const def = defOf(s);
    const members = def.type === "union" && def.options !== undefined ? def.options.flatMap((o) => objects(o, undefined)) : objects(s, undefined);
    for (const o of members) {
      const field = defOf(o).shape?.[key];
      const fd = field === undefined ? undefined : defOf(unwrap(field));
      if (fd?.type === "literal" && fd.values !== undefined) for (const v of fd.values) if (!values.includes(v)) values.push(v);
    }
  }
  return values;
}
