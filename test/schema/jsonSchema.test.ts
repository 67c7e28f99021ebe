import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { eventJsonSchema, planJsonSchema } from "../../src/schema/index.js";

const read = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../docs/schema/${name}`, import.meta.url)), "utf8"));

describe("JSON Schema files", () => {
  it("docs/schema/plan.schema.json is up to date (run: node --import tsx test/scripts/jsonSchema.ts)", () => {
    expect(read("plan.schema.json")).toEqual(planJsonSchema());
  });
  it("docs/schema/event.schema.json is up to date", () => {
    expect(read("event.schema.json")).toEqual(eventJsonSchema());
  });
  it("lists the obligation kinds and rejects unknown plan keys for editors", () => {
    const plan = planJsonSchema() as { additionalProperties?: unknown; properties: Record<string, unknown> };
    expect(plan.additionalProperties).toBe(false);
    expect(JSON.stringify(plan.properties["obligations"])).toContain('"const":"quota"');
    expect((eventJsonSchema() as { required: string[] }).required).toEqual(["id", "type", "at"]);
  });
});
