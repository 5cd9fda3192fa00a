/**
 * Measure words that make a number a checkable quantity (data; extend freely).
 * Matching is longest first, so 人次 wins over 人 and 个月 over 个.
 * Left out on purpose: 年 (durations and dates), 月/日/号 (dates), 岁 (ages), 级/年级 (grades), 届/等 (ranks),
 * 页 (page counts of a web page), 批/支 (一批/一支 are vague), 分 (十分 = "very").
 */
export const UNITS: readonly string[] = [
  "人次", "场次", "课时", "学时", "学分", "小时", "分钟", "个小时", "个课时", "个学时", "个月", "个星期", "星期", "个百分点", "万元", "万字", "户",
  "篇", "次", "节", "所", "人", "个", "项", "周", "字", "套", "本", "名", "份", "场", "期", "堂", "位",
  "门", "件", "册", "轮", "天", "张", "元", "课", "遍", "章", "首", "幅", "种", "处", "家", "组", "间",
];

/** Units written with the classifier 个 before a time noun: the unit is the noun ("两个星期" → 星期, "一个小时" → 小时). */
export const UNIT_NAMES: Readonly<Record<string, string>> = { 个月: "月", 个星期: "星期", 个小时: "小时", 个课时: "课时", 个学时: "学时" };

/** Period words after 每 (per) and in "二周一次" intervals. */
export const PERIODS: readonly string[] = [
  "学期", "学年", "年度", "季度", "年", "月", "周", "星期", "天", "日", "堂课", "节课", "课时", "课", "单元", "学段",
];

/** A per that means "term" when written with 一 instead of 每: "一学期送教…不少于3次". */
export const ONE_PERIODS: readonly string[] = ["学期", "学年"];

/** Periods that 一 makes a frequency when written right before the quantity: "一日不少于1小时", "一年两期". */
export const ADJACENT_ONE_PERIODS: readonly string[] = ["学期", "学年", "年", "月", "周", "星期", "日", "天"];

/**
 * Verbs that may stand between an interval and its count ("两周开展一次", "三个月召开一次"): an event happens, so
 * the period before is how often (matchers/interval-frequency.ts).
 */
export const EVENT_VERBS: readonly string[] = [
  "开展", "进行", "举行", "举办", "召开", "组织", "活动", "安排", "检查", "开", "上", "听", "搞",
];
