import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { targetsOf } from "./_helpers.js";

const DIR = join(import.meta.dirname, "../../../fixtures/targets");
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();

describe("fixtures/targets", () => {
  it.each(FIXTURES)("%s matches its .expected.json", (file) => {
    const text = readFileSync(join(DIR, file), "utf8");
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/u, ".expected.json")), "utf8")) as Array<Record<string, unknown>>;
    const fields = ["text", "value", "max", "unit", "comparator", "per", "perCount", "subject"] as const;
    const actual = targetsOf(text).map((t) => Object.fromEntries(fields.map((f) => [f, t[f]])));
    expect(actual).toEqual(expected);
  });
});
