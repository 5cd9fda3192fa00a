import { describe, expect, it } from "vitest";
import { analyse } from "../../src/index.js";
import { cleanText, prepareText } from "../../src/clean/index.js";

const GOAL = "每学期听课不少于15节,每学期上公开课不少于1节。";

describe("a paragraph printed twice in a row keeps its first copy", () => {
  it("the second copy goes, blank lines between too; its targets count once", () => {
    const raw = `一、工作目标\n${GOAL}\n\n${GOAL}\n二、主要措施\n加强管理。`;
    expect(prepareText(raw).text).toBe(`一、工作目标\n${GOAL}\n二、主要措施\n加强管理。`);
    expect(analyse(raw, { segment: false })[0]!.targets.map((t) => t.text)).toEqual(["不少于15节", "不少于1节"]);
  });

  it("three copies keep one", () => {
    expect(cleanText(`一、工作目标\n${GOAL}\n${GOAL}\n${GOAL}\n二、措施`).text).toBe(`一、工作目标\n${GOAL}\n二、措施`);
  });

  it("kept: a short repeated line (a 行事历's weeks), the same paragraph apart, a copy ending the text (duplicated-tail's)", () => {
    const short = "九月:\n组织三次观课议课活动。\n组织三次观课议课活动。\n十月:\n总结。";
    expect(cleanText(short).removals).toEqual([]);
    const apart = `一、目标\n${GOAL}\n二、措施\n${GOAL}\n三、保障`;
    expect(cleanText(apart).removals).toEqual([]);
    expect(cleanText(`一、目标\n${GOAL}\n${GOAL}`).removals.map((r) => r.rule)).toEqual(["duplicated-tail"]);
  });
});
