import { describe, expect, it } from "vitest";
import { rule } from "../../../src/review/rules/numbering-gap.js";
import { planOf } from "./_plan.js";

const check = (text: string) => rule.check({ plan: planOf(text) });

describe("numbering-gap", () => {
  it("一、 then 三、 → “Found 三、 after 一、, expected 二、” at the 三、 marker", () => {
    const text = "一、指导思想\n坚持。\n三、工作目标\n提高。";
    const findings = check(text);
    expect(findings.map((f) => f.message)).toEqual(["Found 三、 after 一、, expected 二、"]);
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe("三、");
    expect(findings[0]?.related?.[0]?.start).toBe(0);
  });

  it("a repeated (二) → expected (三)", () => {
    expect(check("一、工作目标\n(一)提高。\n(二)加强。\n(二)深化。").map((f) => f.message)).toEqual(["Found (二) after (二), expected (三)"]);
  });

  it("gaps are found at every level, each against its own siblings", () => {
    const text = "一、措施\n(一)教研\n1.集体备课\n2.听课评课\n4.课题研究\n(二)培训\n二、保障\n加强领导。";
    expect(check(text).map((f) => f.message)).toEqual(["Found 4. after 2., expected 3."]);
  });

  it("a list restarting at 1 is not a gap, nor is a level numbered on from the last part (4. under 二、)", () => {
    expect(check("一、目标\n1、提高。\n2、加强。\n二、措施\n1、教研。\n2、培训。")).toEqual([]);
    expect(check("一、思想\n1。把握要义。2。认识作用。3。认识问题。\n二、教研\n4。学校是基地。5。校长是责任人。")).toEqual([]);
  });

  it("seed 003 篇十一: 6、 then 8、 → expected 7、", () => {
    const text = "(三)抓好教学常规,规范教学行为。\n1、计划重落实。要认真。\n5、课堂重效益。以推进。\n6、作业重规范。今学期。\n8、常规检查重指导。继续。";
    expect(check(text).map((f) => f.message)).toEqual(["Found 5、 after 1、, expected 2、", "Found 8、 after 6、, expected 7、"]);
  });
});
