import { describe, expect, it } from "vitest";
import { detectAnchor, extractCalendar, parseSections } from "../../src/structure/index.js";
import { expectSectionInvariants } from "./_helpers.js";

/**
 * A safety net against quadratic or catastrophic behaviour, not a benchmark: each case costs well under a
 * second of CPU. CPU time of this process (not wall time) is compared, so a loaded machine does not fail it.
 */
const LIMIT_MS = 5000;
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const cases: [string, () => string][] = [
  ["1 MB of one line with no punctuation", () => "教研工作计划".repeat(175_000)],
  ["100,000 × “一、”", () => "一、".repeat(100_000)],
  ["100,000 × “不少于”", () => "不少于".repeat(100_000)],
  ["a 1 MB run of digits", () => "1234567890".repeat(100_000)],
  ["50,000 × “(一)”", () => "(一)".repeat(50_000)],
  ["50,000 lines of “1、x”", () => "1、加强教研\n".repeat(50_000)],
  ["50,000 month labels", () => "九月份:\n制定计划。\n".repeat(50_000)],
  ["50,000 week rows", () => "第1周 开学 ".repeat(50_000)],
  ["100,000 × “一、二”", () => "一、二".repeat(100_000)],
  ["200,000 spaces then a marker", () => `${" ".repeat(200_000)}一、指导思想`],
  ["100,000 open parentheses", () => "(".repeat(100_000) + "。1.落实。2.深化。"],
];

describe("linear time on worst cases", () => {
  it.each(cases)("%s", (_name, make) => {
    const text = make();
    const started = process.cpuUsage();
    const sections = parseSections(text);
    extractCalendar(text, sections, { year: 2020, term: "autumn" });
    detectAnchor(text.slice(0, 200), text);
    expect(cpuMs(started)).toBeLessThan(LIMIT_MS);
    expectSectionInvariants(text, sections.slice(0, 50));
  });
});
