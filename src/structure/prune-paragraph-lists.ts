import type { Heading } from "./_heading.js";
import type { HeadingNode } from "./build-section-tree.js";
import { charSet, isInlineSpace, isLineEndOrEnd } from "./_chars.js";

const isSentenceClose = charSet("。；;!?！？");
/** Styles that number paragraphs as often as headings. */
const LIST_STYLES = new Set(["arabic", "arabic-paren", "arabic-half-paren", "circled", "paren-char", "dot-char"]);

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
  if (!hasParagraphRun(text, roots)) return drop;
  for (const node of roots) if (LIST_STYLES.has(node.heading.style)) dropListItems(node, drop);
  return drop;
}

/** Whether a top-level run of one list style (a 1 starts a new run) has at most half of its items alone on their line. */
function hasParagraphRun(text: string, roots: readonly HeadingNode[]): boolean {
  // per style, the items and the heading lines of its current run
  let runs: Map<string, { items: number; headingLines: number }> | undefined;
  let paragraphs = false;
  for (const node of roots) {
    const { heading } = node;
    if (!LIST_STYLES.has(heading.style)) continue;
    runs ??= new Map();
    let run = runs.get(heading.style);
    if (run === undefined || heading.number === 1) {
      if (run !== undefined && run.headingLines * 2 <= run.items) paragraphs = true;
      run = { items: 0, headingLines: 0 };
      runs.set(heading.style, run);
    }
    run.items += 1;
    if (isHeadingLine(text, heading)) run.headingLines += 1;
  }
  if (runs !== undefined) for (const run of runs.values()) if (run.headingLines * 2 <= run.items) paragraphs = true;
  return paragraphs;
}

function dropListItems(node: HeadingNode, drop: Set<Heading>): void {
  if (LIST_STYLES.has(node.heading.style)) drop.add(node.heading);
  for (const child of node.children) dropListItems(child, drop);
}
