import { describe, expect, it } from "vitest";
import { analyse } from "../../src/index.js";
import { normaliseText, prepareText } from "../../src/clean/index.js";

const clean = (raw: string): string => normaliseText(raw).text;

describe("HTML entities left in scraped text are decoded", () => {
  it("&nbsp; indents no longer hide headings and targets", () => {
    const raw = "2021年学校教研工作计划\n&nbsp;&nbsp;一、指导思想\n&nbsp;&nbsp;坚持立德树人。\n&nbsp;&nbsp;二、工作目标\n&nbsp;&nbsp;每学期听课不少于&nbsp;15&nbsp;节。";
    const plan = analyse(raw, { segment: false })[0]!;
    expect(plan.sections.map((s) => [s.title, s.kind])).toEqual([["一、指导思想", "guiding"], ["二、工作目标", "goals"]]);
    expect(plan.targets.map((t) => t.text)).toEqual(["不少于15节"]);
  });

  it("named, numeric and twice-encoded entities", () => {
    expect(clean("成绩&lt;60分&amp;补考")).toBe("成绩<60分&补考");
    expect(clean("一、指导思想&#12288;坚持&#x3000;立德树人")).toBe("一、指导思想 坚持 立德树人");
    expect(clean("&amp;nbsp;&amp;nbsp;一、指导思想")).toBe("一、指导思想");
  });

  it("what is no entity stays: A&B, a<b, &copy2, &#xD800;, &unknown; (tags: html-tags.test.ts)", () => {
    for (const raw of ["A&B", "成绩<60分", "&copy2", "&#xD800;", "&unknown;"]) expect(clean(raw)).toBe(raw);
  });

  it("a decoded char maps to the start of its entity; the chars around it map to themselves", () => {
    const raw = "每周&nbsp;2&nbsp;次,成绩&lt;60分";
    const prepared = prepareText(raw);
    expect(prepared.text).toBe("每周2次,成绩<60分");
    const lt = prepared.text.indexOf("<");
    expect(raw.slice(prepared.toOriginalSpan(lt, lt + 1).start, prepared.toOriginalSpan(lt, lt + 1).end)).toBe("&lt;");
    for (let i = 0; i < prepared.text.length; i++) if (i !== lt) expect(raw[prepared.toOriginal(i)]).toBe(prepared.text[i]);
  });
});
