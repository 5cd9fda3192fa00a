import { formatMarker, parseMarker } from "../../structure/index.js";
import type { Section } from "../../types.js";
import type { Rule, RuleFinding } from "../rule.js";

/**
 * numbering-gap: a heading number skipped or repeated among the headings of one level ("一、 … 三、",
 * "(二) … (二)"). Among the children of one section (or the top-level sections), each heading is compared
 * with the previous one of the same marker style. A "1" restarts a list and is never a gap, and the first
 * heading of a level may start anywhere (plans number 4., 5. … on under a new 二、).
 */

function gapsAmong(siblings: readonly Section[], findings: RuleFinding[]): void {
  if (siblings.length === 0) return;
  const previousByStyle = new Map<string, { readonly section: Section; readonly number: number }>();
  for (const section of siblings) {
    const parsed = parseMarker(section.marker);
    if (parsed !== null) {
      const previous = previousByStyle.get(parsed.style);
      if (previous !== undefined && parsed.number !== 1 && parsed.number !== previous.number + 1) {
        const expected = formatMarker(previous.section.marker, previous.number + 1);
        findings.push({
          start: section.start,
          end: section.start + section.marker.length,
          message: `Found ${section.marker.trim()} after ${previous.section.marker.trim()}, expected ${expected}`,
          actual: section.marker.trim(),
          expected: [expected],
          related: [{ start: previous.section.start, end: previous.section.start + previous.section.marker.length, message: "previous heading of this level" }],
        });
      }
      previousByStyle.set(parsed.style, { section, number: parsed.number });
    }
    gapsAmong(section.children, findings);
  }
}

export const rule: Rule = {
  id: "numbering-gap",
  severity: "warning",
  description: "A heading number skipped or repeated (一、 then 三、)",
  check: ({ plan }) => {
    const findings: RuleFinding[] = [];
    gapsAmong(plan.sections, findings);
    return findings;
  },
  examples: {
    ok: ["2022年学校工作计划\n一、指导思想\n坚持立德树人。\n二、工作目标\n(一)提高教学质量。\n(二)加强队伍建设。"],
    notOk: [
      {
        name: "skipped number",
        input: "2022年学校工作计划\n一、指导思想\n坚持立德树人。\n三、工作目标\n提高教学质量。",
        expected: ["Found 三、 after 一、, expected 二、"],
      },
      {
        name: "repeated number",
        input: "2022年学校工作计划\n一、工作目标\n(一)提高教学质量。\n(二)加强队伍建设。\n(二)深化课堂改革。",
        expected: ["Found (二) after (二), expected (三)"],
      },
    ],
  },
};
