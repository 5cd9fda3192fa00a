import { describe, expect, it } from "vitest";
import { analyse } from "../../src/index.js";
import { prepareText } from "../../src/clean/index.js";

const PLAN = "2021年学校教研工作计划\n一、指导思想\n坚持立德树人。\n二、工作目标\n每学期听课不少于15节。\n";
const removed = (raw: string) => prepareText(raw).removals.map((r) => [r.rule, r.text.trim()]);

describe("web article boilerplate around a plan", () => {
  it("上一篇 / 下一篇 lines go (links to other plans, with their own years)", () => {
    const raw = `${PLAN}上一篇:2021年学校德育工作计划\n下一篇：2022年学校安全工作计划`;
    expect(prepareText(raw).text).toBe(PLAN.trim());
    const dates = analyse(raw, { segment: false })[0]!.dates.map((d) => d.text);
    expect(dates).not.toContain("2022年");
  });

  it("article fields go: 本文来源, 责任编辑, 点击次数 … 更新时间, 作者 … 来源; the 侵权 notice too", () => {
    const raw = `本文来源:https://www.example.com/a/123.html\n${PLAN}责任编辑：张三\n点击次数：123  更新时间：2021-03-01\n作者:李四 来源:某某教育网\n本文由用户上传，如有侵权请联系删除。`;
    expect(prepareText(raw).text).toBe(PLAN.trim());
    expect(analyse(raw, { segment: false })[0]!.dates.map((d) => d.text)).not.toContain("2021-03-01");
  });

  it("plan lines that open with a field word stay: 来源 / 作者 alone, 下一步, 发布会", () => {
    const raw = `${PLAN}来源:区教研室\n作者:各学科教研组长\n下一步工作:深化课改。\n上一学期成绩良好。\n发布会定于9月召开。`;
    expect(prepareText(raw).text).toBe(raw.trim());
  });

  it("page numbers alone on a line go: - 1 -, — 2 —, 第3页; a bullet or 第3周 stays", () => {
    const raw = "一、指导思想\n坚持立德树人。\n- 1 -\n二、工作目标\n— 2 —\n- 加强管理\n第3周\n第 3 页";
    expect(removed(raw)).toEqual([["page-number", "- 1 -"], ["page-number", "— 2 —"], ["page-number", "第3页"]]);
    expect(prepareText(raw).text).toBe("一、指导思想\n坚持立德树人。\n二、工作目标\n- 加强管理\n第3周");
  });

  it("相关文章 in the second half cuts the link list under the article; at the top it stays", () => {
    const tail = "相关文章\n2020年学校教研工作计划\n2019年学校教研工作计划";
    expect(prepareText(`${PLAN}${tail}`).text).toBe(PLAN.trim());
    expect(analyse(`${PLAN}${tail}`, { segment: false }).length).toBe(1);
    const top = `相关文章\n${PLAN}三、主要措施\n加强教研组建设。\n开展课题研究。`;
    expect(prepareText(top).text).toBe(top.trim());
  });

  it("every kept char still maps to itself in the raw input", () => {
    const raw = `上一篇:2020年计划\n${PLAN}- 1 -\n责任编辑：张三\n相关文章\n2020年计划`;
    const prepared = prepareText(raw);
    for (let i = 0; i < prepared.text.length; i++) expect(raw[prepared.toOriginal(i)]).toBe(prepared.text[i]);
  });
});
