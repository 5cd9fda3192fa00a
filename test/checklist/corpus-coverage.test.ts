import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreCoverage } from "../../src/checklist/index.js";

/**
 * Coverage of three corpus plans, pinned to what a careful reader of them says. For every covered
 * item: a sentence of the plan that makes it covered (it must be among the quoted evidence). For
 * every uncovered item: why the plan does not address it. Read on the raw corpus text (scraped-page
 * furniture included: the checklist must not be fooled by it either).
 */
interface Expectation {
  readonly file: string;
  readonly covered: Readonly<Record<string, string>>;
  readonly uncovered: Readonly<Record<string, string>>;
}

const PLANS: readonly Expectation[] = [
  {
    // 某县教研室小学(学前)教研部2020下半年工作计划: a county 教研 office's half-year plan
    file: "000_d53d671fd7dd814b.txt",
    covered: {
      "five-domains": "1落实五育并举,促进学生全面发展。",
      "labor-education": "改进学校体育、美育、劳动教育,促进小学生基本掌握12项体育技能和艺术特长。",
      "pe-arts": "打造特色体育、美育课程和实践课程",
      curriculum: "指导学校和教师准确把握国家课程方案和课程标准",
      "classroom-teaching": "二是围绕课堂教学在市内开展树立创新优质课、公开课、示范课等教学专题活动",
      // 作业设计 is named twice as a 教研 topic, plus 批改作业 and 作业优化
      homework: "优化作业设计",
      assessment: "3继续深化评价改革,发挥引领与促进作用。",
      "school-based-research": "通过听课、评课、议课、研课、磨课",
      "research-projects": "4.开展课题研究。",
      "teacher-development": "组织正高级教师、名师、特级教师、骨干教师、教学能手深入各级各类学",
      "it-integration": "2加强线上线下教学实践研究。",
      // one mention only: teaching-research groups are to help in 指导家庭教育 — weak (strength 0.4) but real
      "family-school": "指导家庭教育",
      transitions: "继续做好幼小衔接、小初衔接教育教学研究活",
      reading: "继续推进“爱阅读”行动计划",
      "teaching-routines": "联合督导科、普教科不定时地开展常规督查、视导,并把检查结果纳入学校考核、考绩。",
      "equity-support": "建立教研员乡村学校、薄弱学校联系制度",
    },
    uncovered: {
      // 道德与法治 appears only as a course to integrate ("开展道德与法治、综合实践活动…整合实施"); no 德育, 立德树人 or 思政 work
      "moral-education": "no 德育/立德树人/思政 commitment",
      // "学生健康教育活动" and "生命教育" are general health education; nothing about 心理
      "mental-health": "only general 健康教育, nothing on 心理",
      // a 2020 plan, before 双减: 课后服务 is not mentioned
      "after-school": "课后服务 not mentioned",
    },
  },
  {
    // 江油市2020-2021学年度(2020年秋)教科研培工作要点: a city teaching-research-training centre
    file: "001_70f898968da05030.txt",
    covered: {
      "moral-education": "推进中小幼思想政治和德育一体化建设,注重学生爱国主义教育常态化、长效化机制建设。",
      "five-domains": "二、落实五育并举,助力我市教育教学质量全面提升(一)务实推进德育研究。",
      "labor-education": "(四)夯实综合实践(劳动教育)和艺体教育。",
      // 体育 inside 江油市教育和体育局 (the agency) does NOT count; these teachers and subjects do
      "pe-arts": "精心组织中小学音乐、美术、体育教师参加绵阳市基",
      "mental-health": "积极做好心理健康教育",
      // 地方德育课程体系: a local curriculum to develop (教师培训课程体系 is blocked: a training curriculum)
      curriculum: "注重德育基地建设和地方德育课程体系的开发建设。",
      "classroom-teaching": "指导学校优化教学方式",
      // the only homework sentence: the centre guides schools to 完善作业考试辅导 (quoting the 2019 意见) — weak, 0.4
      homework: "完善作业考试辅导",
      assessment: "完成2020年国家义务教育(五、九年级)的教育质量监测工作",
      "school-based-research": "本学期,校本研修工作要立足校本",
      "research-projects": "精心培育绵阳及省级课题立项申报和研究,做好在研课题的分",
      "teacher-development": "开展第三批江油市级骨干教师培训。",
      // 微课题 (a small research project) is blocked; 信息技术 in this sentence is the real mention
      "it-integration": "促进信息技术与教育教学融合应用",
      reading: "继续坚持中小学群文阅读素养",
      "teaching-routines": "四是深入学校备课组,学科教研员要加强对学校教学管理和校本研修工作的指导",
      "equity-support": "把教学研究联合体工作和共同体结对帮扶工作结合起来",
    },
    uncovered: {
      // addressed to schools and 教研员; no 家长, 家校 or 家庭教育 anywhere
      "family-school": "no 家长/家校/家庭教育",
      // 学前教育质量监测 concerns kindergartens, but no 幼小衔接 or other 衔接
      transitions: "no 衔接 of stages",
      // autumn 2020, before 双减: no 课后服务
      "after-school": "课后服务 not mentioned",
    },
  },
  {
    // XXXX小学2022年学校工作计划及推进方案: one primary school's year plan
    file: "004_cfc0ada556cb5cd9.txt",
    covered: {
      "moral-education": "1、落实立德树人根本任务。",
      // no 五育 wording, but the goal "实现学生全面发展、各有特长" is the 全面发展 commitment — weak, 0.4
      "five-domains": "实现学生全面发展、各有特长",
      "labor-education": "年内评选优秀劳动教育课",
      "pe-arts": "年内召开体育节、艺术节、科技节、读书节",
      curriculum: "构建体育、艺术、科技等学校特色课程。",
      "classroom-teaching": "1、开展系列课堂教学活动。",
      // 减轻课后作业负担, 控制作业总量, 分层作业: the 双减 homework measures without the word 双减
      homework: "严格控制作业总量,实行分层作业",
      assessment: "健全学生综合素质评价体系",
      "school-based-research": "通过“同课异构”、“名师送教”、“课例研究”三种模式,学科内发挥示范引领作用。",
      "research-projects": "以教育科研为先导",
      "teacher-development": "充分发挥学校名师工作室的作用",
      "it-integration": "6、提升信息技术应用水平。",
      "family-school": "3. 推进家校社共同育人。",
      transitions: "做好小初衔接有关工作。",
      reading: "师生阅读",
      "teaching-routines": "一抓备课,做好办公室内的即时集体备课",
    },
    uncovered: {
      // nothing on 心理
      "mental-health": "no 心理健康",
      // 名师送教 is a demonstration-lesson format inside the school; "相对薄弱学科" is about subjects, not schools
      "equity-support": "no weak or rural schools, no 帮扶",
      // a 2022 plan that never mentions 课后服务 (its 双减 content is homework only)
      "after-school": "课后服务 not mentioned",
    },
  },
];

const corpusDir = fileURLToPath(new URL("../../corpus/", import.meta.url));

describe.each(PLANS.map((plan) => [plan.file, plan] as const))("coverage of corpus/%s", (file, plan) => {
  const text = readFileSync(corpusDir + file, "utf8");
  const coverage = scoreCoverage({ text });

  it("covers exactly the items a careful reader names", () => {
    const covered = coverage.items.filter((item) => item.covered).map((item) => item.id).sort();
    expect(covered).toEqual(Object.keys(plan.covered).sort());
    expect(Object.keys(plan.covered).length + Object.keys(plan.uncovered).length).toBe(coverage.items.length);
  });

  it.each(Object.entries(plan.covered))("%s: the sentence that proves it is quoted as evidence", (id, quote) => {
    const item = coverage.items.find((entry) => entry.id === id);
    expect(item?.evidence.some((evidence) => evidence.text.includes(quote))).toBe(true);
    for (const evidence of item?.evidence ?? []) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });

  it("score is the share of covered items", () => {
    expect(coverage.score).toBe(Math.round((1000 * Object.keys(plan.covered).length) / coverage.items.length) / 10);
  });
});
