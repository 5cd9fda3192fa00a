import { describe, expect, it } from "vitest";
import { analyse } from "../../src/index.js";
import { prepareText } from "../../src/clean/index.js";

const text = (raw: string): string => prepareText(raw).text;

describe("article fields in brackets and share/scan prompts go", () => {
  it("【发布时间：…】【来源：…】 is the page's, its date no plan date", () => {
    const raw = "学校工作计划\n【发布时间：2021-03-01】【来源：教务处】\n一、指导思想\n坚持立德树人。";
    expect(text(raw)).toBe("学校工作计划\n一、指导思想\n坚持立德树人。");
    expect(analyse(raw, { segment: false })[0]!.dates).toEqual([]);
    expect(text("学校工作计划\n[发布时间:2021-03-01] [作者:张三]\n一、指导思想")).toBe("学校工作计划\n一、指导思想");
  });

  it("分享到： and 扫一扫在手机打开当前页 alone on their lines", () => {
    expect(text("一、指导思想\n坚持立德树人。\n分享到：\n扫一扫在手机打开当前页\n手机扫一扫")).toBe("一、指导思想\n坚持立德树人。");
  });

  it("plan lines stay: 【来源】 without a second field, 扫一扫 in a sentence", () => {
    for (const raw of ["一、指导思想\n【来源】学校教研室", "一、指导思想\n【作者：张三】一线教师的思考", "一、指导思想\n组织学生扫一扫二维码参与问卷"]) {
      expect(text(raw)).toBe(raw);
    }
  });
});
