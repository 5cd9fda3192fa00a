import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/index.js";

/** policy-limit findings of a one-sentence plan, each with the target text it is on. */
function findings(sentence: string): string[] {
  const plan = analyse(`2022年学校工作计划\n一、工作措施\n${sentence}`, { segment: false })[0]!;
  return plan.findings.filter((f) => f.ruleId === "policy-limit").map((f) => `${plan.text.slice(f.start, f.end)}: ${f.message}`);
}

describe("policy-limit reads grades as plans write them (作业管理通知 2021)", () => {
  it("初一–初三 and 初二年级 are junior high: at most 90, not the 60 of primary or the 0 of grades 1–2", () => {
    expect(findings("初一至初三每天书面作业不超过120分钟。")).toEqual(["不超过120分钟: Found 书面作业 120分钟 per 天, expected at most 90分钟 (作业管理通知 2021)"]);
    expect(findings("初一、初二年级每天书面作业不超过100分钟。")).toEqual(["不超过100分钟: Found 书面作业 100分钟 per 天, expected at most 90分钟 (作业管理通知 2021)"]);
    expect(findings("初二年级每天书面作业不超过90分钟。")).toEqual([]);
  });

  it("grades in Arabic numerals: 3-6年级, 1、2年级", () => {
    expect(findings("3-6年级每天书面作业不超过90分钟。")).toEqual(["不超过90分钟: Found 书面作业 90分钟 per 天, expected at most 60分钟 (作业管理通知 2021)"]);
    expect(findings("1、2年级每天书面作业不超过20分钟。")).toEqual(["不超过20分钟: Found 书面作业 20分钟 per 天, expected at most 0分钟 (作业管理通知 2021)"]);
  });

  it("an exemption is read in the target's own clauses: another target's 初中 does not exempt 小学", () => {
    expect(findings("严控书面作业总量，每天初中不超过90分钟，小学三至六年级不超过90分钟。")).toEqual([
      "不超过90分钟: Found 书面作业 90分钟 per 天, expected at most 60分钟 (作业管理通知 2021)",
    ]);
    const plan = analyse("2022年学校工作计划\n一、工作措施\n严控书面作业总量，每天初中不超过90分钟，小学三至六年级不超过90分钟。", { segment: false })[0]!;
    const finding = plan.findings.find((f) => f.ruleId === "policy-limit")!;
    expect(plan.text.slice(finding.start - 7, finding.start)).toBe("小学三至六年级");
  });
});

describe("policy-limit: sleep (睡眠管理通知 2021: 小学生10小时, 初中生9小时, 高中生8小时)", () => {
  it("a floor below the level's", () => {
    expect(findings("保证小学生每天睡眠时间不少于9小时。")).toEqual(["不少于9小时: Found 睡眠 9小时 per 天, expected at least 10小时 (睡眠管理通知 2021)"]);
    expect(findings("初中生每天睡眠时间不少于8小时。")).toEqual(["不少于8小时: Found 睡眠 8小时 per 天, expected at least 9小时 (睡眠管理通知 2021)"]);
    expect(findings("保证学生每天睡眠7小时。")).toEqual(["7小时: Found 睡眠 7小时 per 天, expected at least 8小时 (睡眠管理通知 2021)"]);
    expect(findings("睡眠时间：小学生每天不少于10小时，初中生不少于8小时。")).toEqual([
      "不少于8小时: Found 睡眠 8小时 per 天, expected at least 9小时 (睡眠管理通知 2021)",
    ]);
  });

  it("floors that meet the level's, and other things' hours, are not flagged", () => {
    for (const sentence of [
      "保证初中生每天睡眠9小时。",
      "确保学生每天睡眠时间小学不少于10小时、初中不少于9小时。",
      "保证学生每天睡眠不少于8小时。",
      "保证中小学生每天睡眠时间不少于9小时。",
      "保证充足睡眠，每天锻炼1小时。",
      "保证学生睡眠时间，在校时间不超过8小时。",
    ]) expect(findings(sentence)).toEqual([]);
  });
});
