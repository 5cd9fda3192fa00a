import { charSet } from "../../char-table.js";
import { kindFromTitle, parseMarker, type MarkerStyle } from "../../structure/index.js";
import type { Section } from "../../types.js";
import type { Rule, RuleFinding } from "../rule.js";

/**
 * empty-section: a heading with nothing under it — no body text and no sub-headings before the next
 * heading of its level ("一、指导思想" directly followed by "二、工作目标").
 *
 * Only structural headings are checked: chapter-style markers (一、 (一) 第一部分 …), label headings
 * ("工作目标:") and headings that start with a section word. A numbered list item ("1、健全科研网络机构") and a
 * heading that is itself a complete sentence ("1、集中学习和自己学习相结合。") are list content, not empty
 * sections.
 */

/** A section word makes a list item a heading only at the start of its title ("1、工作目标", not "1. …行事历"). */
const SECTION_WORD_OFFSET = 2;
const STRUCTURAL_STYLES: ReadonlySet<MarkerStyle> = new Set<MarkerStyle>([
  "cn", "cn-paren", "cn-half-paren", "roman", "di-part", "di-chapter", "di-section", "di-article", "di-dun",
]);
const CONTENT = /[\p{L}\p{N}]/u;
const SENTENCE_MARK = charSet("。；;!?！？");
const SPACE_OR_TAB = charSet(" \t\u3000");

/** Whether `text` from..to holds a letter or digit; the common ones are told by their code without a regex. */
function holdsContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x4e00 && code <= 0x9fa5) || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return true;
    if (code >= 0x80) return CONTENT.test(text.slice(i, to));
  }
  return false;
}

/** Whether the body starts (after spaces and tabs) with a sentence mark: the heading's line ends a sentence. */
function startsWithSentenceMark(text: string, from: number, to: number): boolean {
  while (from < to && SPACE_OR_TAB(text.charCodeAt(from))) from += 1;
  return from < to && SENTENCE_MARK(text.charCodeAt(from));
}

function isStructural(section: Section): boolean {
  if (section.marker === "") return true;
  const parsed = parseMarker(section.marker);
  if (parsed !== null && STRUCTURAL_STYLES.has(parsed.style)) return true;
  return kindFromTitle(section.title.slice(section.marker.length).trim(), SECTION_WORD_OFFSET) !== null;
}

function emptyAmong(text: string, sections: readonly Section[], findings: RuleFinding[]): void {
  for (const section of sections) {
    if (section.children.length > 0) {
      emptyAmong(text, section.children, findings);
      continue;
    }
    const { title } = section;
    const bodyStart = section.titleSpan.end;
    const sentence = SENTENCE_MARK(title.charCodeAt(title.length - 1)) || startsWithSentenceMark(text, bodyStart, section.end);
    if (sentence || holdsContent(text, bodyStart, section.end) || !isStructural(section)) continue;
    findings.push({
      start: section.titleSpan.start,
      end: section.titleSpan.end,
      message: `Found heading “${section.title}” with no body, expected text or sub-headings under it`,
      actual: section.title,
    });
  }
}

export const rule: Rule = {
  id: "empty-section",
  severity: "warning",
  description: "A heading with no body and no sub-headings",
  check: ({ plan }) => {
    const findings: RuleFinding[] = [];
    emptyAmong(plan.text, plan.sections, findings);
    return findings;
  },
  examples: {
    ok: ["2022年学校工作计划\n一、指导思想\n坚持立德树人。\n二、工作目标\n1、健全科研网络机构\n2、扩大课题组"],
    notOk: [
      {
        name: "heading followed by the next heading",
        input: "2022年学校工作计划\n一、指导思想\n二、工作目标\n提高教学质量。",
        expected: ["Found heading “一、指导思想” with no body, expected text or sub-headings under it"],
      },
    ],
  },
};
