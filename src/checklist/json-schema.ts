import { z } from "zod";
import { ChecklistSchema } from "./schema.js";

/**
 * The JSON Schema of a checklist file, as an author writes it (weight optional). Shipped as
 * checklist.schema.json; a test keeps the shipped file equal to this.
 */
export function checklistJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://planlens.dev/checklist.schema.json",
    title: "planlens checklist",
    ...z.toJSONSchema(ChecklistSchema, { io: "input" }),
  };
}
