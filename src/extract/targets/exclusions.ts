/**
 * What is NOT a target (data; a reviewer extends these lists, the code only reads them).
 * See ANNOTATION.md "targets": names with numerals, ordinals, dates, ages, grades, ranks, past quantities.
 */

/** Names, slogans and programmes that contain numerals: no number inside them is a quantity. */
export const NAMED_NUMERALS: readonly string[] = [
  "十三五", "十四五", "十二五", "十五五", "三个代表", "五育", "三小", "1+5", "1+X", "一标三维", "三会一课",
  "六个一", "五个一", "四个一", "三个一", "1252-SMART", "一分两率", "两个维护", "四个意识", "四个自信",
  "两个确立", "一岗双责", "三全育人", "五项管理", "一校一品", "一人一案", "一生一策", "一师一优课",
  "一课一名师", "三个面向", "四有", "八项规定", "一体两翼", "三位一体", "两学一做", "三严三实", "二十大",
  "十九大", "十八大", "三个课堂", "三名工作室", "三名", "一日常规", "一日生活", "三级", "两率", "三率",
  "一课一研", "一人一课", "一周一歌", "一月一主题", "一帮一", "一对一", "双减", "双新", "五认真",
  "四个统一", "四个相统一", "三个主体", "三字一话", "一主两翼", "三线", "四位一体", "五位一体",
  "2+1", "1+1", "3+1", "N+1", "一校一案", "一校一特色", "一班一品", "一组一题", "一人一题",
  // idioms for "everyone, without exception", not a count of one
  "一个不少", "一个都不能少", "一个也不能少", "一个都不少", "一个也不少",
];

/** A quotation this short is a name or slogan ("一标三维", "三个一"), not a commitment. */
export const SHORT_QUOTE = 10;
/**
 * Quotations whose numbers are not quantities: [open, close, longest inside]. Short “…” / 「…」 are names or
 * slogans, 《…》 / 〈…〉 titles. (ASCII "…" pairs on one line count too, up to SHORT_QUOTE.)
 */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string, number]> = [
  ["“", "”", SHORT_QUOTE], ["「", "」", SHORT_QUOTE], ["《", "》", 200], ["〈", "〉", 200],
];

/**
 * Text right before the number that makes it not a quantity: ordinals (第), ranks (前三名), 每一位, 1+5, and the
 * interval of a frequency (每隔两周开展一次: 两周 is how often, read by attach-period, not a span to spend; a bare
 * 间隔10分钟 stays a quantity).
 */
export const EXCLUDED_BEFORE: readonly string[] = ["第", "每", "其", "新", "初", "+", "＋", "/", "／", "每隔"];

/** Before a rank unit (名, 位) these make it a rank: 前三名, 前10位. */
export const RANK_BEFORE: readonly string[] = ["前"];
export const RANK_UNITS: readonly string[] = ["名", "位"];

/**
 * Before a time-span unit these make it an offset, not a quantity: 开学后一周, 提前两周, 学期结束前一个月, 考试前两周.
 * Not 前 alone: 每堂课前五分钟 is the first five minutes of a lesson, a quantity.
 */
export const SPAN_OFFSET_BEFORE: readonly string[] = [
  "后", "提前", "推迟", "延后", "结束前", "考试前", "开学前", "放假前", "期末前", "期中前",
];

/**
 * Before a span in LESSON_LENGTH_UNITS this names the lesson's own length ("提高课堂40分钟效益", the slogan "向40分钟要质量"):
 * a fact, not a commitment. LESSON_LENGTH_AFTER right after the unit does the same ("提高40分钟课堂教学效率", "45分钟课堂中"),
 * but not an activity in the lesson that lasts that long ("安排10分钟课堂练习").
 */
export const LESSON_LENGTH_BEFORE: readonly string[] = ["课堂", "向"];
export const LESSON_LENGTH_AFTER: readonly string[] = [
  "课堂中", "课堂内", "课堂上", "课堂里", "课堂的", "课堂教学", "课堂效率", "课堂效益", "课堂质量",
];
/** The lesson itself after the unit, the noun phrase ending there ("打造高效40分钟课堂。", "“40分钟课堂”"): no activity follows. */
export const LESSON_LENGTH_NOUN = "课堂";
export const LESSON_LENGTH_UNITS: readonly string[] = ["分钟"];

/** 一 + these units + 课 after "V好" is any lesson, not a count: "上好一堂课", "设计好一节课". */
export const GENERIC_LESSON_BEFORE: readonly string[] = ["好"];
export const GENERIC_LESSON_UNITS: readonly string[] = ["堂", "节"];

/**
 * "一人学习，多人受益": one set against many (these + the same unit, within ONE_AGAINST_MANY_WINDOW characters
 * after it) is a slogan, not a count.
 */
export const MANY_WORDS: readonly string[] = ["多", "众"];
export const ONE_AGAINST_MANY_WINDOW = 10;

/**
 * A copula before the indefinite article 一 + a classifier makes a description: "教科研是一项长期的工作", "课题只是一个平台",
 * "成为一名…". Any other number after the copula is the quantity itself: "听课节数为20节", "每次活动时间为2小时".
 */
export const DESCRIPTIVE_BEFORE: readonly string[] = ["是", "成为", "作为", "为"];

/** Written forms that mean "secondary" when a word follows: 二次学习, 二次开发 (but 二次以上 is a count). */
export const SECONDARY_FORMS: readonly string[] = ["二次"];

/**
 * Counts that only summarise items listed next to them ("从A、B和C三个维度", "“甲”和“乙”两项工程",
 * "…等五个方面", "重点抓好五项工作：一是…", "抓好三件事：备课、上课、辅导") are not commitments. They use these generic classifiers.
 */
export const SUMMARY_CLASSIFIERS: readonly string[] = ["个", "项", "种", "类", "方面", "大", "件"];
/** The count directly follows one of these: the end of a quoted name, a title, or 等. */
export const SUMMARY_AFTER_MARKS: readonly string[] = ["”", "》", "\"", "」", "』", "等", ">"];
/** Or a list separator stands at most SUMMARY_ITEM_LENGTH characters before it. */
export const LIST_SEPARATORS: readonly string[] = ["、", "和", "与", "及", "以及"];
export const SUMMARY_ITEM_LENGTH = 8;
/** Or the counted noun is followed by a colon that opens the list. */
export const SUMMARY_NOUN_LENGTH = 6;

/** Text right after the quantity that makes it not one: 一次性, 3岁, 一二年级, 三等奖, 名师, 两个学期. */
export const EXCLUDED_AFTER: readonly string[] = [
  "性", "岁", "周岁", "年级", "级", "届", "等奖", "名次", "+", "＋", "师", "学期", "学年",
];

/**
 * After a time-span unit these make it a point in time, not a quantity: 三周后, 两天内, 一周来; and 年 after 周 is an
 * anniversary (建党100周年, 建校60周年), an ordinal of years, not 100 weeks.
 */
export const EXCLUDED_AFTER_SPAN: readonly string[] = ["后", "前", "以后", "之后", "以前", "之前", "以来", "来", "内", "间", "年"];

/** Units whose quantity is a time span (EXCLUDED_AFTER_SPAN applies to them only). */
export const TIME_SPAN_UNITS: readonly string[] = ["周", "天", "月", "星期", "小时", "分钟", "课时", "学时"];

/** Words in the clause that say the quantity describes the past, not a commitment. */
export const PAST_MARKERS: readonly string[] = [
  "去年", "上学期", "上一学期", "上学年", "上一学年", "上年度", "上一年", "上年", "前年", "近年来", "近几年",
  "多年来", "一年来", "几年来", "已经", "已有", "已", "现有", "共有", "曾经", "曾", "先后", "截至",
  "荣获", "获得了", "取得了", "的基础上", "原有", "目前有", "目前共", "现已",
];

/**
 * A running total: past when it reports a plain figure ("一年来累计培训教师300人次"), but a commitment when the total
 * has a bound or a period ("每位教师累计听课不少于20节", "每年累计参加培训72学时") or a word of intent or a future span
 * stands right before it (CUMULATIVE_COMMITTED_BEFORE: "三年内累计培养骨干教师30名", "要累计完成…").
 */
export const CUMULATIVE_MARKERS: readonly string[] = ["累计"];
export const CUMULATIVE_COMMITTED_BEFORE: readonly string[] = [
  "要", "应", "须", "需", "将", "计划", "力争", "争取", "确保", "预计", "内",
];

/**
 * A quantity right after one of these verbs is a change to reach (提高5个百分点): when the clause also names its
 * baseline (COMPARISON_WORDS + a past marker: 比去年, 较上学期; COMPARISON_BASELINES: 在去年的基础上), the past marker is the point compared
 * with, not the time of the quantity ("优秀率比去年提高2个百分点" is a commitment). "提高了" is done, so 了 is not read.
 */
export const CHANGE_VERBS: readonly string[] = [
  "提高", "提升", "增加", "增长", "上升", "降低", "下降", "减少", "缩小", "扩大",
];
export const COMPARISON_BASELINES: readonly string[] = ["基础上"];
/** Comparison words that make the past marker right after them a baseline: 比去年, 较上学期 (not 比赛). */
export const COMPARISON_WORDS: readonly string[] = ["比", "较", "相比"];
/** Right before the change verb these say the change already happened (已提高5个百分点): past after all. */
export const DONE_MARKERS: readonly string[] = ["已", "已经", "曾", "曾经"];

/**
 * State descriptions that carry over the clauses of one sentence: "我校现有教学班24个，学生1056人，教师68人。"
 * (every count in the sentence after these is a fact, not a commitment).
 */
export const PAST_SENTENCE_MARKERS: readonly string[] = ["现有", "共有", "目前有", "目前共有", "原有", "现已有"];

/**
 * A sentence opening with the school (or group, kindergarten) itself and 有 states what it has: "学校有教职工120人，
 * 学生1500人。" (read like PAST_SENTENCE_MARKERS, but only at the sentence start: "确保学校有1名心理教师" is a commitment).
 */
export const STATE_OPENINGS: readonly string[] = [
  "学校有", "我校有", "全校有", "本校有", "我园有", "全园有", "本园有", "我组有", "本组有", "全组有", "教研组有",
];

/** Words that 有 opens as an adverb, not "has": 学校有序开展3次演练 is a plan, not a holding. */
export const HAS_ADVERBS: readonly string[] = [
  "有序", "有效", "有计划", "有针对", "有目的", "有步骤", "有重点", "有组织", "有力", "有机", "有所", "有条不紊", "有利",
];

/**
 * A sentence opening with one of these (or with a first clause ending in 以来/年来: 2023年以来，…) reports a past time
 * frame: "过去的一年里，我校共开展教研活动12次" — its numbers describe what happened, in every clause after the frame,
 * until a PAST_FRAME_REOPENERS word turns to the plan ("去年优秀率为85%，今年力争达到90%").
 */
export const PAST_FRAMES: readonly string[] = [
  "过去", "在过去", "回顾", "去年", "前年", "上学期", "上一学期", "上个学期", "上学年", "上一学年", "上年度", "上一年度", "上一年", "上年",
  "近年来", "近几年", "多年来", "一年来", "几年来", "开学以来", "自开学以来", "建校以来", "自建校以来",
];
export const PAST_FRAME_ENDS: readonly string[] = ["以来", "年来"];
export const PAST_FRAME_REOPENERS: readonly string[] = [
  "本学期", "本学年", "本年度", "今年", "新学期", "新学年", "新的一年", "下学期", "下学年", "明年", "计划", "力争", "争取",
  "今后", "未来", "下一步", "接下来", "将", "要", "须", "应", "需", "拟", "预计", "确保", "目标", "努力",
];

/**
 * A total (共, 共计 …) before an event verb with the perfective 了 in the quantity's clause reports what was done:
 * "本学期共开展了公开课20节". Not the 了 of 为了/除了/罢了, nor 了解; 共同/共享/公共 … are not totals.
 */
export const PERFECTIVE_TOTALS: readonly string[] = ["共计", "总共", "一共", "共"];
export const NOT_TOTALS_AFTER_GONG: readonly string[] = ["同", "享", "建", "育", "性", "识", "赢", "进", "商", "治", "担", "鸣"];
export const NOT_PERFECTIVE_BEFORE_LE: readonly string[] = ["为", "除", "罢", "极", "不得"];

/** Section kinds whose quantities describe the situation, not commitments. */
export const PAST_SECTION_KINDS: readonly string[] = ["situation"];
