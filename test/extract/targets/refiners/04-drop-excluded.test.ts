import { describe, expect, it } from "vitest";
import { targetsOf } from "../_helpers.js";

describe("refiners/drop-excluded", () => {
  it("间隔 without 每 keeps its span: 两节课间隔10分钟 → 10 分钟", () => {
    expect(targetsOf("两节课间隔10分钟").map((t) => t.text)).toContain("10分钟");
  });
  it("数 before a plain number is not vague: 参加人数20人 → 20 人", () => {
    expect(targetsOf("参加人数20人").map((t) => t.text)).toEqual(["20人"]);
  });
  it.each([
    ["第三批", "申报第三批示范校"],
    ["前三名", "力争进入前三名"],
    ["每一位", "每一位教师都要参加"],
    ["新一轮", "开展新一轮课题研究"],
    ["初三", "初三轮流开课"],
    ["三年级", "三年级开展"],
    ["一次性", "一次性完成"],
    ["二次学习", "为学生二次学习服务"],
    ["开学后一周", "开学后一周交至教务处"],
    ["两天内", "两天内完成"],
    ["是一项", "教科研是一项长期的工作"],
    ["一人一课", "开展一人一课活动"],
    ["summary with 、", "从校本培训、校本教研和校本科研三个维度考核"],
    ["summary after a quote", "实施“普及攻坚”和“推普脱贫攻坚”两项工程"],
    ["summary after 等", "教学质量、学校管理等五个方面实现提升"],
    ["summary before a colon", "重点抓好五项工作：一是健全制度"],
    ["book title", "完成《三个课堂的五项研究》"],
    ["short quotation", "开展“两节课”活动"],
    ["short ASCII quotation", '开展"两节课"活动'],
    ["parenthetical title note", "工作计划(十五篇)"],
    ["question", "我们该如何写一篇完美的计划呢?"],
    ["bare magnitude name", "乡村百所小而优学校建设"],
    ["distributive 一个X一学期", "一个学段一学期送教到校"],
    ["anniversary 周年", "庆祝建党100周年"],
    ["ordinal range 第1-2周", "第1-2周完成"],
    ["vague 几十", "几十名教师参加"],
    ["vague 数十", "发表数十篇论文"],
    ["vague 数百", "培训数百人次"],
    ["ordinal range 第三至五周", "第三至五周开展复习"],
    ["anniversary 周年 in Chinese numerals", "筹备建校六十周年校庆"],
    ["lesson length before 课堂", "提高40分钟课堂教学效率"],
    ["summary 件 before a colon", "抓好三件事：备课、上课、辅导"],
    ["idiom 一个不少", "全体教师人人参与，一个不少"],
    ["idiom 一个都不能少", "学生一个都不能少"],
    ["lesson length slogan 向N分钟要质量", "向40分钟要质量"],
    ["lesson length: 课堂 ends the phrase", "打造高效40分钟课堂。"],
    ["lesson length: 课堂 at the end of the text", "打造高效40分钟课堂"],
    ["lesson length before 课堂上", "在40分钟课堂上落实分层教学"],
    ["lesson length before 课堂的", "提高40分钟课堂的教学效率"],
  ])("%s: %s → no target", (_name, text) => {
    expect(targetsOf(text)).toEqual([]);
  });
  it.each([
    ["每位教师每学期听课节数为20节。", "20节"],
    ["每次活动时间为2小时。", "2小时"],
    ["每次培训时间为一小时。", "一小时"],
    ["每学期开展公开课为2节。", "2节"],
  ])("a copula before a number that is not the article 一 states the quantity: %s → %s", (text, quote) => {
    expect(targetsOf(text).map((t) => t.text)).toEqual([quote]);
  });
  it.each(["课题只是一个平台", "努力成为一名研究型教师", "把读书作为一项常规工作"])("copula + 一 + classifier is a description: %s → no target", (text) => {
    expect(targetsOf(text)).toEqual([]);
  });
  it("二次 after a comparator is a count, not 'secondary': 每学期至少开展二次主题教研活动 → 2 次 >=", () => {
    expect(targetsOf("每学期至少开展二次主题教研活动").map((t) => [t.text, t.value, t.comparator])).toEqual([["每学期至少开展二次", 2, ">="]]);
    expect(targetsOf("认真进行二次备课")).toEqual([]);
  });
  it("N分钟课堂 is the lesson's length, the bound inside it a quantity: 45分钟课堂中，教师讲授时间不超过15分钟 → 15 分钟 only", () => {
    expect(targetsOf("45分钟课堂中，教师讲授时间不超过15分钟。").map((t) => t.text)).toEqual(["不超过15分钟"]);
    expect(targetsOf("每节课安排10分钟课堂练习。").map((t) => t.text)).toEqual(["10分钟"]);
  });
  it("a long quotation, or ASCII quotes split by a line break, keep their counts", () => {
    expect(targetsOf("落实“每学期听课不少于十五节的要求”").map((t) => t.text)).toEqual(["不少于十五节"]);
    expect(targetsOf('开展"活动\n两节课"').map((t) => t.text)).toEqual(["两节"]);
  });
  it("a named numeral from the data list: 三会一课 → no target, but 开展一次 in the same sentence stays", () => {
    expect(targetsOf("执行三会一课制度，每月开展一次").map((t) => t.text)).toEqual(["每月开展一次".slice(4)]);
  });
});

describe("refiners/drop-excluded: a count after one quoted name", () => {
  it.each([
    ["评选“书香班级”5个。", "5个"],
    ["评选出“优秀教研组”3个，表彰先进。", "3个"],
  ])("that ends its clause counts the name: %s → %s", (text, quote) => {
    expect(targetsOf(text).map((t) => t.text)).toEqual([quote]);
  });
  it.each(["抓好“读书工程”“青蓝工程”两项。", "实施“读书工程”和“青蓝工程”两项工程。", "落实“双减”两项要求。"])("a list or a noun after it stays a summary: %s → no target", (text) => {
    expect(targetsOf(text)).toEqual([]);
  });
});
