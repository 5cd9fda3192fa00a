import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checklistJsonSchema, DEFAULT_CHECKLIST, parseChecklist } from "../../src/checklist/index.js";
import { COMPULSORY_EDUCATION } from "../../src/checklist/default/compulsory-education.js";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/checklist/${name}`, import.meta.url)), "utf8"));

const valid = (): Record<string, unknown> => ({
  id: "mini",
  title: "t",
  version: "1",
  items: [{ id: "homework", label: "作业", phrases: { anyOf: ["作业"] } }],
});

/** The item ids of the default checklist, copied from CONTRACT.md ("Default checklist ids"), in order. */
const CONTRACT_IDS = [
  "moral-education", "five-domains", "labor-education", "pe-arts", "mental-health", "curriculum",
  "classroom-teaching", "homework", "assessment", "school-based-research", "research-projects",
  "teacher-development", "it-integration", "family-school", "transitions", "reading", "teaching-routines",
  "equity-support", "after-school",
];

describe("parseChecklist", () => {
  it("a valid custom checklist file → ok, weight defaults to 1", () => {
    const result = parseChecklist(fixture("custom-valid.json"));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.checklist.items.map((item) => item.weight)).toEqual([2, 1]);
  });

  it("anyOf given as a string → message names items[3].phrases.anyOf", () => {
    expect(parseChecklist(fixture("custom-invalid.json"))).toEqual({
      ok: false,
      message: "items[3].phrases.anyOf: expected array, received string",
    });
  });

  it("duplicate item ids are refused, naming the second one", () => {
    const list = valid();
    list.items = [...(list.items as unknown[]), { id: "homework", label: "又一个", phrases: { anyOf: ["减负"] } }];
    const result = parseChecklist(list);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe("items[1].id: duplicate item id “homework”");
  });

  it.each([
    [{ weight: 0 }, "items[0].weight: "],
    [{ weight: "1" }, "items[0].weight: expected number, received string"],
    [{ id: "Homework Item" }, "items[0].id: expected a kebab-case id"],
    [{ phrases: { anyOf: [] } }, "items[0].phrases.anyOf: "],
    [{ limits: [{ unit: "分钟", note: "n", source: "s" }] }, "items[0].limits[0].max: expected max or min"],
    [{ sources: ["不存在的文件"] }, "items[0].sources[0]: unknown source “不存在的文件”"],
    [{ extra: true }, "items[0]: unexpected key extra"],
  ])("bad item field %j → message starts with %s", (patch, prefix) => {
    const list = valid();
    list.items = [{ ...(list.items as Record<string, unknown>[])[0], ...patch }];
    const result = parseChecklist(list);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.startsWith(prefix)).toBe(true);
  });

  it("not an object at all → (root)", () => {
    expect(parseChecklist("checklist")).toEqual({ ok: false, message: "(root): expected object, received string" });
  });
});

describe("DEFAULT_CHECKLIST", () => {
  it("has exactly the CONTRACT.md item ids, in that order", () => {
    expect(DEFAULT_CHECKLIST.id).toBe("compulsory-education");
    expect(DEFAULT_CHECKLIST.items.map((item) => item.id)).toEqual(CONTRACT_IDS);
  });

  it("every item cites at least one national document from the source list", () => {
    for (const item of DEFAULT_CHECKLIST.items) expect(item.sources?.length ?? 0).toBeGreaterThan(0);
    expect(DEFAULT_CHECKLIST.source?.length).toBeGreaterThanOrEqual(6);
  });

  it("the data module itself validates (round trip through parseChecklist)", () => {
    expect(parseChecklist(JSON.parse(JSON.stringify(COMPULSORY_EDUCATION)))).toEqual({ ok: true, checklist: DEFAULT_CHECKLIST });
  });
});

describe("checklist.schema.json", () => {
  it("the shipped file equals the schema generated from ChecklistSchema (it cannot drift)", () => {
    const shipped = JSON.parse(readFileSync(fileURLToPath(new URL("../../src/checklist/checklist.schema.json", import.meta.url)), "utf8"));
    expect(shipped).toEqual(checklistJsonSchema());
  });
});
