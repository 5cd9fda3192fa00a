import { COMPULSORY_EDUCATION } from "./default/compulsory-education.js";
import { ChecklistSchema, type Checklist } from "./schema.js";

/** The validated `compulsory-education` checklist (CONTRACT.md item ids, in order). */
export const DEFAULT_CHECKLIST: Checklist = ChecklistSchema.parse(COMPULSORY_EDUCATION);
