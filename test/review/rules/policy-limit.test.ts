import { describe, expect, it } from "vitest";
import { parseChecklist } from "../../../src/checklist/index.js";
import { analyse } from "../../../src/index.js";
import { createPolicyLimitRule, rule } from "../../../src/review/rules/policy-limit.js";
import type { PlanResult, Target } from "../../../src/types.js";

/** A plan holding one sentence and one target inside it (the target's quote is found in the sentence). */
function planWith(sentence: string, target: Partial<Target> & { text: string }): PlanResult {
  const start = sentence.indexOf(target.text);
  if (start < 0) throw new Error("target text not in sentence");
  const full: Target = {
    value: 0, max: null, unit: "分钟", comparator: "<=", per: "天", perCount: 1, approximate: false,
    sentence: { start: 0, end: sentence.length }, sectionPath: [], subject: null, deadline: null,
    matcher: "targets/test", start, end: start + target.text.length, ...target,
  };
  return {
    title: "t", anchor: { year: 2022, term: "year" }, text: sentence, sections: [], targets: [full], dates: [],
    calendar: [], coverage: null, findings: [], keywords: [], placeholders: [],
  };
}

const messages = (plan: PlanResult): string[] => rule.check({ plan }).map((finding) => finding.message);

describe("policy-limit (作业管理通知 2021)", () => {
  it("三至六年级每天书面作业不超过90分钟 → expected at most 60", () => {
    const plan = planWith("小学三至六年级每天书面作业不超过90分钟。", { text: "不超过90分钟", value: 90 });
    expect(messages(plan)).toEqual(["Found 书面作业 90分钟 per 天, expected at most 60分钟 (作业管理通知 2021)"]);
    const [finding] = rule.check({ plan });
    expect(plan.text.slice(finding!.start, finding!.end)).toBe("不超过90分钟");
    expect(finding!.note).toContain("60分钟");
  });

  it("初中每天书面作业不超过90分钟 → within the junior-high limit, no finding", () => {
    expect(messages(planWith("初中每天书面作业不超过90分钟。", { text: "不超过90分钟", value: 90 }))).toEqual([]);
  });

  it("初中每天书面作业2小时 → 120 minutes, expected at most 90", () => {
    const plan = planWith("初中每天书面作业2小时。", { text: "2小时", value: 2, unit: "小时", comparator: "=" });
    expect(messages(plan)).toEqual(["Found 书面作业 2小时 per 天, expected at most 90分钟 (作业管理通知 2021)"]);
  });

  it("一二年级书面作业每天不超过20分钟 → grades 1–2 get no written homework (at most 0)", () => {
    const plan = planWith("一二年级书面作业每天不超过20分钟。", { text: "不超过20分钟", value: 20 });
    expect(messages(plan)).toEqual(["Found 书面作业 20分钟 per 天, expected at most 0分钟 (作业管理通知 2021)"]);
  });

  it("每天书面作业控制在60分钟以内 → no finding", () => {
    expect(messages(planWith("每天书面作业控制在60分钟以内。", { text: "60分钟以内", value: 60 }))).toEqual([]);
  });

  it("a range 60-90分钟 commits to its upper end", () => {
    const plan = planWith("五年级每天书面作业60-90分钟。", { text: "60-90分钟", value: 60, max: 90, comparator: "range" });
    expect(messages(plan)).toEqual(["Found 书面作业 60-90分钟 per 天, expected at most 60分钟 (作业管理通知 2021)"]);
  });

  it("a target without a period counts when its sentence says 每日", () => {
    const plan = planWith("学生每日书面作业90分钟。", { text: "90分钟", value: 90, per: null, perCount: null, comparator: "=" });
    expect(messages(plan)).toHaveLength(1);
  });

  it("per 周 is not per 天: 每周书面作业不超过200分钟 is not compared", () => {
    expect(messages(planWith("每周书面作业不超过200分钟。", { text: "不超过200分钟", value: 200, per: "周" }))).toEqual([]);
  });

  it("90 minutes of 阅读 (not 书面作业) is not compared", () => {
    expect(messages(planWith("每天课外阅读不少于90分钟。", { text: "不少于90分钟", value: 90, comparator: ">=" }))).toEqual([]);
  });

  it("劳动课每周0.5课时 → below the floor of 1 课时 (课程方案 2022)", () => {
    const plan = planWith("劳动课每周0.5课时。", { text: "0.5课时", value: 0.5, unit: "课时", per: "周", comparator: "=" });
    expect(messages(plan)).toEqual(["Found 劳动课 0.5课时 per 周, expected at least 1课时 (义务教育课程方案 2022)"]);
  });
});

describe("createPolicyLimitRule", () => {
  it("checks a custom checklist's limits", () => {
    const parsed = parseChecklist({
      id: "sleep",
      title: "睡眠管理",
      version: "1",
      items: [
        {
          id: "sleep",
          label: "睡眠",
          phrases: { anyOf: ["睡眠"] },
          limits: [{ unit: "小时", per: "天", min: 10, when: ["睡眠"], note: "小学生每天睡眠时间应达到10小时", source: "睡眠管理通知 2021" }],
        },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const custom = createPolicyLimitRule(parsed.checklist);
    const plan = planWith("保证学生每天睡眠9小时。", { text: "9小时", value: 9, unit: "小时", comparator: "=" });
    expect(custom.check({ plan }).map((finding) => finding.message)).toEqual([
      "Found 睡眠 9小时 per 天, expected at least 10小时 (睡眠管理通知 2021)",
    ]);
    expect(messages(plan)).toEqual([]);
  });

  it("checks a custom limit in a unit no default limit uses (篇), and only targets in units it compares", () => {
    const parsed = parseChecklist({
      id: "reading",
      title: "阅读",
      version: "1",
      items: [
        {
          id: "reading",
          label: "读书笔记",
          phrases: { anyOf: ["读书笔记"] },
          limits: [{ unit: "篇", per: "学期", max: 10, when: ["读书笔记"], note: "读书笔记每学期不超过10篇", source: "test" }],
        },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const custom = createPolicyLimitRule(parsed.checklist);
    const inPieces = planWith("每学期读书笔记不少于20篇。", { text: "不少于20篇", value: 20, unit: "篇", per: "学期", comparator: ">=" });
    expect(custom.check({ plan: inPieces }).map((finding) => finding.message)).toEqual([
      "Found 读书笔记 20篇 per 学期, expected at most 10篇 (test)",
    ]);
    const inTimes = planWith("每学期读书笔记不少于20次。", { text: "不少于20次", value: 20, unit: "次", per: "学期", comparator: ">=" });
    expect(custom.check({ plan: inTimes })).toEqual([]);
  });
});

describe("policy-limit: scope of a target in a sentence that names several grades", () => {
  it("一二年级不布置书面作业，三至六年级每天书面作业不超过90分钟 → the 60 limit, not the grades 1–2 one", () => {
    const plan = planWith("小学一二年级不布置书面作业，三至六年级每天书面作业不超过90分钟。", { text: "不超过90分钟", value: 90 });
    expect(messages(plan)).toEqual(["Found 书面作业 90分钟 per 天, expected at most 60分钟 (作业管理通知 2021)"]);
  });

  it("the 2021 notice's own wording yields nothing", () => {
    const sentence = "确保小学一二年级不布置书面家庭作业，小学其他年级每天书面作业完成时间平均不超过60分钟，初中每天书面作业完成时间平均不超过90分钟。";
    expect(messages(planWith(sentence, { text: "不超过60分钟", value: 60 }))).toEqual([]);
    expect(messages(planWith(sentence, { text: "不超过90分钟", value: 90 }))).toEqual([]);
  });

  it("每天不超过30分钟的书面作业 → the phrase after the number still selects the limit (grade 2 → at most 0)", () => {
    const plan = planWith("二年级每天不超过30分钟的书面作业。", { text: "不超过30分钟", value: 30 });
    expect(messages(plan)).toEqual(["Found 书面作业 30分钟 per 天, expected at most 0分钟 (作业管理通知 2021)"]);
  });
});

describe("policy-limit: other durations in a homework sentence", () => {
  const found = (input: string): string[] =>
    analyse(input, { segment: false }).flatMap((plan) => rule.check({ plan }).map((f) => f.message));

  it("a floor (不少于10小时 of sleep, 不少于2小时 of PE or 课后服务) breaks no homework ceiling", () => {
    expect(found("2023年学校工作计划\n一、主要措施\n小学三至六年级每天书面作业不超过60分钟，保证学生每天睡眠时间不少于10小时。")).toEqual([]);
    expect(found("2023年学校工作计划\n一、主要措施\n三至六年级书面作业每天不超过60分钟，课后服务每天不少于2小时。")).toEqual([]);
  });
  it("a clause naming its own time (在校时间, 睡眠时间) is not about the homework named before it", () => {
    expect(found("2023年学校工作计划\n一、主要措施\n落实双减，书面作业每天不超过60分钟；学生在校时间不超过8小时。")).toEqual([]);
  });
  it("a clause with only a grade still takes the homework named before it", () => {
    expect(found("2023年学校工作计划\n一、主要措施\n严控书面作业总量，三至六年级每天不超过90分钟。")).toEqual([
      "Found 书面作业 90分钟 per 天, expected at most 60分钟 (作业管理通知 2021)",
    ]);
    expect(found("2023年学校工作计划\n一、主要措施\n书面作业总量：三至六年级每天完成时间不超过90分钟。")).toEqual([
      "Found 书面作业 90分钟 per 天, expected at most 60分钟 (作业管理通知 2021)",
    ]);
  });
});
