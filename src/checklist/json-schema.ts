import * as z from "zod";
import { ChecklistSchema } from "./schema.js";

/**
 * The JSON Schema of a checklist file, as an author writes it (weight optional). Shipped as
 * checklist.schema.json; a test keeps the shipped file equal to this. Regenerate after a schema change:
 *   npx tsx -e 'import("./src/checklist/json-schema.ts").then((m) => process.stdout.write(JSON.stringify(m.checklistJsonSchema(), null, 2) + "\n"))' > src/checklist/checklist.schema.json
 */
export function checklistJsonSchema(): Record<string, unknown> {
  return {
    title: "planlens checklist",
    ...z.toJSONSchema(ChecklistSchema, { io: "input" }),
  };
}
