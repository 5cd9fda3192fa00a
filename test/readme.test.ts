import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyse, extractDates, extractNumbers } from "../src/index.js";

// The README's examples must stay true.
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("the Chinese input/output example", () => {
    const input = "本学期每位教师听课不少于15节，12月底前完成课题中期报告。";
    expect(readme).toContain(input);
    const [plan] = analyse(input, { anchor: { year: 2020, term: "autumn" }, segment: false });
    expect(plan!.targets.map(({ text, value, unit, comparator, per, subject }) => ({ text, value, unit, comparator, per, subject })))
      .toEqual([{ text: "不少于15节", value: 15, unit: "节", comparator: ">=", per: null, subject: "每位教师" }]);
    expect(plan!.dates.map(({ text, from, to, deadline }) => ({ text, from, to, deadline }))).toEqual([
      { text: "本学期", from: "2020-09-01", to: "2021-01-31", deadline: false },
      { text: "12月底前", from: "2020-12-01", to: "2020-12-31", deadline: true },
    ]);
  });
  it("the library snippets", () => {
    expect(extractNumbers("一百二十")[0]).toMatchObject({ value: 120, kind: "number" });
    expect(extractDates("一月份", { anchor: { year: 2020, term: "autumn" } })[0]).toMatchObject({ from: "2021-01-01", to: "2021-01-31" });
  });
  it("the two newcomer commands", () => {
    expect(readme).toContain("npm ci && npm run analyse");
    expect(readme).toContain("npm ci && npm test");
    const scripts = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).scripts;
    expect(scripts.analyse).toContain("analyse corpus --out report.csv");
  });
});
