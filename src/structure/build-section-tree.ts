import type { Heading } from "./_heading.js";
import { isSentenceEnd } from "./_chars.js";

/** A heading placed in the tree; end is where the next heading of the same or a higher level starts. */
export interface HeadingNode {
  readonly heading: Heading;
  readonly level: number;
  readonly end: number;
  readonly children: readonly HeadingNode[];
}

interface OpenNode {
  readonly heading: Heading;
  readonly parent: OpenNode | undefined;
  readonly level: number;
  end: number;
  readonly children: OpenNode[];
}

/** The innermost open label of one sort (month/week labels, or other labels); -1 when none. */
function lastLabelOfSort(stack: readonly OpenNode[], calendar: boolean): number {
  for (let i = stack.length - 1; i >= 0; i -= 1) {
    const heading = stack[i]?.heading;
    if (heading?.style === "label" && (heading.calendar === true) === calendar) return i;
  }
  return -1;
}

/** The innermost open label that names a calendar part ("活动安排:"), when no other label is open inside it; -1 when none. */
function lastCalendarPart(stack: readonly OpenNode[]): number {
  for (let i = stack.length - 1; i >= 0; i -= 1) {
    const heading = (stack[i] as OpenNode).heading;
    if (heading.style === "label") return heading.namesCalendar === true ? i : -1;
  }
  return -1;
}

/** Major styles open a new top-level part: a label heading never takes them as children. */
const MAJOR_STYLES = new Set(["cn", "di-part", "di-chapter", "di-section", "di-article", "di-dun", "roman"]);

/**
 * Nests headings by marker style with a stack (the outline rule of GB/T 9704: a style already open higher
 * up closes everything below it; a new style opens a level below the current one). Label headings
 * ("工作目标:", "九月份:") are siblings of the open label of their sort (month/week or other) and never
 * hold a major heading (一、, 第一部分); a label followed by a "1" of a style that is open
 * takes that list's place ("…3.鼓励… 9月份: 1.制定…" makes 9月份 a sibling of 3.). A bare section word
 * ("工作重点") is top level.
 */
export function buildSectionTree(text: string, headings: readonly Heading[]): HeadingNode[] {
  const textLength = text.length;
  const roots: OpenNode[] = [];
  const stack: OpenNode[] = [];
  const lastOfStyle = new Map<string, OpenNode>();
  for (let index = 0; index < headings.length; index += 1) {
    const heading = headings[index] as Heading;
    if (heading.style === "label") {
      const openLabel = lastLabelOfSort(stack, heading.calendar === true);
      const calendarPart = heading.calendar === true && openLabel < 0 ? lastCalendarPart(stack) : -1;
      if (heading.topLevel === true) closeTo(stack, 0, heading.start);
      else if (openLabel >= 0) closeTo(stack, openLabel, heading.start);
      // the first month of "活动安排:" / "【行事历】" opens its list: the label holds the months as children
      else if (calendarPart >= 0) closeTo(stack, calendarPart + 1, heading.start);
      else {
        // "具体措施： 1.加强。 2.规范。 九月份：": an item that closes with a sentence end holds no months, the month list
        // starts after the list ("1.开展读书活动 九月：启动" keeps its months: the item names work they schedule)
        if (heading.calendar === true) closeSentenceItems(text, stack, heading.start);
        closeLabels(stack, heading.start);
        const next = headings[index + 1];
        if (next !== undefined && next.style !== "label" && next.number === 1) {
          const open = firstOfStyle(stack, next.style);
          if (open >= 0) closeTo(stack, open, heading.start);
          closeLabels(stack, heading.start);
        }
      }
    } else {
      if (MAJOR_STYLES.has(heading.style)) {
        const firstLabel = firstOfStyle(stack, "label");
        if (firstLabel >= 0) closeTo(stack, firstLabel, heading.start);
      }
      const open = firstOfStyle(stack, heading.style);
      if (open >= 0) closeTo(stack, open, heading.start);
      else closeToListOf(stack, lastOfStyle.get(heading.style), heading);
    }
    const parent = stack[stack.length - 1];
    const node: OpenNode = { heading, parent, level: stack.length + 1, end: textLength, children: [] };
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
    stack.push(node);
    lastOfStyle.set(heading.style, node);
  }
  closeTo(stack, 0, textLength);
  return roots;
}

/** Closes the open nodes above the first `length`, ending them at `at`. */
function closeTo(stack: OpenNode[], length: number, at: number): void {
  while (stack.length > length) (stack.pop() as OpenNode).end = at;
}

/** List item styles ("1.", "(1)", "①"): the levels under the part headings (一、, （一）). */
const ITEM_STYLES = new Set(["arabic", "arabic-paren", "arabic-half-paren", "circled", "paren-char", "dot-char"]);

/** Closes the open list items above a nested position whose title closes with a sentence end ("2.规范。"). */
function closeSentenceItems(text: string, stack: OpenNode[], at: number): void {
  for (let top = stack[stack.length - 1]; stack.length > 1 && top !== undefined && ITEM_STYLES.has(top.heading.style); top = stack[stack.length - 1]) {
    if (!isSentenceEnd(text.charCodeAt(top.heading.titleEnd - 1))) return;
    closeTo(stack, stack.length - 1, at);
  }
}

function closeLabels(stack: OpenNode[], at: number): void {
  while (stack.length > 0 && (stack[stack.length - 1] as OpenNode).heading.style === "label") closeTo(stack, stack.length - 1, at);
}

/** The outermost open node of a style; -1 when none. */
function firstOfStyle(stack: readonly OpenNode[], style: string): number {
  for (let i = 0; i < stack.length; i += 1) if ((stack[i] as OpenNode).heading.style === style) return i;
  return -1;
}

/**
 * "工作目标: 1、… 具体措施: (1)… 2. …": the 2. goes on the list of the closed 1、, so it goes back to the
 * deepest still-open ancestor of that 1、 instead of nesting under (1).
 */
function closeToListOf(stack: OpenNode[], previous: OpenNode | undefined, heading: Heading): void {
  if (previous === undefined || heading.number !== previous.heading.number + 1) return;
  for (let ancestor = previous.parent; ancestor !== undefined; ancestor = ancestor.parent) {
    const open = stack.indexOf(ancestor);
    if (open >= 0) {
      closeTo(stack, open + 1, heading.start);
      return;
    }
  }
}
