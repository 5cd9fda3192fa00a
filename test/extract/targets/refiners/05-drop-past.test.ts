import { describe, expect, it } from "vitest";
import type { Section } from "../../../../src/types.js";
import { targetsOf } from "../_helpers.js";

const section = (kind: Section["kind"], start: number, end: number, title: string): Section => ({
  kind, title, start, end, titleSpan: { start, end: start + title.length }, level: 1, marker: "", children: [],
});

describe("refiners/drop-past", () => {
  it.each([
    "去年共发表论文15篇",
    "上学期开展了三次活动",
    "我校现有教师85人",
    "已完成两项课题",
    "在举办四期培训班的基础上，启动新培训",
    "我校现有教学班24个，学生1056人，教师68人。",
  ])("%s → no target", (text) => {
    expect(targetsOf(text)).toEqual([]);
  });
  it.each([
    ["优秀率比去年提高2个百分点", "2个百分点"],
    ["合格率较上学期提升3%", "3%"],
    ["在去年的基础上提高5个百分点", "5个百分点"],
    ["力争合格率较上学期提高不少于5个百分点", "不少于5个百分点"],
  ])("a change against a past baseline is a commitment: %s → %s", (text, quote) => {
    expect(targetsOf(text).map((t) => t.text)).toEqual([quote]);
  });
  it.each([
    "优秀率比去年已提高2个百分点",
    "优秀率比去年提高了2个百分点",
    "去年优秀率提高3个百分点",
    "去年比赛获奖人数增加10人",
  ])("a change already made, or with no baseline named, stays past: %s → no target", (text) => {
    expect(targetsOf(text)).toEqual([]);
  });
  it.each([
    ["本学期每位教师累计听课不少于20节。", "不少于20节"],
    ["每人每年累计参加培训72学时。", "72学时"],
    ["三年内累计培养骨干教师30名。", "30名"],
    ["要累计完成培训40学时。", "40学时"],
  ])("a running total with a bound, a period or a word of intent is a commitment: %s → %s", (text, quote) => {
    expect(targetsOf(text).map((t) => t.text)).toEqual([quote]);
  });
  it.each(["本学期累计培训教师300人次，取得了较好效果。", "学校累计投入资金50万元。"])(
    "累计 with a plain figure reports a total: %s → no target", (text) => {
      expect(targetsOf(text)).toEqual([]);
    });
  it.each(["学校有教职工120人，学生1500人。", "全校有教师86名，其中高级教师20名。", "我校有教学班24个，学生1056人。"])(
    "a sentence opening with the school and 有 + a count states what it has: %s → no target", (text) => {
      expect(targetsOf(text)).toEqual([]);
    });
  it.each([
    ["确保学校有1名专职心理教师。", "1名"],
    ["学校有信心确保合格率达到100%。", "100%"],
    ["学校有序开展3次应急疏散演练。", "3次"],
    ["教研组有成员8人，本学期每人上公开课1节。", "1节"],
  ])("有 not opening the sentence, not followed by a held count, an adverb 有序, or a later full clause: %s → %s", (text, quote) => {
    expect(targetsOf(text).map((t) => t.text)).toEqual([quote]);
  });
  it("现有 as an adjective (对现有课题进行管理，每月一次…) does not drop the later count", () => {
    expect(targetsOf("对学校现有课题进行规范管理,每月一次组织专题研讨。").map((t) => t.text)).toEqual(["每月一次"]);
  });
  it("a quantity in a situation section is dropped, the same one in goals is kept", () => {
    const text = "一、基本情况\n学校有教师85人。\n二、工作目标\n培训教师85人。";
    const split = text.indexOf("二、");
    const sections = [section("situation", 0, split, "一、基本情况"), section("goals", split, text.length, "二、工作目标")];
    expect(targetsOf(text, { sections }).map((t) => [t.text, t.sectionPath])).toEqual([["85人", ["二、工作目标"]]]);
  });
});

describe("refiners/drop-past: a past frame opening the sentence", () => {
  it.each([
    "过去的一年里，我校共开展教研活动12次。",
    "开学以来，学校共组织听课活动8次。",
    "上一年度，教师发表论文25篇。",
    "1、去年，我校教师在各级比赛中获奖36人次。",
    "上学期，全校共举行公开课30节，评选优秀教案15篇。",
    "一年来，我们组织教师培训8次，参训教师200人次。",
    "自2020年以来，学校组织送教下乡10次。",
    "在过去的一个学期中，全校教师共撰写论文50篇。",
    "回顾上学期，我们开展了教研活动10次，本学期将继续开展。",
  ])("%s → no target", (text) => {
    expect(targetsOf(text)).toEqual([]);
  });
  it.each([
    ["去年我校中考优秀率为85%，今年力争达到90%。", ["90%"]],
    ["过去的一年，学校开展读书活动4次，本学期计划开展6次。", ["6次"]],
    ["上学期，学校被评为先进单位，新学期将开展读书活动3次。", ["3次"]],
    ["建校以来，学校培养骨干教师20名，今后每年培养2名。", ["2名"]],
    ["近年来，随着课改深入，我们必须每学期开展校本培训2次。", ["2次"]],
    ["学校总结去年经验，本学期开展活动5次。", ["5次"]], // 去年 does not open the sentence
    ["每周一次，全年开展30次。过去的一年里，我校共开展教研活动12次。", ["每周一次", "30次"]], // not over a sentence end
    ["为了落实新课改以来的各项要求，学校每学期开展教研活动4次。", ["4次"]], // a long first clause ending in 以来… is not a frame
  ] as const)("a word of the plan after the frame, or no frame at the start, keeps it: %s → %j", (text, quotes) => {
    expect(targetsOf(text).map((t) => t.text)).toEqual(quotes);
  });
});

describe("refiners/drop-past: a total done (共 … 了)", () => {
  it.each(["本学期共开展了公开课20节。", "本学期共组织了3次家长会。", "为了提高教学质量，全校共开展了公开课20节。", "本学期共计完成了听课任务400节。"])("%s → no target", (text) => {
    expect(targetsOf(text)).toEqual([]);
  });
  it.each([
    ["为了提高质量，本学期共开展公开课20节。", "20节"], // 为了 is not perfective, and no 了 after 共
    ["本学期共开展了解学情的问卷调查2次。", "2次"], // 了解 is not perfective
  ])("%s → %s kept", (text, quote) => {
    expect(targetsOf(text).map((t) => t.text)).toEqual([quote]);
  });
});

describe("refiners/drop-past: a state earlier in the sentence", () => {
  it.each([
    ["上学期我校教师共有15人次在市级以上比赛中获奖，本学期力争达到20人次。", ["20人次"]],
    ["学校现有教师85人，今年计划招聘新教师10人。", ["10人"]],
  ] as const)("a word of the plan after the state keeps what follows: %s → %j", (text, quotes) => {
    expect(targetsOf(text).map((t) => t.text)).toEqual(quotes);
  });
});

describe("refiners/drop-past: 上学期间 is 'while at school', not 'last term'", () => {
  it.each(["学生上学期间每天体育活动不少于1小时。", "上学期间，学生每天在校体育活动时间不少于1小时。"])("%s → 不少于1小时 kept", (text) => {
    expect(targetsOf(text).map((t) => t.text)).toEqual(["不少于1小时"]);
  });
});
