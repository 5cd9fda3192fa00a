import { describe, expect, it } from "vitest";
import { rule } from "../../../src/review/rules/empty-section.js";
import { planOf } from "./_plan.js";

const check = (text: string) => rule.check({ plan: planOf(text) });

describe("empty-section", () => {
  it("“一、指导思想” directly followed by “二、工作目标” → one finding on its title", () => {
    const text = "一、指导思想\n二、工作目标\n提高教学质量。";
    const findings = check(text);
    expect(findings.map((f) => f.message)).toEqual(["Found heading “一、指导思想” with no body, expected text or sub-headings under it"]);
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe("一、指导思想");
  });

  it("Roman and 一） headings are headings, whatever their title: “Ⅰ、师资建设” then “Ⅱ、…”, “一）师资建设” then “二）…” → one finding each", () => {
    expect(check("Ⅰ、师资队伍建设\nⅡ、课堂教学改革\n提高教学质量。").map((f) => f.actual)).toEqual(["Ⅰ、师资队伍建设"]);
    expect(check("一）师资队伍建设\n二）课堂教学改革\n提高教学质量。").map((f) => f.actual)).toEqual(["一）师资队伍建设"]);
  });

  it("a heading with sub-headings is not empty", () => {
    expect(check("一、工作目标\n(一)提高质量。\n二、措施\n加强。")).toEqual([]);
  });

  it("an empty label at the end of the plan (“具体措施:”) is empty", () => {
    expect(check("一、工作目标\n提高。\n具体措施:\n").map((f) => f.actual)).toEqual(["具体措施:"]);
  });

  it("numbered list items and complete-sentence items are list content, not empty sections", () => {
    expect(check("二、工作目标\n1、健全科研网络机构\n2、扩大课题组\n(一)集中学习和自己学习相结合。\n(二)精读与通读相结合。")).toEqual([]);
  });

  it("an attachment list (“附件: 1. …行事历 2. …名单”) is list content (seed 001)", () => {
    expect(check("一、措施\n加强。\n附件: 1. 江油市教科研培工作行事历 2. 学科联合教研组成员名单\n附件1\n备注:按时离校。")).toEqual([]);
  });

  it("a numbered item that is a section word is checked: “1、工作目标” then “2、具体措施”", () => {
    expect(check("1、工作目标\n2、具体措施\n加强。").map((f) => f.actual)).toEqual(["1、工作目标"]);
  });

  it("a run-in heading has its body on the same line", () => {
    expect(check("一、指导思想贯彻落实上级精神。\n二、工作目标\n提高。")).toEqual([]);
  });
});
