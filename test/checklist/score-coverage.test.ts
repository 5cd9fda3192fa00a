import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CHECKLIST, parseChecklist, scoreCoverage, type Checklist } from "../../src/checklist/index.js";
import { buildAutomaton, findAll } from "../../src/checklist/aho-corasick.js";
import type { OccurrenceList } from "../../src/checklist/occurrence-list.js";
import { splitSentences } from "../../src/checklist/split-sentences.js";
import { expectFastOn, HOSTILE_INPUTS } from "../helpers/hostile-inputs.js";

const item = (text: string, id: string) => {
  const found = scoreCoverage({ text }).items.find((entry) => entry.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

const checklist = (json: unknown): Checklist => {
  const parsed = parseChecklist(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.checklist;
};

describe("aho-corasick", () => {
  const listed = (found: OccurrenceList): [number, number, number][] =>
    Array.from({ length: found.length }, (_, k) => [found.pattern[k] as number, found.start[k] as number, found.end[k] as number]);

  it("finds overlapping and nested occurrences with their spans, in order of start, longest first", () => {
    const patterns = ["课后", "课后服务", "服务"];
    const found = findAll(buildAutomaton(patterns), "做好课后服务");
    expect(listed(found).map(([pattern, start, end]) => [patterns[pattern], start, end])).toEqual([
      ["课后服务", 2, 6],
      ["课后", 2, 4],
      ["服务", 4, 6],
    ]);
  });

  it("agrees with indexOf counting on random texts", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("作", "业", "课", "后", "服", "务", "x"), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        const patterns = ["作业", "课后", "后服", "课后服务", "业课"];
        const byPattern = patterns.map((pattern) => {
          let count = 0;
          for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) count += 1;
          return count;
        });
        const found = listed(findAll(buildAutomaton(patterns), text));
        expect(patterns.map((_, index) => found.filter(([pattern]) => pattern === index).length)).toEqual(byPattern);
        for (const [pattern, start, end] of found) expect(text.slice(start, end)).toBe(patterns[pattern]);
        const ordered = [...found].sort((a, b) => a[1] - b[1] || b[2] - a[2]);
        expect(found).toEqual(ordered);
      }),
    );
  });
  it("agrees with indexOf for random pattern sets (the packed rows of many states overlaid)", () => {
    const unit = fc.constantFrom("作", "业", "课", "后", "服", "务", "x");
    const word = fc.array(unit, { minLength: 1, maxLength: 5 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 30 }), fc.array(unit, { maxLength: 60 }), (patterns, chars) => {
        const text = chars.join("");
        const expected: [number, number, number][] = [];
        for (let start = 0; start < text.length; start += 1) {
          const here = patterns.flatMap((pattern, index) => (text.startsWith(pattern, start) ? [index] : []));
          here.sort((a, b) => patterns[b]!.length - patterns[a]!.length);
          for (const index of here) expected.push([index, start, start + patterns[index]!.length]);
        }
        expect(listed(findAll(buildAutomaton(patterns), text))).toEqual(expected);
      }),
    );
  });
});

describe("splitSentences", () => {
  it("splits on 。！？； and line breaks, keeps the end mark, trims spaces", () => {
    const text = "一、指导思想\n  落实双减。减轻负担；课后服务！";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["一、指导思想", "落实双减。", "减轻负担；", "课后服务！"]);
  });
});

describe("scoreCoverage — matching", () => {
  it("不布置书面作业 still covers homework (negation is a commitment, not an absence)", () => {
    const found = item("一二年级不布置书面家庭作业。", "homework");
    expect(found.covered).toBe(true);
    expect(found.evidence).toEqual([{ text: "一二年级不布置书面家庭作业。", start: 0, end: 14 }]);
  });

  it.each([
    ["微课 inside 微课题 does not cover it-integration", "开展微课题研究。", "it-integration"],
    ["论文 inside 唯论文 does not cover research-projects", "克服唯分数、唯论文的顽瘴痼疾。", "research-projects"],
    ["托管 inside 委托管理 does not cover after-school", "实行委托管理。", "after-school"],
    ["体育 inside 教育和体育局 does not cover pe-arts", "江油市教育和体育局文件。", "pe-arts"],
    ["体育 inside 整体育人 does not cover pe-arts", "构建整体育人格局。", "pe-arts"],
    ["家校 inside 国家校园足球 does not cover family-school", "创建国家校园足球特色学校。", "family-school"],
    ["教研组 inside 教研组织 does not cover school-based-research", "健全区县教研组织网络。", "school-based-research"],
    ["劳动 inside 劳动节 is not labor education", "劳动节放假三天。", "labor-education"],
    ["名师送教 alone is not equity support", "通过名师送教、课例研究三种模式。", "equity-support"],
    ["阅读全文 (page furniture) is not reading", "展开阅读全文", "reading"],
    ["师徒结对帮扶 is mentoring, not equity support", "实施师徒结对帮扶制度。", "equity-support"],
    ["备课 inside 备课组 is not the teaching routine", "加强教研组、备课组建设。", "teaching-routines"],
    ["新教师 inside 更新教师观念 is not teacher development", "更新教师教育教学观念。", "teacher-development"],
    ["科研 inside 学科研究 is not a research project", "结合各学科研究重点。", "research-projects"],
    ["名师 inside 知名师范院校 is not teacher development", "与知名师范院校合作。", "teacher-development"],
  ])("%s", (_name, text, id) => {
    expect(item(text, id).covered).toBe(false);
  });

  it("a blocked context does not hide a real mention in the same text", () => {
    const found = item("开展微课题研究。制作微课资源。", "it-integration");
    expect(found.covered).toBe(true);
    expect(found.evidence.map((quote) => quote.text)).toEqual(["制作微课资源。"]);
  });

  it("德智体美劳 inside 德智体美劳全面发展 is one mention, not two", () => {
    const list = checklist({
      id: "t",
      title: "t",
      version: "1",
      items: [{ id: "five", label: "五育", phrases: { anyOf: ["德智体美劳", "德智体美劳全面发展"] } }],
    });
    expect(scoreCoverage({ text: "培养德智体美劳全面发展的人。" }, list).items[0]?.strength).toBe(0.4);
    expect(scoreCoverage({ text: "德智体美劳。德智体美劳全面发展。" }, list).items[0]?.strength).toBe(0.64);
  });

  it("strength grows with distinct phrases faster than with repeats, and saturates", () => {
    expect(item("落实双减。", "homework").strength).toBe(0.4);
    expect(item("落实双减。落实双减。", "homework").strength).toBe(0.49);
    expect(item("落实双减。优化作业设计。", "homework").strength).toBe(0.64);
    expect(item("双减。作业。减负。课业负担。学业负担。学生负担。".repeat(5), "homework").strength).toBeLessThanOrEqual(1);
  });

  it("evidence: at most 5 sentences, in text order, spans into the text", () => {
    const text = Array.from({ length: 8 }, (_, i) => `第${i}条：落实双减。`).join("\n");
    const found = item(text, "homework");
    expect(found.evidence).toHaveLength(5);
    expect(found.evidence.map((quote) => quote.start)).toEqual([...found.evidence.map((quote) => quote.start)].sort((a, b) => a - b));
    for (const quote of found.evidence) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it("more than 5 sentences: the ones with the most distinct phrases are quoted, in text order", () => {
    const text = "落实双减。落实双减。落实双减。双减背景下优化作业设计，减轻课业负担。落实双减。落实双减。落实双减。";
    const found = item(text, "homework");
    expect(found.evidence).toHaveLength(5);
    expect(found.evidence.map((quote) => quote.text)).toContain("双减背景下优化作业设计，减轻课业负担。");
    expect(found.evidence.map((quote) => quote.start)).toEqual([0, 5, 10, 15, 34]);
  });

  it("a custom checklist file scores with its own items and weights", () => {
    const list = checklist(JSON.parse(readFileSync(fileURLToPath(new URL("../../fixtures/checklist/custom-valid.json", import.meta.url)), "utf8")));
    const coverage = scoreCoverage({ text: "建设书香校园，开展读书活动。展开阅读全文" }, list);
    expect(coverage.checklist).toBe("reading-school");
    expect(coverage.items.map((entry) => [entry.id, entry.covered])).toEqual([["reading", true], ["library", false]]);
    expect(coverage.score).toBe(66.7);
  });

  it("hasTarget / hasDate: a target or date inside an evidence sentence", () => {
    const text = "每学期开展集体备课不少于8次。12月底前完成课题结题。";
    const coverage = scoreCoverage({
      text,
      targets: [{ start: 9, end: 14 }],
      dates: [{ start: 15, end: 19 }],
    });
    const research = coverage.items.find((entry) => entry.id === "school-based-research");
    const projects = coverage.items.find((entry) => entry.id === "research-projects");
    expect([research?.hasTarget, research?.hasDate]).toEqual([true, false]);
    expect([projects?.hasTarget, projects?.hasDate]).toEqual([false, true]);
  });

  it("allOf: a sentence counts only when it holds every allOf phrase", () => {
    const list = checklist({
      id: "t",
      title: "t",
      version: "1",
      items: [{ id: "written-homework", label: "书面作业时长", phrases: { anyOf: ["书面作业"], allOf: ["分钟"] } }],
    });
    const coverage = scoreCoverage({ text: "控制书面作业总量。书面作业不超过60分钟。" }, list);
    expect(coverage.items[0]?.evidence.map((quote) => quote.text)).toEqual(["书面作业不超过60分钟。"]);
  });
});

describe("scoreCoverage — sentence ends inside phrases", () => {
  it("a phrase holding a sentence end counts in the sentence where it starts; a phrase that is one, in its own", () => {
    const list = checklist({
      id: "t",
      title: "t",
      version: "1",
      items: [
        { id: "across", label: "across", phrases: { anyOf: ["双减。课后"] } },
        { id: "mark", label: "mark", phrases: { anyOf: ["。"] } },
        { id: "line", label: "line", phrases: { anyOf: ["\n作业"] } },
      ],
    });
    const coverage = scoreCoverage({ text: "落实双减。课后服务。\n作业" }, list);
    const quotes = coverage.items.map((entry) => entry.evidence.map((quote) => quote.text));
    // a match starting on a line break lies in no sentence
    expect(quotes).toEqual([["落实双减。"], ["落实双减。", "课后服务。"], []]);
  });
});

describe("scoreCoverage — overall score", () => {
  it("score = 100 × covered weight / total weight", () => {
    const list = checklist({
      id: "t",
      title: "t",
      version: "1",
      items: [
        { id: "a", label: "a", phrases: { anyOf: ["双减"] }, weight: 3 },
        { id: "b", label: "b", phrases: { anyOf: ["课后服务"] } },
      ],
    });
    expect(scoreCoverage({ text: "落实双减。" }, list).score).toBe(75);
    expect(scoreCoverage({ text: "课后服务。" }, list).score).toBe(25);
    expect(scoreCoverage({ text: "" }, list).score).toBe(0);
  });

  it("the default checklist: 1 of 19 items → 5.3", () => {
    const coverage = scoreCoverage({ text: "落实双减。" });
    expect(coverage.checklist).toBe("compulsory-education");
    expect(coverage.items).toHaveLength(19);
    expect(coverage.score).toBe(5.3);
  });
});

describe("scoreCoverage — robustness", () => {
  const alphabet = fc.constantFrom(..."作业双减课后服务德育体育美育劳动节微课题阅读全文。！？；\n 0123xX".split(""));
  it("never throws; every evidence span matches its text; strength in [0, 1]; score in [0, 100]", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(alphabet, { maxLength: 200 }).map((a) => a.join(""))), (text) => {
        const coverage = scoreCoverage({ text, targets: [{ start: 0, end: Math.min(2, text.length) }] });
        expect(coverage.score).toBeGreaterThanOrEqual(0);
        expect(coverage.score).toBeLessThanOrEqual(100);
        for (const entry of coverage.items) {
          expect(entry.strength).toBeGreaterThanOrEqual(0);
          expect(entry.strength).toBeLessThanOrEqual(1);
          expect(entry.covered).toBe(entry.evidence.length > 0);
          for (const quote of entry.evidence) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("linear enough on hostile inputs (safety net, not a benchmark)", () => {
    expectFastOn([...HOSTILE_INPUTS, "作业".repeat(500_000), "微课题".repeat(300_000)], (text) => scoreCoverage({ text }));
  }, 60_000);

  it("does not mutate its arguments", () => {
    const targets = Object.freeze([Object.freeze({ start: 0, end: 2 })]);
    const plan = Object.freeze({ text: "落实双减。", targets });
    expect(() => scoreCoverage(plan)).not.toThrow();
  });
});

describe("scoreCoverage keeps no state between calls", () => {
  it("a plan scores the same first, after a much larger plan, and after a smaller one (reused buffers)", () => {
    const corpusText = (name: string): string => readFileSync(fileURLToPath(new URL(`../../corpus/${name}.txt`, import.meta.url)), "utf8");
    const small = corpusText("002_59b0314040eefce9");
    const big = corpusText("003_0f9a1944ed2eba0a").repeat(4);
    const score = (text: string) => scoreCoverage({ text, targets: [], dates: [] }, DEFAULT_CHECKLIST);
    const first = JSON.stringify(score(small));
    const bigFirst = JSON.stringify(score(big));
    expect(JSON.stringify(score(small))).toBe(first);
    expect(JSON.stringify(score(big))).toBe(bigFirst);
    expect(JSON.stringify(score(""))).toBe(JSON.stringify(score("")));
    expect(JSON.stringify(score(small))).toBe(first);
  });
});

describe("default checklist phrases: words inside other words, and common wording", () => {
  it.each([
    ["完善教师工作业绩考核办法。", "homework"],
    ["加强教师工作业务学习。", "homework"],
    ["为实现国家长治久安培养合格人才。", "family-school"],
    ["邀请专家校内指导。", "family-school"],
    ["开展学科研修活动，组织学科研训。", "research-projects"],
    ["教师要精心准备课件。", "teaching-routines"],
    ["学校审议课程实施方案。", "school-based-research"],
    ["为党育人、为国培养人才。", "teacher-development"],
    ["开展命题作文比赛。", "assessment"],
    ["讲究工作艺术，提高沟通艺术。", "pe-arts"],
    ["进一步发挥集体育人功能。", "pe-arts"],
  ])("%s does not cover %s", (text, id) => {
    expect(item(text, id).covered).toBe(false);
  });

  it.each([
    ["促进学生德、智、体、美、劳全面发展。", "five-domains"],
    ["培养德智体美全面发展的一代新人。", "five-domains"],
    ["加强法制教育和安全教育。", "moral-education"],
    ["引导学生参加家务劳动，提升劳动素养。", "labor-education"],
    ["扎实开展校本研训。", "school-based-research"],
    ["提升教师专业素养。", "teacher-development"],
    ["抓实“三个课堂”应用。", "it-integration"],
    ["推进幼小科学衔接。", "transitions"],
  ])("%s covers %s", (text, id) => {
    expect(item(text, id).covered).toBe(true);
  });
});

describe("a document cited by its 《title》 as the plan's basis", () => {
  it.each([
    ["贯彻落实《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》精神，制定本计划。", "homework"],
    ["根据《中小学心理健康教育指导纲要》，结合我校实际，制定本计划。", "mental-health"],
    ["以《中小学德育工作指南》为指导，结合学校实际制定本计划。", "moral-education"],
    // a list of cited titles: the later ones are cited as the first is
    ["依据《深化新时代教育评价改革总体方案》、《关于全面加强新时代大中小学劳动教育的意见》和《义务教育课程方案（2022年版）》，制定本计划。", "labor-education"],
    ["依据《深化新时代教育评价改革总体方案》、《关于全面加强新时代大中小学劳动教育的意见》和《义务教育课程方案（2022年版）》，制定本计划。", "curriculum"],
  ])("%s does not cover %s", (text, id) => {
    expect(item(text, id).covered).toBe(false);
  });

  it.each([
    ["开设《心理健康》课程，每两周一节。", "mental-health"],
    ["组织教师学习《义务教育课程标准（2022年版）》。", "curriculum"],
    ["全面实施《国家学生体质健康标准》。", "pe-arts"],
    ["制定《学校课后服务实施方案》。", "after-school"],
    ["抓好课题《数字化校园背景下培养学生自主学习能力的研究》的开题工作。", "it-integration"],
    ["各完小按照本校《教研活动计划》开展活动。", "school-based-research"],
  ])("%s still covers %s", (text, id) => {
    expect(item(text, id).covered).toBe(true);
  });

  it("counts the plan's own words in the same sentence, and quotes that sentence", () => {
    const text = "根据《中小学心理健康教育指导纲要》，加强心理健康教育。";
    const found = item(text, "mental-health");
    expect(found.strength).toBe(0.4);
    expect(found.evidence).toEqual([{ text, start: 0, end: text.length }]);
  });

  it("an unclosed 《 drops nothing", () => {
    expect(item("根据《中小学心理健康教育指导纲要，加强心理健康教育。", "mental-health").strength).toBe(0.49);
  });
});
