import type { Heading } from "./_heading.js";

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

/** Major styles open a new top-level part: a label heading never takes them as children. */
const MAJOR_STYLES = new Set(["cn", "di-part", "di-chapter", "di-section", "di-article", "di-dun"]);

/**
 * Nests headings by marker style with a stack (the outline rule of GB/T 9704: a style already open higher
 * up closes everything below it; a new style opens a level below the current one). Label headings
 * ("工作目标:", "九月份:") are siblings of the open label of their sort (month/week or other) and never
 * hold a major heading (一、, 第一部分); a label followed by a "1" of a style that is open
 * takes that list's place ("…3.鼓励… 9月份: 1.制定…" makes 9月份 a sibling of 3.). A bare section word
 * ("工作重点") is top level.
 */
export function buildSectionTree(headings: readonly Heading[], textLength: number): HeadingNode[] {
  const roots: OpenNode[] = [];
  const stack: OpenNode[] = [];
  const closeTo = (length: number, at: number): void => {
    while (stack.length > length) {
      const node = stack.pop();
      if (node !== undefined) node.end = at;
    }
  };
  const top = (): OpenNode | undefined => stack[stack.length - 1];
  const lastOfStyle = new Map<string, OpenNode>();
  /**
   * "工作目标: 1、… 具体措施: (1)… 2. …": the 2. goes on the list of the closed 1、, so it goes back to the
   * deepest still-open ancestor of that 1、 instead of nesting under (1).
   */
  const closeToListOf = (previous: OpenNode | undefined, heading: Heading): void => {
    if (previous === undefined || heading.number !== previous.heading.number + 1) return;
    for (let ancestor = previous.parent; ancestor !== undefined; ancestor = ancestor.parent) {
      const open = stack.indexOf(ancestor);
      if (open >= 0) {
        closeTo(open + 1, heading.start);
        return;
      }
    }
  };
  const closeLabels = (at: number): void => {
    while (top()?.heading.style === "label") closeTo(stack.length - 1, at);
  };

  headings.forEach((heading, index) => {
    if (heading.style === "label") {
      const openLabel = lastLabelOfSort(stack, heading.calendar === true);
      if (heading.topLevel === true) closeTo(0, heading.start);
      else if (openLabel >= 0) closeTo(openLabel, heading.start);
      else {
        closeLabels(heading.start);
        const next = headings[index + 1];
        if (next !== undefined && next.style !== "label" && next.number === 1) {
          const open = stack.findIndex((node) => node.heading.style === next.style);
          if (open >= 0) closeTo(open, heading.start);
          closeLabels(heading.start);
        }
      }
    } else {
      if (MAJOR_STYLES.has(heading.style)) {
        const firstLabel = stack.findIndex((node) => node.heading.style === "label");
        if (firstLabel >= 0) closeTo(firstLabel, heading.start);
      }
      const open = stack.findIndex((node) => node.heading.style === heading.style);
      if (open >= 0) closeTo(open, heading.start);
      else closeToListOf(lastOfStyle.get(heading.style), heading);
    }
    const parent = top();
    const node: OpenNode = { heading, parent, level: stack.length + 1, end: textLength, children: [] };
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
    stack.push(node);
    lastOfStyle.set(heading.style, node);
  });
  closeTo(0, textLength);
  return roots;
}
