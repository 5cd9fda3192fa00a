import type { SectionKind } from "../types.js";

/**
 * Words that name a section, per kind (ANNOTATION.md "sections"). A term inside a longer one does not
 * count ("保障措施" is safeguards, not 措施); a title naming measures with something else is measures
 * ("工作目标及措施", "工作要点及思路": the body is the work); otherwise the earliest term wins.
 */
export const SECTION_VOCABULARY: Readonly<Record<Exclude<SectionKind, "measures" | "other">, readonly string[]>> & {
  readonly measures: readonly string[];
  readonly other: readonly string[];
} = {
  guiding: ["指导思想", "总体思路", "工作思路", "指导方针", "总体要求", "指导原则", "基本思路", "工作理念", "办学理念", "思想认识"],
  situation: ["基本情况", "现状分析", "工作回顾", "学情分析", "形势分析", "情况分析", "基本现状", "现状与问题", "学校现状", "工作背景", "存在问题", "存在的问题", "存在不足", "存在的不足"],
  goals: ["工作目标", "总体目标", "主要目标", "目标任务", "奋斗目标", "具体目标", "发展目标", "年度目标", "工作目的"],
  measures: [
    "具体措施", "工作措施", "主要措施", "工作重点", "重点工作", "主要工作", "工作要点", "工作任务", "实施策略",
    "具体工作", "主要任务", "重点任务", "实施措施", "工作内容", "主要内容", "实施步骤", "工作策略", "措施",
  ],
  safeguards: ["组织保障", "保障措施", "组织领导", "工作要求", "保障机制", "工作保障", "几点要求", "相关要求", "条件保障", "组织机构",
    // the leading group is the 组织领导 part ("成立工作领导小组": its members and duties, not a line of work)
    "领导小组"],
  calendar: [
    "行事历", "工作安排", "月份安排", "活动安排", "具体安排", "日程", "工作日程", "时间安排", "每月工作安排",
    "月工作安排", "进度安排", "工作进度", "时间表", "活动计划表", "行事安排", "月历",
  ],
  other: ["附件", "结语", "具体分工", "附表", "附则", "附录", "结束语"],
};

/** Section words that always open a top-level part, even with a colon: what follows them is not the plan body. */
export const TOP_LEVEL_TERMS: readonly string[] = ["附件", "附表", "结语"];

/**
 * Characters that continue a title after a vocabulary term ("工作目标及措施", "指导思想和工作思路"):
 * when one follows the term, a run-in title is not cut there.
 */
export const TITLE_CONNECTORS = "和及与、暨并:：;；（(";

/** Name endings that name a line of work ("德育工作", "教学管理", "队伍建设"): an unnumbered heading so named is measures. */
export const WORK_LINE_ENDINGS: readonly string[] = ["工作", "管理", "建设", "活动", "教育", "教研", "研究", "培训"];

/** Title openings that name a line of work: a top-level heading starting with one is a measures section. */
export const WORK_LINE_OPENINGS: readonly string[] = [
  "加强", "落实", "深化", "推进", "提升", "提高", "开展", "完善", "抓好", "做好", "强化", "创新", "实施", "建立",
  "优化", "着力", "进一步", "继续", "坚持", "注重", "关注", "聚焦", "聚力", "扎实", "夯实", "打造", "构建", "健全",
  "规范", "促进", "培养", "培育", "发挥", "突出", "重视", "搞好", "组织", "立足", "围绕", "以", "用", "抓", "积极",
  "大力", "全面", "切实", "认真", "努力", "改革", "创建", "建设", "推动", "探索", "发展", "增强", "狠抓", "严格",
];

/**
 * Endings that name a section's kind when no section word does: a short name ending so is a part of that kind
 * ("基本原则" guiding; "学校概况", "教材分析" situation; "教学目标", "活动目的" goals; "经费保障", "活动要求" safeguards; "教学进度"
 * calendar). Only short names not opening a line of work: "加强安全教育，完善安全保障" is a line of work (measures).
 */
export const KIND_ENDINGS: readonly { readonly ending: string; readonly kind: SectionKind }[] = [
  { ending: "原则", kind: "guiding" },
  { ending: "概况", kind: "situation" },
  { ending: "分析", kind: "situation" },
  { ending: "目标", kind: "goals" },
  { ending: "目的", kind: "goals" },
  { ending: "保障", kind: "safeguards" },
  { ending: "要求", kind: "safeguards" },
  { ending: "进度", kind: "calendar" },
  // "活动时间", "实施时间": when the work happens, the 时间安排 part
  { ending: "时间", kind: "calendar" },
  // "面临的形势", "当前形势": the 形势分析 part
  { ending: "形势", kind: "situation" },
  // "人员分工", "责任分工": who does what, like 具体分工 (no line of work); "几点说明": remarks, like 附则
  { ending: "分工", kind: "other" },
  { ending: "说明", kind: "other" },
  // "五、其他": what is left over names no line of work ("其他工作" does, by its ending)
  { ending: "其他", kind: "other" },
  { ending: "其它", kind: "other" },
];
/** The longest name KIND_ENDINGS are read from ("本学期教学质量目标"). */
export const MAX_ENDING_NAME_CHARS = 9;
