/**
 * Writes the JSON Schemas of plans and events (generated from the zod schemas) to `docs/schema/`,
 * which is shipped in the package. Run by `npm run build`; a test checks the committed files
 * are up to date.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { eventJsonSchema, planJsonSchema } from "../../src/schema/jsonSchema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const outDir = join(root, "docs", "schema");
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of [["plan", planJsonSchema()], ["event", eventJsonSchema()]] as const) {
  const file = join(outDir, `${name}.schema.json`);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote docs/schema/${name}.schema.json\n`);
}
