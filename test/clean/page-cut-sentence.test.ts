import { describe, expect, it } from "vitest";
import { analyse } from "../../src/index.js";
import { prepareText } from "../../src/clean/index.js";

const text = (raw: string): string => prepareText(raw).text;

describe("a page footer that cut a sentence goes, and the sentence is joined again", () => {
  it("a counter between the halves of a target: 不少于 / 第2页 共5页 / 15节", () => {
    const raw = "二、工作目标\n每学期听课不少于\n第2页 共5页\n15节，撰写反思3篇。";
    expect(text(raw)).toBe("二、工作目标\n每学期听课不少于15节，撰写反思3篇。");
    const plan = analyse(raw, { segment: false })[0]!;
    expect(plan.targets.map((t) => [t.text, t.comparator])).toContainEqual(["不少于15节", ">="]);
  });

  it("a page number or counter in a 文库 page gap, after a comma or a full line", () => {
    expect(text("二、工作目标\n每学期听课不少于15节，\n\n第 2 页 共 5 页\n\n撰写反思3篇。")).toBe("二、工作目标\n每学期听课不少于15节，撰写反思3篇。");
    expect(text("二、工作目标\n坚持立德树人。每学期听课不少于15节，完成\n- 2 -\n一次公开课。")).toBe("二、工作目标\n坚持立德树人。每学期听课不少于15节，完成一次公开课。");
  });

  it("no join after a heading or an ended sentence, or before a new item or another page line", () => {
    expect(text("二、工作目标\n第2页/共5页\n每学期听课15节。")).toBe("二、工作目标\n每学期听课15节。");
    expect(text("三、加强教学常规管理\n- 2 -\n每周听课。")).toBe("三、加强教学常规管理\n每周听课。");
    expect(text("一、指导思想\n坚持立德树人，\n- 2 -\n(一)加强管理")).toBe("一、指导思想\n坚持立德树人，\n(一)加强管理");
    expect(text("坚持立德树人。\n第3页\n二、工作目标")).toBe("坚持立德树人。\n二、工作目标");
  });
});
