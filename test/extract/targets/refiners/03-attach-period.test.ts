import { describe, expect, it } from "vitest";
import { targetsOf } from "../_helpers.js";

describe("refiners/attach-period", () => {
  it.each([
    ["每学期不少于15篇", "每学期不少于15篇", "学期", 1],
    ["每周一次", "每周一次", "周", 1],
    ["每年至少参加2次", "每年至少参加2次", "年", 1],
    ["一日不少于1小时", "一日不少于1小时", "天", 1],
    ["示范课2节/年", "2节/年", "年", 1],
    ["每半月提供一次", "一次", "月", 0.5],
    ["校长每周召开一次例会", "一次", "周", 1],
    ["每堂课前五分钟练习", "五分钟", "课", 1],
    ["每个月上交一篇", "一篇", "月", 1],
  ] as const)("%s → quote %s, per %s ×%d", (text, quote, per, perCount) => {
    expect(targetsOf(text)[0]).toMatchObject({ text: quote, per, perCount });
  });
  it.each([
    ["至少每周3次。", "至少每周3次", ">=", "周"],
    ["不少于每学期2次。", "不少于每学期2次", ">=", "学期"],
    ["至少每周听课1节。", "至少每周听课1节", ">=", "周"],
    ["最多每天布置作业1小时。", "最多每天布置作业1小时", "<=", "天"],
  ] as const)("a comparator before 每X bounds the quantity: %s → %s %s per %s", (text, quote, comparator, per) => {
    expect(targetsOf(text).map((t) => [t.text, t.comparator, t.per])).toEqual([[quote, comparator, per]]);
  });
  it("not over another number: 至少每周两次，每次1小时 → the second stays =", () => {
    expect(targetsOf("至少每周两次，每次1小时。").map((t) => [t.text, t.comparator])).toEqual([["至少每周两次", ">="], ["1小时", "="]]);
  });
  it("本学期…一本 → per null (本学期 is a date, not a period)", () => {
    expect(targetsOf("本学期研读一本教育专著")[0]).toMatchObject({ text: "一本", per: null, perCount: null });
  });
  it.each(["每个年级开展2次活动", "每三个年级组成一个片区，开展2次活动"])("年级 is a grade, not a year: %s → per null", (text) => {
    expect(targetsOf(text).map((t) => t.per)).not.toContain("年");
  });
  it("第一学期 is a term, not a period: 2021-2022学年第一学期开展5次 → per null", () => {
    expect(targetsOf("2021-2022学年第一学期开展5次")[0]).toMatchObject({ text: "5次", per: null, perCount: null });
  });
  it("其中 takes the period of the clause before: 每人每学期听课10节以上，其中同学科不少于6节 → per 学期", () => {
    expect(targetsOf("每人每学期听课10节以上，其中同学科不少于6节").map((t) => [t.text, t.per])).toEqual([["10节以上", "学期"], ["不少于6节", "学期"]]);
  });
  it("其中 after a sentence end does not reach back: 每学期听课10节。其中6节 → per null", () => {
    expect(targetsOf("每学期听课10节。其中同学科6节")[1]?.per).toBeNull();
  });
  it("每学期 in an earlier clause does not leak: 每学期开会，完成两次 → per null", () => {
    expect(targetsOf("每学期开会，完成两次")[0]?.per).toBeNull();
  });
});

describe("refiners/attach-period: a count between 每 and the period", () => {
  it.each([
    ["每两周对各班进行一次检查", "一次", "周", 2],
    ["各教研组每两周集中学习一次", "一次", "周", 2],
    ["每三个月向家长通报一次", "一次", "月", 3],
    ["每隔两周对作业抽查一次", "一次", "周", 2],
    ["每一个月上交一篇", "一篇", "月", 1],
  ] as const)("%s → quote %s, per %s ×%d", (text, quote, per, perCount) => {
    const targets = targetsOf(text);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ text: quote, per, perCount });
  });
});

describe("refiners/attach-period: a 每X carried over the comma clauses of a list", () => {
  it.each([
    ["每人每年读书不少于2本，写读书心得不少于2篇。", [["不少于2本", "年"], ["不少于2篇", "年"]]],
    ["每生每学期阅读课外书不少于5本，写读书笔记1万字。", [["不少于5本", "学期"], ["1万字", "学期"]]],
    ["每位教师每学期听课不少于20节，上公开课1节，撰写教学反思5篇。", [["不少于20节", "学期"], ["1节", "学期"], ["5篇", "学期"]]],
    ["学校每年组织教师外出培训2次，邀请专家讲座3次。", [["2次", "年"], ["3次", "年"]]],
  ] as const)("%s", (text, expected) => {
    expect(targetsOf(text).map((t) => [t.text, t.per])).toEqual(expected);
  });
  it.each([
    ["每周一次，全年不少于30次。", "不少于30次"], // 全年 states its own period
    ["每学期听课20节，本学年开展课题研究1项。", "1项"],
    ["每周听课1节，全学期共计不少于18节。", "不少于18节"],
    ["每学期开展2次活动。学校组织3次比赛。", "3次"], // a sentence end
    ["每人每学期上交教学设计1篇；完成课题研究1项。", "1项"], // a semicolon
    ["每学期听课10节，青年教师听课20节。", "20节"], // another subject
    ["每周开展一次集体备课，每次不少于1小时。", "不少于1小时"], // 每次
    ["每周开展一次集体备课，时间不少于1小时。", "不少于1小时"], // a property of each event
    ["每学期举行2次教学比武，评出一等奖3名。", "3名"],
    ["每学期开展一次公开课活动，参与率达到100%。", "100%"], // a rate
    ["每周一次，坚持15周。", "15周"], // a span
    ["每学期初，组织教师学习2次。", "2次"], // no quantity of its own to distribute
    ["每周五下午开展教研活动，活动时间2小时。", "2小时"], // 每周五 is a weekday
    ["教研活动每周三下午第二节课后进行，时长1.5小时。", "1.5小时"], // and 第二节 an ordinal
    ["读书6本、每学期3本，写心得2篇。", "2篇"], // the 每X does not open its clause's quantities
    ["每学期听课20节，围绕课堂观察认真开展听评课研究并对照课程标准深入分析课堂教学中存在的问题形成改进建议及相应的反思材料并撰写听课报告2篇。", "2篇"], // a long clause
  ] as const)("not carried: %s → %s per null", (text, quote) => {
    expect(targetsOf(text).find((t) => t.text === quote)?.per).toBeNull();
  });
});
