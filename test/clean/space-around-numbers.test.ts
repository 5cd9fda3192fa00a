import { describe, expect, it } from "vitest";
import { analyse } from "../../src/index.js";
import { normaliseText, prepareText } from "../../src/clean/index.js";

const clean = (raw: string): string => normaliseText(raw).text;

describe("spaces typed around a number inside Han text are dropped", () => {
  it("a number between Han chars touches them: 不少于 15 节, 论文 5 篇以上, 每周 2 次, 达到 85% 以上, 2.5 小时", () => {
    expect(clean("每学期听课不少于 15 节")).toBe("每学期听课不少于15节");
    expect(clean("全年发表论文 5 篇以上")).toBe("全年发表论文5篇以上");
    expect(clean("每周 2 次")).toBe("每周2次");
    expect(clean("优秀率达到 85% 以上")).toBe("优秀率达到85%以上");
    expect(clean("每天 2.5 小时")).toBe("每天2.5小时");
    expect(clean("于 2020 年 9 月召开")).toBe("于2020年9月召开");
  });

  it("a range or a spaced percent sign is one number: 听课 15-20 节, 开展 1—2 次, 达到 95 % 以上", () => {
    expect(clean("每学期听课 15-20 节")).toBe("每学期听课15-20节");
    expect(clean("每学期开展 1—2 次活动")).toBe("每学期开展1—2次活动");
    expect(clean("及格率达到 95 % 以上")).toBe("及格率达到95%以上");
    expect(clean("第 1-2 周 9月1日")).toBe("第1-2周 9月1日");
  });

  it("a quantity touches its bound word: 5 篇 以上 (>= 5), 45人 以内 (<= 45); other words after a space stay", () => {
    expect(clean("全年发表论文 5 篇 以上")).toBe("全年发表论文5篇以上");
    expect(clean("班额控制在45人 以内")).toBe("班额控制在45人以内");
    expect(clean("每次活动 2 小时 左右")).toBe("每次活动2小时左右");
    for (const raw of ["学校 以上 工作", "三年 以内", "第3周 召开会议"]) expect(clean(raw)).toBe(raw);
    const target = analyse("全年发表论文 5 篇 以上。", { segment: false })[0]!.targets[0]!;
    expect([target.value, target.unit, target.comparator]).toEqual([5, "篇", ">="]);
  });

  it("a date touches the time word typed after it: 12 月 底前 (a deadline), 11 月 中旬", () => {
    expect(clean("于 12 月 底前 完成")).toBe("于 12月底前 完成");
    expect(clean("在 11 月 中旬 举行")).toBe("在 11月中旬 举行");
    expect(clean("共 3 节 上课")).toBe("共3节 上课");
    const dates = analyse("2020年秋季工作计划\n在 11 月 中旬 举行。\n于 12 月 底前 完成。", { segment: false })[0]!.dates;
    expect(dates.map((d) => [d.text, d.from, d.to])).toEqual([
      ["2020年秋季", "2020-09-01", "2021-01-31"], ["11月中旬", "2020-11-11", "2020-11-20"], ["12月底前", "2020-12-01", "2020-12-31"],
    ]);
  });

  it("a percentage or a number closing its clause touches the words before it: 不能超过 30%, 人数 30。", () => {
    expect(clean("两套试卷相同知识点不能超过 30%,要逐步建立")).toBe("两套试卷相同知识点不能超过30%,要逐步建立");
    expect(clean("完成率 100%")).toBe("完成率100%");
    expect(clean("参加人数 30。")).toBe("参加人数30。");
    for (const raw of ["附件 1、2", "行事历 2. 江油市"]) expect(clean(raw)).toBe(raw);
    const targets = analyse("两套试卷相同知识点不能超过 30%,要逐步建立。", { segment: false })[0]!.targets;
    expect(targets.map((t) => [t.value, t.unit, t.comparator])).toContainEqual([30, "%", "<="]);
  });

  it("tabs, U+3000, NBSP and full-width digits alike", () => {
    expect(clean("每周\t2\u3000次")).toBe("每周2次");
    expect(clean("不少于\u00a0１５\u3000节")).toBe("不少于15节");
    expect(clean("达到 ８５％ 以上")).toBe("达到85%以上");
  });

  it("kept: line breaks, Latin, two numbers, punctuation fields, list markers, a line-opening number, a month after a week", () => {
    expect(clean("不少于\n15节")).toBe("不少于\n15节");
    expect(clean("使用 Word 2010 版")).toBe("使用 Word 2010 版");
    expect(clean("第 1 2 周")).toBe("第 1 2 周");
    expect(clean("文档编号:156072405 上传时间:2020-12-14 格式:DOCX")).toBe("文档编号:156072405 上传时间:2020-12-14 格式:DOCX");
    expect(clean("附件: 1. 行事历 2. 名单")).toBe("附件: 1. 行事历 2. 名单");
    expect(clean("课题研究 2、加强管理")).toBe("课题研究 2、加强管理");
    expect(clean("1 以项目研究为切入点")).toBe("1 以项目研究为切入点");
    expect(clean("第一周 9月1日 开学典礼")).toBe("第一周 9月1日 开学典礼");
    expect(clean("2020 年 9 月")).toBe("2020 年9月");
  });

  it("the offset map stays exact: every kept char maps to itself in the raw input", () => {
    const raw = "一、目标\n每学期听课不少于 15 节,全年发表论文\u3000５ 篇以上,优秀率达到 85% 以上。";
    const prepared = prepareText(raw);
    expect(prepared.text).toBe("一、目标\n每学期听课不少于15节,全年发表论文5篇以上,优秀率达到85%以上。");
    for (let i = 0; i < prepared.text.length; i++) {
      // the full-width digit is the one char normalisation rewrites (１ → 1, NFKC)
      expect(raw[prepared.toOriginal(i)]!.normalize("NFKC")).toBe(prepared.text[i]);
    }
    const at = prepared.text.indexOf("15节");
    expect(raw.slice(prepared.toOriginalSpan(at, at + 3).start, prepared.toOriginalSpan(at, at + 3).end)).toBe("15 节");
  });

  it("every extractor sees the targets and dates: analyse() gives them", () => {
    const targets = (text: string) => analyse(text, { segment: false })[0]!.targets.map((t) => [t.value, t.unit]);
    expect(targets("每学期听课不少于 15 节。")).toEqual([[15, "节"]]);
    expect(targets("全年发表论文 5 篇以上。")).toEqual([[5, "篇"]]);
    expect(targets("每周 2 次教研活动。")).toEqual([[2, "次"]]);
    expect(targets("每学期听课 15-20 节。")).toEqual([[15, "节"]]);
    expect(targets("及格率达到 95 % 以上。")).toEqual([[95, "%"]]);
    const dates = analyse("2020年秋季学校工作计划\n于 2020 年 10 月 召开教研会议。", { segment: false })[0]!.dates;
    expect(dates.map((d) => [d.from, d.to])).toContainEqual(["2020-10-01", "2020-10-31"]);
  });
});

describe("letter spacing inside Han text is dropped", () => {
  it("a title or heading set out char by char: 学 校 工 作 计 划, 一、指　导　思　想", () => {
    expect(clean("2021年 学 校 教 研 工 作 计 划")).toBe("2021年学校教研工作计划");
    expect(clean("一、指　导　思　想")).toBe("一、指导思想");
    expect(clean("二、工\t作\t目\t标")).toBe("二、工作目标");
  });

  it("kept: words of two chars or more, two chars only, the space after a spaced heading", () => {
    for (const raw of ["时间 地点 内容", "张三 李四 王五", "周一 至 周五", "工 作"]) expect(clean(raw)).toBe(raw);
    expect(clean("一、指 导 思 想 坚持立德树人")).toBe("一、指导思想 坚持立德树人");
  });

  it("spaced headings get their kinds and the map stays exact", () => {
    const raw = "学 校 教 研 工 作 计 划\n一、指 导 思 想\n坚持立德树人。\n二、工 作 目 标\n每学期听课不少于15节。";
    const plan = analyse(raw, { segment: false })[0]!;
    expect(plan.sections.map((s) => [s.title, s.kind])).toEqual([["一、指导思想", "guiding"], ["二、工作目标", "goals"]]);
    const prepared = prepareText(raw);
    for (let i = 0; i < prepared.text.length; i++) expect(raw[prepared.toOriginal(i)]).toBe(prepared.text[i]);
  });
});
