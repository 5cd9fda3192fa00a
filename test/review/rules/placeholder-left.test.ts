import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/index.js";
import { rule } from "../../../src/review/rules/placeholder-left.js";

const messages = (input: string): string[] =>
  analyse(input, { segment: false }).flatMap((plan) => rule.check({ plan }).map((f) => f.message));

describe("placeholder-left", () => {
  it("names what the placeholder stands for: a year, a name, a grade, a date", () => {
    expect(messages("2023年学校工作计划\n一、工作目标\n××年级合格率达到98%，X月X日前完成，XX小学参加。")).toEqual([
      "Found template placeholder “××”, expected the real grade",
      "Found template placeholder “X月X日”, expected the real date",
      "Found template placeholder “XX”, expected the real name",
    ]);
    expect(messages("20xx年学校工作计划\n一、工作目标\n提高质量。")).toEqual([
      "Found template placeholder “20xx”, expected the real year",
    ]);
  });
});
