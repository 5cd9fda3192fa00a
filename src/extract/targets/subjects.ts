/**
 * Who must meet a target (data). A subject is the last of these in the sentence before the quantity.
 * Distributive forms (每位X, 各X) come from SUBJECT_HEADS × SUBJECT_NOUNS; the rest are whole words.
 */
export const SUBJECT_HEADS: readonly string[] = ["每位", "每名", "每个", "每一位", "每一名", "每一个", "每", "各", "全体", "所有"];
export const SUBJECT_NOUNS: readonly string[] = [
  "教师", "老师", "学生", "班级", "班", "学校", "校", "园", "幼儿园", "教研组", "备课组", "学科组", "年级组",
  "年级", "学科", "班主任", "教研员", "学员", "成员", "党员", "人", "家长", "课题组", "工作室", "校区",
];
export const SUBJECT_WORDS: readonly string[] = [
  "教研组长", "备课组长", "年级组长", "青年教师", "骨干教师", "新教师", "普通教师", "学科带头人", "名师",
  "班主任", "教研员", "校长", "副校长", "中层干部", "行政人员", "行政领导", "教导主任", "教务处", "教科室",
  "教研室", "学校", "教师", "老师", "学生", "学员",
];
