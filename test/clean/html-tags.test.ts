import { describe, expect, it } from "vitest";
import { analyse } from "../../src/index.js";
import { normaliseText, prepareText } from "../../src/clean/index.js";

const clean = (raw: string): string => normaliseText(raw).text;

describe("HTML tags left in scraped text (not a whole page) go", () => {
  it("<br>, <br/>, <p>, </p> break lines, so headings open their lines and targets are read", () => {
    const raw = "学校工作计划\n一、指导思想<br>坚持立德树人。<br/>\n二、工作目标<p>每学期听课不少于15节。</p>&nbsp;&nbsp;三、主要措施<br />\n1. 9月10日前完成备课。";
    expect(clean(raw)).toBe("学校工作计划\n一、指导思想\n坚持立德树人。\n二、工作目标\n每学期听课不少于15节。\n三、主要措施\n1. 9月10日前完成备课。");
    const plan = analyse(raw, { segment: false })[0]!;
    expect(plan.sections.map((s) => [s.title, s.kind])).toEqual([["一、指导思想", "guiding"], ["二、工作目标", "goals"], ["三、主要措施", "measures"]]);
  });

  it("a run of tags is one break; a break beside a line break adds no blank line", () => {
    expect(clean("坚持立德树人。</p>\n<p style=\"text-indent:2em\">二、工作目标")).toBe("坚持立德树人。\n二、工作目标");
    expect(clean("坚持立德树人。<br>\n\n二、工作目标")).toBe("坚持立德树人。\n\n二、工作目标");
    expect(clean("<p>一、指导思想</p>")).toBe("一、指导思想");
  });

  it("emphasis and font tags go without a break; table cells are parted by a space", () => {
    expect(clean("<strong>一、指导思想</strong><span style=\"font-family:宋体\">坚持</span>立德树人<o:p></o:p>")).toBe("一、指导思想坚持立德树人");
    expect(clean("<tr><td>3月</td><td>制定计划</td></tr>")).toBe("3月 制定计划");
    expect(clean("每学期听课不少于<b>15</b>节")).toBe("每学期听课不少于15节");
    expect(clean("&lt;br&gt;二、工作目标")).toBe("二、工作目标");
  });

  it("what is no known tag stays: a<b, <<教育法>>, <body> inside text, a whole page (the loader's)", () => {
    for (const raw of ["成绩<60分,优秀>90分", "学习<<教育法>>", "a<bc>d", "<!DOCTYPE html><html><body><p>重点</p></body></html>"]) {
      expect(clean(raw)).toBe(raw);
    }
  });

  it("the text around a tag maps to itself", () => {
    const raw = "坚持<br/>每周<b>2</b>次";
    const prepared = prepareText(raw);
    expect(prepared.text).toBe("坚持\n每周2次");
    for (let i = 0; i < prepared.text.length; i++) if (prepared.text[i] !== "\n") expect(raw[prepared.toOriginal(i)]).toBe(prepared.text[i]);
  });
});
