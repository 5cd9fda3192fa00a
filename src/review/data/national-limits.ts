import type { ChecklistLimit } from "../../checklist/index.js";

const PRIMARY = "小学|一年级|二年级|三年级|四年级|五年级|六年级|低年级|中年级|高年级|低段|中段|高段";
const JUNIOR = "初中|七年级|八年级|九年级";

/**
 * Limits plans are reviewed against that no coverage item holds (the checklist's `limits` are about its items):
 * 教育部办公厅《关于进一步加强中小学生睡眠管理工作的通知》(教基厅函〔2021〕11号): "小学生每天睡眠时间应达到
 * 10小时，初中生应达到9小时，高中生应达到8小时". A plan naming no level is held to the lowest floor.
 */
export const NATIONAL_LIMITS: readonly ChecklistLimit[] = [
  {
    unit: "小时", per: "天", min: 10, when: ["睡眠", PRIMARY], unless: [...JUNIOR.split("|"), "高中", "中小学"],
    note: "小学生每天睡眠时间应达到10小时", source: "睡眠管理通知 2021",
  },
  {
    unit: "小时", per: "天", min: 9, when: ["睡眠", JUNIOR], unless: ["高中"],
    note: "初中生每天睡眠时间应达到9小时", source: "睡眠管理通知 2021",
  },
  {
    unit: "小时", per: "天", min: 8, when: ["睡眠"],
    note: "小学生每天睡眠时间应达到10小时，初中生9小时，高中生8小时", source: "睡眠管理通知 2021",
  },
];
