import { describe, expect, it } from "vitest";
import { brief, targetsOf } from "./_helpers.js";

/** ../shared/HARD-CASES.md "Targets and numbers" (rows 25–39) and rows 2–3. [input, expected targets as brief()] */
const ROWS: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly unknown[]>]> = [
  ["#2", "12月前开展一次德育教育典型案例征集评选活动", [["一次", 1, null, "次", "=", null]]],
  ["#3", "本学期计划培训一到两次", [["一到两次", 1, 2, "次", "range", null]]],
  ["#25", "每学期不少于15篇", [["每学期不少于15篇", 15, null, "篇", ">=", "学期"]]],
  ["#26", "创建全市小学新常规达标校97%以上", [["97%以上", 97, null, "%", ">=", null]]],
  ["#27", "一到两次", [["一到两次", 1, 2, "次", "range", null]]],
  ["#28", "一个学段一学期送教到校开展教研培训和深入学校备课组活动分别不少于3次和4次", [
    ["不少于3次", 3, null, "次", ">=", "学期"],
    ["4次", 4, null, "次", ">=", "学期"],
  ]],
  ["#29", "普通教师每学期听课不得少于8次，教龄不足三年者每学期听课次数不得少于15次", [
    ["不得少于8次", 8, null, "次", ">=", "学期"],
    ["不得少于15次", 15, null, "次", ">=", "学期"],
  ]],
  // rule (matchers/range.ts): explicit bounds win, 以上 is emphasis → range 5..6
  ["#30", "论文要有5-6篇以上获奖", [["5-6篇以上", 5, 6, "篇", "range", null]]],
  ["#31", "用三到四周的时间开展研究", [["三到四周", 3, 4, "周", "range", null]]],
  ["#32", "二周一次教研组研讨学习", [["二周一次", 1, null, "次", "=", "周"]]],
  ["#33a", "每月1节以上", [["每月1节以上", 1, null, "节", ">=", "月"]]],
  ["#33b", "每周不少于两人次", [["每周不少于两人次", 2, null, "人次", ">=", "周"]]],
  ["#34a", "每学科出两套试卷", [["两套", 2, null, "套", "=", null]]],
  ["#34b", "组织讲座两次以上", [["两次以上", 2, null, "次", ">=", null]]],
  ["#35a", "相同知识点不超过30%", [["不超过30%", 30, null, "%", "<=", null]]],
  ["#35b", "作业时间控制在90分钟以内", [["控制在90分钟以内", 90, null, "分钟", "<=", null]]],
  ["#35c", "成绩超过上学期", []],
  ["#36a", "一二年级不布置书面作业", []],
  ["#36b", "每人承担两三个小课题", [["两三个", 2, 3, "个", "range", null]]],
  ["#36c", "教师每年必须读好一、二本教育名著", [["一、二本", 1, 2, "本", "range", "年"]]],
  ["#37a", "严格执行“三会一课”制度", []],
  ["#37b", "小毕考“一分两率”力达县平均水平", []],
  ["#37c", "开展六个一活动", []],
  ["#37d", "推进“1+5”学校发展共同体建设", []],
  ["#37e", "完成《1252-SMART(智慧)课堂初中教学模式研究》结题鉴定", []],
  ["#37f", "申报第三批新常规达标校，组织第23届推普周活动", []],
  ["#37g", "根据江教体发〔2020〕73号文件", []],
  ["#37h", "在市级以上刊物发表，获市一等奖以上", []],
  ["#38", "总量达到全区教师数的50%以上", [["50%以上", 50, null, "%", ">=", null]]],
  ["#39a", "及格率达到百分之九十五", [["百分之九十五", 95, null, "%", "=", null]]],
  ["#39b", "优秀率提高20个百分点", [["20个百分点", 20, null, "个百分点", "=", null]]],
  ["#39c", "抽查十分之一的作业", [["十分之一", 10, null, "%", "=", null]]],
];

describe("HARD-CASES targets", () => {
  it.each(ROWS)("%s %s", (_row, input, expected) => {
    expect(targetsOf(input).map(brief)).toEqual(expected);
  });

  it("#32 二周一次 → per 周 with perCount 2", () => {
    const [t] = targetsOf("二周一次教研组研讨学习");
    expect(t).toMatchObject({ per: "周", perCount: 2, matcher: "targets/interval-frequency" });
  });
  it("#29 不足三年 is a condition, not a target", () => {
    const texts = targetsOf("教龄不足三年者每学期听课次数不得少于15次").map((t) => t.text);
    expect(texts).toEqual(["不得少于15次"]);
  });
  it("#21 要求各校…每周一次登录 → 1 次 per 周, subject 各校", () => {
    const [t] = targetsOf("要求各校每周一次登录平台");
    expect(t).toMatchObject({ text: "每周一次", value: 1, per: "周", perCount: 1, subject: "各校" });
  });
  it("#22 每位教师每周一晚上 → no target", () => {
    expect(targetsOf("每位教师每周一晚上集中学习")).toEqual([]);
  });
  it("#20 到校三年以内的青年教师 → no target", () => {
    expect(targetsOf("到校三年以内的青年教师")).toEqual([]);
  });
  it("#4 开学二周后 → no target (a point in time)", () => {
    expect(targetsOf("开学二周后：对所属教师的教案进行检查")).toEqual([]);
  });
  it("a span before an event is an offset, not a target; the first minutes of a lesson are a quantity", () => {
    expect(targetsOf("每期结束前一个月,通知教科室。期末考试前两周完成复习。开学前两周完成备课。")).toEqual([]);
    expect(targetsOf("每堂课前五分钟算练习").map(brief)).toEqual([["五分钟", 5, null, "分钟", "=", "课"]]);
  });
  it("a lesson's own length, any lesson and one-against-many slogans are not counts", () => {
    expect(targetsOf("不断提高课堂40分钟教学效益。向课堂45分钟要质量。")).toEqual([]);
    expect(targetsOf("对教师如何上好一堂课,组织全员听课。设计好一节课。")).toEqual([]);
    expect(targetsOf("产生一人学习,多人受益的效应。一人外出,众人受益。")).toEqual([]);
    // still counts: a lesson's minutes as a requirement, one lesson as a commitment, one person with no contrast
    expect(targetsOf("每节课讲授不超过20分钟").map(brief)).toEqual([["不超过20分钟", 20, null, "分钟", "<=", "课"]]);
    expect(targetsOf("每位教师每学期上好一堂公开课").map((t) => t.value)).toEqual([1]);
    expect(targetsOf("每校推荐一人参加").map((t) => t.value)).toEqual([1]);
  });
  it("#34 a count opening a sentence that repeats the one before (两套试卷。两套试卷…) refers back: listed once", () => {
    expect(targetsOf("要负责出a、b两套试卷,并附有标准答案。两套试卷相同知识点不能超过30%。").map((t) => t.text)).toEqual(["两套", "不能超过30%"]);
    // not a back-reference: a new line, a different noun, or not at the start of the sentence
    expect(targetsOf("出两套试卷。\n两套试卷由教研组审核。").map((t) => t.text)).toEqual(["两套", "两套"]);
    expect(targetsOf("出两套试卷。两套答案另附。").map((t) => t.text)).toEqual(["两套", "两套"]);
    expect(targetsOf("出两套试卷。另出两套试卷备用。").map((t) => t.text)).toEqual(["两套", "两套"]);
  });
  it("#19 十三五 / 十四五期间 → no target", () => {
    expect(targetsOf("“十三五”期间和十四五期间")).toEqual([]);
  });
});
