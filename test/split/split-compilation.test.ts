import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prepareText } from "../../src/clean/index.js";
import { detectPlanTitle, splitCompilation } from "../../src/split/index.js";

const CORPUS = new URL("../../corpus/", import.meta.url);
const corpus = (prefix: string): string => {
  const name = readdirSync(CORPUS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  if (name === undefined) throw new Error(`no corpus file ${prefix}`);
  return prepareText(readFileSync(new URL(name, CORPUS), "utf8")).text;
};
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/clean/${name}.txt`, import.meta.url), "utf8");

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

describe("splitCompilation on the corpus", () => {
  it("003 (十五篇) → 15 plans titled 教科室工作计划主题篇一 … 篇十五", () => {
    const text = corpus("003");
    const slices = splitCompilation(text);
    expect(slices.map((s) => s.title)).toEqual(NUMERALS.map((n) => `教科室工作计划主题篇${n}`));
    for (const s of slices) expect(text.slice(s.titleSpan.start, s.titleSpan.end)).toBe(s.title);
    // the compilation's own title and intro are not in any plan
    expect(slices[0]?.start).toBe(text.indexOf("教科室工作计划主题篇一"));
    expect(text.slice(slices[2]?.start ?? 0, slices[2]?.end ?? 0)).toContain("2。开学二周后:对所属教师的教案");
    expect(text.slice(slices[14]?.start ?? 0, slices[14]?.end ?? 0).endsWith("做好学校教科室工作总结")).toBe(true);
  });

  const SINGLE: readonly [string, string][] = [
    ["000", "某县教研室小学(学前)教研部2020下半年工作计划"],
    ["001", "江油市2020-2021学年度(2020年秋)教科研培工作要点"],
    ["002", "2022年中小学校本教研工作方案"],
    ["004", "XXXX小学2022年学校工作计划及推进方案"],
  ];
  for (const [id, title] of SINGLE) {
    it(`${id} stays one plan titled ${title}`, () => {
      const text = corpus(id);
      const slices = splitCompilation(text);
      expect(slices).toHaveLength(1);
      expect(slices[0]?.title).toBe(title);
      expect(text.slice(slices[0]?.titleSpan.start, slices[0]?.titleSpan.end)).toBe(title);
    });
  }

  it("001: the plan starts at its 红头 notice (the web page's lines before it left out); attachments stay in it", () => {
    const text = corpus("001");
    const [plan] = splitCompilation(text);
    const body = text.slice(plan?.start, plan?.end);
    expect(body.startsWith("江油市教育和体育局文件 江教体发〔2020〕73号\n")).toBe(true);
    expect(body).toContain("关于印发");
    expect(body).toContain("江油市教育和体育局2020年9月20日\n江油市2020-2021学年度(2020年秋)教科研培工作要点\n");
    expect(text.slice(0, plan?.start)).toBe("《2020—2021学年度(2020年秋)教科研培工作要点》\n");
    expect(body).toContain("附件1");
    expect(plan?.end).toBe(text.length);
  });
});

describe("splitCompilation on fixtures", () => {
  it("学校工作计划篇一/篇二/篇三 → three plans; 附件 stays with 篇二; the (三篇) title is no plan", () => {
    const text = fixture("compilation").trimEnd();
    const slices = splitCompilation(text);
    expect(slices.map((s) => [s.title, text.slice(s.start, s.end)])).toEqual([
      ["学校工作计划篇一", "学校工作计划篇一\n\n一、指导思想\n坚持立德树人。"],
      ["学校工作计划篇二", "学校工作计划篇二\n\n一、工作目标\n每学期听课不少于15节。\n附件:行事历"],
      ["学校工作计划篇三", "学校工作计划篇三\n\n一、主要措施\n加强集体备课。"],
    ]);
  });

  it("第一篇: / 第二篇: headings split too", () => {
    const text = "合集\n第一篇:甲校工作计划\n内容一。\n第二篇:乙校工作计划\n内容二。";
    expect(splitCompilation(text).map((s) => s.title)).toEqual(["第一篇:甲校工作计划", "第二篇:乙校工作计划"]);
  });

  it("工作计划篇1 / 工作计划篇2 (arabic numbers) split", () => {
    const text = "工作计划篇1\n内容一。\n工作计划篇2\n内容二。";
    expect(splitCompilation(text).map((s) => [s.title, s.start, s.end])).toEqual([
      ["工作计划篇1", 0, 11],
      ["工作计划篇2", 12, 23],
    ]);
  });

  it("a bracketed number tag opening the line splits: 【篇一】 / 【第二篇】 / 【范文三】 titles", () => {
    for (const tags of [["【篇一】", "【篇二】"], ["【第1篇】", "【第2篇】"], ["【范文一】", "【范文二】"], ["[篇1]", "[篇2]"]]) {
      const text = `工作计划合集\n${tags[0]}学校工作计划\n一、指导思想\n坚持。\n${tags[1]}德育工作计划\n一、工作目标\n提高。`;
      expect(splitCompilation(text).map((s) => s.title)).toEqual([`${tags[0]}学校工作计划`, `${tags[1]}德育工作计划`]);
    }
  });

  it("范文1:title splits like 篇1:title", () => {
    const text = "工作计划范文\n范文1：学校工作计划\n内容一。\n范文2：德育工作计划\n内容二。";
    expect(splitCompilation(text).map((s) => s.title)).toEqual(["范文1：学校工作计划", "范文2：德育工作计划"]);
  });

  it("a plan title numbered at its end splits: 计划1 / 计划(二) / 方案 第3篇", () => {
    for (const [a, b] of [["学校工作计划1", "学校工作计划2"], ["教研工作计划(一)", "教研工作计划(二)"], ["德育工作方案 第一篇", "德育工作方案 第二篇"]]) {
      const text = `合集\n${a}\n一、指导思想\n坚持。\n${b}\n一、工作目标\n提高。`;
      expect(splitCompilation(text).map((s) => [s.title, text.slice(s.start, s.end)])).toEqual([
        [a, `${a}\n一、指导思想\n坚持。`],
        [b, `${b}\n一、工作目标\n提高。`],
      ]);
    }
    // one numbered title is no compilation, nor is a title whose number is a year
    expect(splitCompilation("学校工作计划1\n一、指导思想\n坚持。")).toHaveLength(1);
    expect(splitCompilation("学校工作计划2021\n一、指导思想\n学校工作计划2022\n二、工作目标")).toHaveLength(1);
  });

  it("plans one after another without numbers split at a 计划 title line above a new 一、 (same or other title)", () => {
    const text = "来源：某某网\n小学语文教研组工作计划\n一、指导思想\n坚持。\n二、工作目标\n提高。\n小学数学教研组工作计划\n一、工作目标\n提高。\n小学数学教研组工作计划\n一、主要措施\n加强。";
    expect(splitCompilation(text).map((s) => [s.title, text.slice(s.start, s.end)])).toEqual([
      ["小学语文教研组工作计划", "小学语文教研组工作计划\n一、指导思想\n坚持。\n二、工作目标\n提高。"],
      ["小学数学教研组工作计划", "小学数学教研组工作计划\n一、工作目标\n提高。"],
      ["小学数学教研组工作计划", "小学数学教研组工作计划\n一、主要措施\n加强。"],
    ]);
    // one plan with an attachment titled otherwise stays one plan
    expect(splitCompilation("学校工作计划\n一、指导思想\n坚持。\n附件：\n学校工作行事历安排\n一、九月\n开学。")).toHaveLength(1);
  });

  it("工作要点 plans one after another split like 计划 ones when their title names the year; 本学期工作要点 is a part", () => {
    const text = "汇编\nXX小学2023年教研工作要点\n一、指导思想\n坚持。\nXX小学2023年德育工作要点\n一、工作目标\n提高。";
    expect(splitCompilation(text).map((s) => s.title)).toEqual(["XX小学2023年教研工作要点", "XX小学2023年德育工作要点"]);
    expect(splitCompilation("XX小学2023年工作计划\n一、指导思想\n坚持。\n本学期工作要点\n一、加强管理\n管理。")).toHaveLength(1);
  });

  it("a plan heading that is only its number (篇一, 【篇二】) takes the title line below it; a heading line is no title", () => {
    const text = "合集\n篇一\n2020年秋季学期学校工作计划\n一、指导思想\n坚持。\n【篇二】\n一、工作目标\n提高。";
    const slices = splitCompilation(text);
    expect(slices.map((s) => [s.title, text.slice(s.titleSpan.start, s.titleSpan.end), text.slice(s.start, s.start + 2)])).toEqual([
      ["2020年秋季学期学校工作计划", "2020年秋季学期学校工作计划", "篇一"],
      ["【篇二】", "【篇二】", "【篇"],
    ]);
  });

  it("numbered or repeated 计划 titles inside a plan that has begun, or after 附件, are parts of it, not plans", () => {
    const parts = "学校工作计划\n一、主要工作\n（一）实施青蓝工程\n教师成长计划(一)\n青年教师培养。\n教师成长计划(二)\n骨干教师培养。";
    expect(splitCompilation(parts).map((s) => [s.title, s.start, s.end])).toEqual([["学校工作计划", 0, parts.length]]);
    const attached = "某校2023年工作计划\n一、指导思想\n坚持。\n附件：\n学校德育工作计划\n一、德育目标\n培养。";
    expect(splitCompilation(attached).map((s) => [s.title, s.start, s.end])).toEqual([["某校2023年工作计划", 0, attached.length]]);
  });

  it("a lone 篇一 line, or numbers out of order, is not a compilation", () => {
    expect(splitCompilation("某校工作计划\n篇一\n内容。")).toHaveLength(1);
    expect(splitCompilation("某校工作计划\n材料篇二\n材料篇一\n内容。")).toHaveLength(1);
  });

  it("红头 lines before the title are not the title; the plan starts at the notice, the title is its own line", () => {
    const text = fixture("single-plan").trimEnd();
    const [plan] = splitCompilation(text);
    expect(plan?.title).toBe("江油市2020-2021学年度(2020年秋)教科研培工作要点");
    expect(text.slice(plan?.titleSpan.start, plan?.titleSpan.end)).toBe(plan?.title);
    expect(text.slice(plan?.start, plan?.end)).toBe(text);
  });

  it("header lines before the title without a 红头 notice are left out; the web page's lines before a notice too", () => {
    expect(splitCompilation("来源：某某教育网 2023-02-20\n2023年教研工作计划\n一、指导思想")[0]?.start).toBe("来源：某某教育网 2023-02-20\n".length);
    const page = "《2023年教研工作计划》 二维码\n4\n";
    const notice = "某县教育局文件 某教发〔2023〕5号\n某县教育局2023年2月20日\n";
    expect(splitCompilation(`${page}${notice}2023年教研工作计划\n一、指导思想`)[0]?.start).toBe(page.length);
  });

  it("a title run into its body is cut at the plan word", () => {
    expect(detectPlanTitle("2022年中小学校本教研工作方案为了贯彻落实国家规划纲要,深化改革。")?.title).toBe("2022年中小学校本教研工作方案");
  });

  it("empty and blank texts give no plan", () => {
    expect(splitCompilation("")).toEqual([]);
    expect(splitCompilation(" \n\n ")).toEqual([]);
  });
});

describe("splitCompilation keeps plan content", () => {
  it("a plan without a title line: list items are not titles and nothing is cut off", () => {
    const text = "一、指导思想\n坚持立德树人,全面发展。\n1、制定本学期教科室工作计划\n2、做好总结";
    expect(splitCompilation(text)).toEqual([{ title: "", titleSpan: { start: 0, end: 0 }, start: 0, end: text.length }]);
  });

  it("long paragraphs before a title-like line are plan content: the plan starts at the first char", () => {
    const body = "本学期我校将继续坚持以课程改革为中心,全面提高教育教学质量,".repeat(5);
    const text = `${body}\n学校教研工作安排\n九月:开学检查。`;
    const [plan] = splitCompilation(text);
    expect(plan?.title).toBe("学校教研工作安排");
    expect(plan?.start).toBe(0);
  });
});

describe("a number tag after words that name no plan", () => {
  it("精选范文1 / 小学教研工作计划 → the plan is titled by the line after the tag; 工作计划范文一 names its plan itself", () => {
    const text = "小学教研工作计划精选范文\n精选范文1\n小学教研工作计划\n一、指导思想\n坚持。\n精选范文2\n中学德育工作计划\n一、指导思想\n坚持。\n";
    expect(splitCompilation(text).map((p) => p.title)).toEqual(["小学教研工作计划", "中学德育工作计划"]);
    for (const plan of splitCompilation(text)) expect(text.slice(plan.titleSpan.start, plan.titleSpan.end)).toBe(plan.title);
    const named = "工作计划范文一\n小学教研工作计划\n一、指导思想\n坚持。\n工作计划范文二\n小学教研工作计划\n一、指导思想\n坚持。\n";
    expect(splitCompilation(named).map((p) => p.title)).toEqual(["工作计划范文一", "工作计划范文二"]);
  });
});
