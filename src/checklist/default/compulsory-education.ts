import type { ChecklistInput } from "../schema.js";

/**
 * The default checklist: what a compulsory-education school or 教研 plan is expected to address,
 * after the national documents listed in `source`. Item ids are fixed by CONTRACT.md; phrases are
 * ours to improve. Phrase design:
 * - phrases are the documents' own terms plus the forms plans actually use (corpus/*.txt);
 * - a bare word that also occurs inside unrelated words gets blocked contexts in `noneOf`
 *   (微课 inside 微课题, 托管 inside 委托管理, 论文 inside 唯论文, 教研组 inside 教研组织 …);
 * - negation is not a blocker: "不布置书面作业" is a homework commitment, so it covers homework.
 */
const QUALITY_2019 = "中共中央 国务院关于深化教育教学改革全面提高义务教育质量的意见";
const TEACHING_RESEARCH_2019 = "教育部关于加强和改进新时代基础教育教研工作的意见";
const EVALUATION_2020 = "深化新时代教育评价改革总体方案";
const DOUBLE_REDUCTION_2021 = "关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见";
const HOMEWORK_2021 = "教育部办公厅关于加强义务教育学校作业管理的通知";
const CURRICULUM_2022 = "义务教育课程方案（2022年版）";
const TRANSITION_2021 = "教育部关于大力推进幼儿园与小学科学衔接的指导意见";

export const COMPULSORY_EDUCATION: ChecklistInput = {
  id: "compulsory-education",
  title: "义务教育学校与教研工作计划要点",
  version: "2026.1",
  source: [
    { title: QUALITY_2019, year: 2019 },
    { title: TEACHING_RESEARCH_2019, year: 2019 },
    { title: EVALUATION_2020, year: 2020 },
    { title: DOUBLE_REDUCTION_2021, year: 2021 },
    { title: HOMEWORK_2021, year: 2021 },
    { title: TRANSITION_2021, year: 2021 },
    { title: CURRICULUM_2022, year: 2022 },
  ],
  items: [
    {
      id: "moral-education",
      label: "立德树人与德育",
      phrases: {
        anyOf: [
          "立德树人", "德育", "思政", "思想政治", "理想信念", "爱国主义教育", "社会主义核心价值观",
          "养成教育", "品德", "法治教育", "红色教育", "中华优秀传统文化",
          // 法制教育: the older name of 法治教育, still common in plans (中小学法制教育指导纲要, 2007)
          "法制教育",
        ],
      },
      weight: 1,
      sources: [QUALITY_2019, EVALUATION_2020],
    },
    {
      id: "five-domains",
      label: "五育并举，德智体美劳全面发展",
      phrases: {
        // "五育" alone catches the quoted form “五育”并举; bare 全面发展 is not used: "各项工作全面发展" is not about pupils
        // 德智体美 also catches the pre-2018 德智体美全面发展 and 德智体美劳 (one mention: nested); plans often list the
        // five with 、 (德、智、体、美、劳全面发展), which the unbroken forms miss
        anyOf: ["五育", "德智体美", "德、智、体、美", "学生全面发展", "全面发展的社会主义建设者", "全面发展素质教育"],
      },
      weight: 1,
      sources: [QUALITY_2019, EVALUATION_2020, CURRICULUM_2022],
    },
    {
      id: "labor-education",
      label: "劳动教育",
      phrases: {
        anyOf: ["劳动教育", "劳动实践", "劳动课", "劳动技能", "劳动基地", "劳动清单", "劳动周", "劳动技术", "劳动习惯",
          // 关于全面加强新时代大中小学劳动教育的意见 (2020): 劳动素养, 日常生活劳动 (家务劳动)
          "劳动素养", "家务劳动"],
        noneOf: ["劳动节"],
      },
      weight: 1,
      limits: [
        {
          unit: "课时",
          per: "周",
          min: 1,
          when: ["劳动课"],
          note: "劳动课程平均每周不少于1课时",
          source: "义务教育课程方案 2022",
        },
      ],
      sources: [QUALITY_2019, CURRICULUM_2022],
    },
    {
      id: "pe-arts",
      label: "体育、美育与体质健康",
      phrases: {
        anyOf: [
          "体育", "美育", "艺术", "体质健康", "体质", "音乐", "美术", "体艺", "艺体", "音体美", "大课间",
          "运动会", "课间操", "校园足球",
        ],
        // 整体育人 / 全体育人 (整体 + 育人), 完美育人 / 审美育人 are not PE or arts; 教学艺术 and
        // 管理艺术 are a teacher's craft, not arts education
        // (教育和)体育局 is an agency's name
        noneOf: [
          "整体育人", "全体育人", "立体育人", "集体育人", "完美育人", "教学艺术", "管理艺术", "领导艺术", "语言艺术",
          "工作艺术", "沟通艺术", "育人艺术", "体育局",
        ],
      },
      weight: 1,
      sources: [QUALITY_2019, EVALUATION_2020, CURRICULUM_2022],
    },
    {
      id: "mental-health",
      label: "心理健康教育",
      phrases: { anyOf: ["心理健康", "心理辅导", "心理咨询", "心理疏导", "心理危机", "心理教师", "心理课"] },
      weight: 1,
      sources: [QUALITY_2019],
    },
    {
      id: "curriculum",
      label: "课程方案、课程标准与课程建设",
      phrases: {
        anyOf: [
          "课程方案", "课程标准", "新课标", "课标", "课程建设", "校本课程", "地方课程", "国家课程", "课程体系",
          "课程改革", "课改", "课程整合", "课程实施", "跨学科", "项目化学习", "项目式学习", "特色课程",
          "拓展性课程", "课程资源", "课程群",
        ],
        // a teacher-training curriculum is not the school's curriculum
        noneOf: ["培训课程体系"],
      },
      weight: 1,
      sources: [CURRICULUM_2022, QUALITY_2019],
    },
    {
      id: "classroom-teaching",
      label: "课堂教学改革与教学方式",
      phrases: {
        anyOf: [
          "课堂教学", "课堂改革", "课堂变革", "教学方式", "学习方式", "教学模式", "高效课堂", "有效课堂",
          "智慧课堂", "分层教学", "小组合作", "深度学习", "精准教学", "大单元", "单元整体教学", "教学评一致",
          "优质课", "公开课", "示范课", "精品课",
        ],
      },
      weight: 1,
      sources: [QUALITY_2019, CURRICULUM_2022],
    },
    {
      id: "homework",
      label: "作业设计与总量、减负（双减）",
      phrases: {
        anyOf: ["作业", "减负", "双减", "课业负担", "学业负担", "学生负担"],
        // 工作业绩 / 工作业务 / 合作业务 are 工作 + 业绩, not 作业
        noneOf: ["作业人员", "高空作业", "作业区", "工作业绩", "工作业务", "合作业务"],
      },
      weight: 1,
      expects: { target: true },
      limits: [
        {
          unit: "分钟",
          per: "天",
          max: 0,
          when: ["书面作业|书面家庭作业", "一年级|二年级|一二年级|一、二年级|低年级|低段"],
          unless: ["三年级", "四年级", "五年级", "六年级", "其他年级", "中高年级", "高年级", "初中", "中学", "七年级", "八年级", "九年级"],
          note: "小学一二年级不布置书面家庭作业，可在校内适当安排巩固练习",
          source: "作业管理通知 2021",
        },
        {
          unit: "分钟",
          per: "天",
          max: 60,
          when: ["书面作业"],
          unless: ["初中", "中学", "七年级", "八年级", "九年级", "一年级", "二年级", "一二年级", "一、二年级", "低年级", "低段"],
          note: "小学三至六年级每天书面作业完成时间平均不超过60分钟",
          source: "作业管理通知 2021",
        },
        {
          unit: "分钟",
          per: "天",
          max: 90,
          when: ["书面作业"],
          note: "初中每天书面作业完成时间平均不超过90分钟",
          source: "作业管理通知 2021",
        },
      ],
      sources: [DOUBLE_REDUCTION_2021, HOMEWORK_2021, QUALITY_2019],
    },
    {
      id: "assessment",
      label: "评价改革、质量监测与命题",
      phrases: {
        anyOf: [
          "评价改革", "教育评价", "综合素质评价", "过程性评价", "增值评价", "结果评价", "综合评价", "评价体系",
          "评价机制", "评价方案", "质量监测", "命题", "学业质量", "学业水平", "试题", "考试评价", "学业评价",
          "学生评价", "质量检测",
        ],
        // 命题作文 is a kind of composition (a writing task), not test-setting
        noneOf: ["伪命题", "命题作文"],
      },
      weight: 1,
      sources: [EVALUATION_2020, QUALITY_2019],
    },
    {
      id: "school-based-research",
      label: "校本教研与集体备课",
      phrases: {
        anyOf: [
          "校本教研", "校本研修", "校本研培", "校本培训", "校本科研", "教研组", "备课组", "集体备课", "同课异构",
          "说课", "评课", "议课", "磨课", "听评课", "主题教研", "联片教研", "区域教研", "教研活动", "协同教研",
          // 校本研训 (研修 + 培训) is as common as 校本研修
          "校本研训",
        ],
        // 小说课文 is not 说课; 教研组织 (an organisation) is not a 教研组; 审议课程 / 建议课… hold 议课
        noneOf: ["小说课", "教研组织", "审议课", "建议课"],
      },
      weight: 1,
      sources: [TEACHING_RESEARCH_2019, QUALITY_2019],
    },
    {
      id: "research-projects",
      label: "课题研究与教育科研",
      phrases: {
        anyOf: ["课题", "教育科研", "教育科学研究", "教科研", "科研", "论文", "开题", "结题", "行动研究", "教育叙事"],
        // 唯论文 is the 评价改革 slogan against paper-counting, not a research commitment;
        // 学科研究 / 学科研讨 (学科 + 研究) hold 科研
        noneOf: ["唯论文", "学科研究", "学科研讨", "学科研修", "学科研训"],
      },
      weight: 1,
      expects: { date: true },
      sources: [TEACHING_RESEARCH_2019],
    },
    {
      id: "teacher-development",
      label: "教师培训与专业发展、师德",
      phrases: {
        anyOf: [
          "教师培训", "师资培训", "骨干教师", "名师", "青年教师", "新教师", "师德", "班主任培训", "专业发展",
          "专业成长", "师徒结对", "青蓝工程", "继续教育", "国培", "基本功", "学科带头人", "教师队伍",
          "教学能手", "名班主任", "名校长",
          // the same commitment as 专业发展, in its other common forms (not bare 教师专业: it would also match
          // inside 教师专业发展 / 教师专业成长 and count that one mention twice)
          "教师专业素养", "教师专业能力", "教师专业化", "教师专业水平",
        ],
        // 知名师范院校 holds 名师; 教师德育 holds 师德; 更新教师观念 holds 新教师; 为国培养 holds 国培
        noneOf: ["名师范", "师德育", "更新教师", "为国培"],
      },
      weight: 1,
      expects: { target: true },
      sources: [QUALITY_2019, TEACHING_RESEARCH_2019],
    },
    {
      id: "it-integration",
      label: "信息技术与教育教学融合",
      phrases: {
        anyOf: [
          "信息技术", "信息化", "互联网+", "网络教研", "微课", "微视频", "智慧课堂", "智慧校园", "智慧教育",
          "线上线下", "线上教学", "在线教学", "数字资源", "数字化", "网络研修", "多媒体", "电子白板",
          "人工智能", "信息科技",
          // 教育部关于加强“三个课堂”应用的指导意见 (2020): 专递课堂, 名师课堂, 名校网络课堂
          "三个课堂", "专递课堂", "名校网络课堂",
        ],
        // 微课题 is a small research project, not a micro-lesson
        noneOf: ["微课题"],
      },
      weight: 1,
      sources: [QUALITY_2019, TEACHING_RESEARCH_2019],
    },
    {
      id: "family-school",
      label: "家校共育与社区协同",
      phrases: {
        anyOf: ["家校", "家长", "家庭教育", "家访", "家委会", "社区", "协同育人", "共同育人"],
        // 国家校园足球 holds 家校, 专家校内指导 too; 家长式 is a management style; 国家长治久安 / 国家长远 hold 家长
        noneOf: ["国家校", "专家校", "作家校", "家长式", "国家长治", "国家长远", "国家长期"],
      },
      weight: 1,
      sources: [QUALITY_2019, DOUBLE_REDUCTION_2021],
    },
    {
      id: "transitions",
      label: "幼小衔接与小初衔接",
      // 幼小科学衔接: the 2021 指导意见's own term (大力推进幼儿园与小学科学衔接)
      phrases: { anyOf: ["幼小衔接", "幼小科学衔接", "小初衔接", "初小衔接", "中小衔接", "初高衔接", "学段衔接", "入学适应"] },
      weight: 1,
      sources: [TRANSITION_2021, CURRICULUM_2022],
    },
    {
      id: "reading",
      label: "阅读与读书活动",
      phrases: {
        anyOf: ["阅读", "读书", "书香", "诵读", "整本书"],
        // scraped-page furniture: 展开阅读全文, 可在线阅读
        noneOf: ["阅读全文", "在线阅读", "免费阅读", "继续阅读"],
      },
      weight: 1,
      sources: [CURRICULUM_2022],
    },
    {
      id: "teaching-routines",
      label: "教学常规：备课、上课、听课、作业批改、检查与视导",
      phrases: {
        anyOf: [
          "教学常规", "备课", "听课", "批改", "教学检查", "常规检查", "视导", "督查", "教案",
          "教学管理", "教学环节", "教学过程管理", "教学规范",
        ],
        // 备课组 is the lesson-preparation group (school-based-research), not the routine of 备课; 准备课件 is
        // 准备 + 课件
        noneOf: ["备课组", "准备课"],
      },
      weight: 1,
      expects: { target: true },
      sources: [TEACHING_RESEARCH_2019, QUALITY_2019],
    },
    {
      id: "equity-support",
      label: "薄弱学校、乡村学校帮扶与均衡发展",
      phrases: {
        anyOf: [
          "薄弱学校", "乡村学校", "农村学校", "帮扶", "送教", "均衡", "留守儿童", "随班就读", "特殊教育",
          "控辍保学", "城乡一体化", "乡村", "农村",
        ],
        // 营养均衡 is about meals; 名师送教 is a demonstration-lesson format (it counts when the sentence
        // also names 均衡, 乡村 … which match on their own)
        // 师徒结对帮扶 is teacher mentoring (teacher-development)
        noneOf: ["营养均衡", "膳食均衡", "名师送教", "师徒结对帮扶"],
      },
      weight: 1,
      sources: [TEACHING_RESEARCH_2019, QUALITY_2019],
    },
    {
      id: "after-school",
      label: "课后服务",
      phrases: {
        anyOf: ["课后服务", "延时服务", "课后延时", "课后托管", "托管服务", "弹性离校"],
        noneOf: ["委托管"],
      },
      weight: 1,
      sources: [DOUBLE_REDUCTION_2021],
    },
  ],
};
