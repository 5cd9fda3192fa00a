/**
 * Words that are never keywords: function words, and the verbs and fillers every work plan uses
 * (开展, 加强, 进一步 …) which say nothing about what a plan is about; scraped-page furniture.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // function words
  "的", "了", "和", "与", "及", "以及", "等", "或", "并", "对", "在", "为", "以", "把", "将", "从", "由", "于",
  "是", "有", "也", "都", "而", "之", "其", "这", "那", "这些", "那些", "我们", "我市", "我校", "各", "各项",
  "各种", "各类", "各级", "一些", "一个", "一是", "二是", "三是", "四是", "五是", "通过", "根据", "按照",
  "关于", "对于", "进行", "做到", "成为", "方面", "之间", "以上", "以下", "不断", "如何", "同时", "其中",
  // plan boilerplate verbs and fillers
  "开展", "加强", "提高", "提升", "推进", "落实", "进一步", "积极", "做好", "完善", "深入", "深化", "继续",
  "努力", "充分", "发挥", "促进", "推动", "实施", "组织", "要求", "坚持", "注重", "强化", "着力", "全面",
  "有效", "切实", "认真", "扎实", "不断", "主动", "及时", "重点", "工作", "活动", "情况", "问题", "建设",
  "发展", "管理", "实际", "作用", "水平", "能力", "质量", "形成", "建立", "健全", "结合", "相关", "具体",
  "主要", "基础", "方式", "方法", "措施", "计划", "目标", "制度", "机制", "力争", "确保", "引导", "帮助",
  "指导", "规范", "创新", "特色", "优秀", "全体", "所有", "每个", "一定", "重要", "本学期", "学期", "年度",
  // words every school plan repeats
  "学校", "教师", "老师", "学生", "教学", "教育", "研究", "教研", "学科", "小学", "初中", "中小学", "全校",
  // scraped-page furniture
  "文档", "下载", "上传", "页数", "格式", "第页", "阅读全文", "展开", "搜索", "会员", "分享", "在线", "文库",
]);

/** POS tags that never make keywords: punctuation, numerals, measure words, pronouns, particles … */
export const STOP_TAGS: ReadonlySet<string> = new Set([
  "x", "m", "mq", "q", "r", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "e", "y", "o", "w", "f", "t",
]);
