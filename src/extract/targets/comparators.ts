import type { Comparator } from "../../types.js";

/**
 * Comparator words (data). 以上/以下 include the number (民法典 第1259条), so 97%以上 is ">=".
 * 超过 is strict (">"). Prefix words stand right before the number, suffix words right after the unit.
 */
export const PREFIX_COMPARATORS: Readonly<Record<string, Comparator>> = {
  不少于: ">=", 不得少于: ">=", 不能少于: ">=", 不应少于: ">=", 不可少于: ">=", 应不少于: ">=", 不低于: ">=",
  不得低于: ">=", 不能低于: ">=", 不应低于: ">=", 至少: ">=", 最少: ">=", 起码: ">=", 不小于: ">=",
  超过: ">", 多于: ">", 高于: ">", 大于: ">", 超出: ">", 突破: ">", 超: ">", 逾: ">", 不下于: ">=",
  不超过: "<=", 不超: "<=", 不突破: "<=", 不逾: "<=", 不得超过: "<=", 不能超过: "<=", 不应超过: "<=", 不宜超过: "<=", 不多于: "<=", 最多: "<=",
  至多: "<=", 控制在: "<=", 不高于: "<=", 不大于: "<=", 不得多于: "<=",
  少于: "<", 不足: "<", 低于: "<", 小于: "<", 不到: "<",
  // the signs, as tables and indicator lists write them: 合格率≥95%, 近视率<10%
  "≥": ">=", "≧": ">=", "≤": "<=", "≦": "<=", ">": ">", "＞": ">", "<": "<", "＜": "<",
};

/**
 * Adverbs that may stand one or two characters before the number, with a verb between:
 * "至少听4节", "最少有一次", "每年至少参加2次", and with a modal and a verb phrase between: "至少要上好2节",
 * "至少要认真听课20节", "最多只能请假3天" (up to ADVERB_GAP Han characters, no numeral). A gap opening with 的 is a
 * superlative, not a bound: "得分最多的3个班级". (达到 alone is not a comparator: "达到20%" is "=", ANNOTATION.)
 */
export const ADVERB_COMPARATORS: readonly string[] = ["至少", "最少", "起码", "最多", "至多"];
export const ADVERB_GAP = 5;

export const SUFFIX_COMPARATORS: Readonly<Record<string, Comparator>> = {
  以上: ">=", 及以上: ">=", 或以上: ">=", 之上: ">=",
  以下: "<=", 及以下: "<=", 或以下: "<=", 以内: "<=", 之内: "<=",
};

/**
 * A proportion may name its whole between the comparator and the number: "不低于总学时的二分之一", "不少于总课时的10%"
 * (comparator, then at most PROPORTION_WHOLE characters naming the whole, then 的, then a percentage).
 */
export const PROPORTION_WHOLE = 6;

/** Words that mark a quantity as approximate: before the number, or right after the unit (左右). */
export const APPROXIMATE_BEFORE: readonly string[] = ["大约", "大概", "约", "近", "力争", "争取", "预计"];
export const APPROXIMATE_AFTER: readonly string[] = ["左右", "上下"];
/** 力争/争取 anywhere earlier in the same clause make a target approximate (an aim, not a promise). */
export const APPROXIMATE_IN_CLAUSE: readonly string[] = ["力争", "争取", "大约", "约"];
