import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Anchor } from "../../../src/types.js";
import { dates } from "./_helpers.js";

interface DateFixture {
  readonly name: string;
  readonly text: string;
  readonly anchor?: Anchor;
  readonly reference?: string;
  readonly expected: readonly { text: string; from: string | null; to: string | null; deadline: boolean }[];
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "fixtures", "dates");
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();

describe("fixtures/dates", () => {
  it("has fixtures", () => expect(FIXTURES.length).toBeGreaterThan(0));
  for (const file of FIXTURES) {
    const fixture = JSON.parse(readFileSync(join(DIR, file), "utf8")) as DateFixture;
    it(`${file}: ${fixture.name}`, () => {
      const found = dates(fixture.text, {
        ...(fixture.anchor ? { anchor: fixture.anchor } : {}),
        ...(fixture.reference ? { reference: fixture.reference } : {}),
      });
      expect(found.map((d) => ({ text: d.text, from: d.from, to: d.to, deadline: d.deadline }))).toEqual(fixture.expected);
    });
  }
});
