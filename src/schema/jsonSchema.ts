/**
 * JSON Schemas of plans and events, generated from the zod schemas, for editors: a plan file
 * that names `"$schema": "./node_modules/thoihan/schema/plan.schema.json"` gets completion and
 * validation. The build writes them to `schema/*.schema.json`, shipped in the package.
 * @module
 */
import { z } from "zod";
import { eventSchemaInferred } from "./event.js";
import { planSchemaInferred } from "./plan.js";

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Readonly<Record<string, unknown>>;

function generate(schema: z.ZodType, title: string): JsonSchema {
  const out = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
  // zod names the recursive rule definition "__schema0": give it its type's name.
  const text = JSON.stringify({ ...out, title }).replace(/__schema0/g, "DeadlineRule");
  return JSON.parse(text) as JsonSchema;
}

/**
 * The JSON Schema of a plan as written (phrases or rules), generated from the zod schema `parsePlan` checks with.
 * Reference checks (owners, sources, duplicate ids) and phrase reading are not expressible in
 * JSON Schema; {@link parsePlan} does them.
 *
 * @returns A fresh JSON Schema object (draft 2020-12).
 * @example
 * planJsonSchema().properties.obligations.type //=> "array"
 * @remarks Since 0.1.0
 */
export function planJsonSchema(): JsonSchema {
  return generate(planSchemaInferred, "thoihan plan");
}

/**
 * The JSON Schema of one event, generated from the zod schema `parseEvent` checks with.
 *
 * @returns A fresh JSON Schema object (draft 2020-12).
 * @example
 * eventJsonSchema().required //=> ["id", "type", "at"]
 * @remarks Since 0.1.0
 */
export function eventJsonSchema(): JsonSchema {
  return generate(eventSchemaInferred, "thoihan event");
}
