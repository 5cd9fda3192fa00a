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
  // an only child has no previous heading to compare with
  if (siblings.length === 1) gapsAmong(siblings[0]!.children, findings);
  if (siblings.length < 2) return;
  // per marker style seen among the siblings: its last heading and number (a level holds one or two styles, so
  // parallel arrays searched in order beat a Map per sibling list)
  const styles: string[] = [];
  const lastSections: Section[] = [];
  const lastNumbers: number[] = [];
  for (const section of siblings) {
    const parsed = parseMarker(section.marker);
    if (parsed !== null) {
      const slot = styles.indexOf(parsed.style);
      if (slot === -1) {
        styles.push(parsed.style);
        lastSections.push(section);
        lastNumbers.push(parsed.number);
      } else {
        const previous = lastSections[slot]!;
        const previousNumber = lastNumbers[slot]!;
        if (parsed.number !== 1 && parsed.number !== previousNumber + 1) gapFound(section, previous, previousNumber, findings);
        lastSections[slot] = section;
        lastNumbers[slot] = parsed.number;
      }
    }
    gapsAmong(section.children, findings);
  }
}

function gapFound(section: Section, previous: Section, previousNumber: number, findings: RuleFinding[]): void {
  const expected = formatMarker(previous.marker, previousNumber + 1);
  findings.push({
    start: section.start,
    end: section.start + section.marker.length,
    message: `Found ${section.marker.trim()} after ${previous.marker.trim()}, expected ${expected}`,
    actual: section.marker.trim(),
    expected: [expected],
    related: [{ start: previous.start, end: previous.start + previous.marker.length, message: "previous heading of this level" }],
  });
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
