import * as z from "zod";

/** kebab-case ids: "school-based-research" */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const phrase = z.string().min(1);

export const SourceSchema = z
  .object({
    title: z.string().min(1).describe("the document's title as published"),
    year: z.number().int().min(1949).max(2100),
    url: z.url().optional(),
  })
  .strict();

export const PhrasesSchema = z
  .object({
    anyOf: z.array(phrase).min(1).describe("the item is covered by a sentence holding any of these phrases"),
    allOf: z
      .array(phrase)
      .optional()
      .describe("when given, an evidence sentence must also hold every one of these phrases"),
    noneOf: z
      .array(phrase)
      .optional()
      .describe(
        "blocked contexts: a phrase match that lies inside an occurrence of one of these is not counted " +
          "(劳动 inside 劳动节, 美育 inside 完美育人)",
      ),
  })
  .strict();

export const LimitSchema = z
  .object({
    unit: z.string().min(1).describe("the unit of the limit as a target carries it: 分钟, 课时, 小时 …"),
    per: z.string().min(1).optional().describe("the period of the limit: 天, 周, 学期 …"),
    max: z.number().optional().describe("a target may not commit to more than this"),
    min: z.number().optional().describe("a target may not commit to less than this"),
    when: z
      .array(phrase)
      .optional()
      .describe(
        "phrases that select the targets the limit applies to, searched in the target's sentence: every " +
          "entry must occur; an entry may list alternatives separated by | (书面作业, 一年级|二年级|一二年级)",
      ),
    unless: z.array(phrase).optional().describe("the limit does not apply when the sentence holds any of these"),
    note: z.string().min(1).describe("the rule in words, as the source states it"),
    source: z.string().min(1).describe("short citation: 作业管理通知 2021"),
  })
  .strict()
  .refine((limit) => limit.max !== undefined || limit.min !== undefined, {
    message: "expected max or min",
    path: ["max"],
  });

export const ItemSchema = z
  .object({
    id: z.string().regex(KEBAB_ID, "expected a kebab-case id"),
    label: z.string().min(1),
    phrases: PhrasesSchema,
    weight: z.number().positive().default(1).describe("share of the overall score; default 1"),
    expects: z
      .object({
        target: z.boolean().optional().describe("a reviewer expects a measurable target in the evidence"),
        date: z.boolean().optional().describe("a reviewer expects a date in the evidence"),
      })
      .strict()
      .optional(),
    limits: z.array(LimitSchema).optional(),
    sources: z.array(z.string().min(1)).optional().describe("titles from the checklist's source list"),
  })
  .strict();

export const ChecklistSchema = z
  .object({
    id: z.string().regex(KEBAB_ID, "expected a kebab-case id"),
    title: z.string().min(1),
    version: z.string().min(1),
    source: z.array(SourceSchema).optional().describe("the documents the checklist follows"),
    items: z.array(ItemSchema).min(1),
  })
  .strict()
  .superRefine((checklist, context) => {
    const seen = new Set<string>();
    checklist.items.forEach((item, index) => {
      if (seen.has(item.id)) {
        context.addIssue({ code: "custom", path: ["items", index, "id"], message: `duplicate item id “${item.id}”` });
      }
      seen.add(item.id);
      const titles = new Set((checklist.source ?? []).map((source) => source.title));
      (item.sources ?? []).forEach((title, sourceIndex) => {
        if (!titles.has(title)) {
          context.addIssue({
            code: "custom",
            path: ["items", index, "sources", sourceIndex],
            message: `unknown source “${title}”, expected a title from source`,
          });
        }
      });
    });
  });

/** A validated checklist (defaults applied: every item has a weight). */
export type Checklist = z.infer<typeof ChecklistSchema>;
export type ChecklistItem = Checklist["items"][number];
export type ChecklistLimit = NonNullable<ChecklistItem["limits"]>[number];
/** What a checklist author writes (weight optional). */
export type ChecklistInput = z.input<typeof ChecklistSchema>;
