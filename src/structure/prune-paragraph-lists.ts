import type { Heading } from "./_heading.js";
import type { HeadingNode } from "./build-section-tree.js";
import { charSet, isInlineSpace, isLineEndOrEnd } from "./_chars.js";

const isSentenceClose = charSet("。；;!?！？");
/** Styles that number paragraphs as often as headings. */
const LIST_STYLES = new Set(["arabic", "arabic-paren", "circled", "paren-char", "dot-char"]);

/** A heading alone on its line ("1、课题研究", "一、指导思想:"), as opposed to a numbered paragraph. */
export function isHeadingLine(text: string, heading: Heading): boolean {
  let i = heading.titleEnd;
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i += 1;
  const closesSentence = heading.titleEnd > heading.start && isSentenceClose(text.charCodeAt(heading.titleEnd - 1));
  return isLineEndOrEnd(text.charCodeAt(i)) && !closesSentence;
}

/**
 * The headings to drop because the plan's top level is numbered paragraphs, not headings. When a
 * top-level run of one list style (1、 (1) ① …) has at most half of its items standing alone on their line
 * ("1、以课题研究为抓手,做好…。继续…" is a paragraph; "1、课题研究" + body below is a heading), the plan
 * numbers paragraphs (its headings were lost, as in 范文 compilations): every top-level list item goes,
 * with the list items under it. Label and chapter-style headings (工作目标:, 一、) stay.
 */
export function findParagraphLists(text: string, roots: readonly HeadingNode[]): Set<Heading> {
  const drop = new Set<Heading>();
  const byStyle = new Map<string, HeadingNode[]>();
  for (const node of roots) {
    if (!LIST_STYLES.has(node.heading.style)) continue;
    const list = byStyle.get(node.heading.style) ?? [];
    list.push(node);
    byStyle.set(node.heading.style, list);
  }
  let paragraphs = false;
  for (const nodes of byStyle.values()) {
    // a 1 starts a new list
    const runs: HeadingNode[][] = [];
    for (const node of nodes) {
      const current = runs[runs.length - 1];
      if (current === undefined || node.heading.number === 1) runs.push([node]);
      else current.push(node);
    }
    paragraphs ||= runs.some((run) => run.filter((node) => isHeadingLine(text, node.heading)).length * 2 <= run.length);
  }
  if (!paragraphs) return drop;
  const dropListItems = (node: HeadingNode): void => {
    if (LIST_STYLES.has(node.heading.style)) drop.add(node.heading);
    node.children.forEach(dropListItems);
  };
  for (const node of roots) if (LIST_STYLES.has(node.heading.style)) dropListItems(node);
  return drop;
}
