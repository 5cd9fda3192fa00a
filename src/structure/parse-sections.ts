import { CodeUnitBuffer } from "../code-units.js";
import type { Section, SectionKind } from "../types.js";
import { buildSectionTree, type HeadingNode } from "./build-section-tree.js";
import { detectSectionKind, kindFromTitle } from "./detect-section-kind.js";
import { findLabelCandidates } from "./find-label-candidates.js";
import { findMarkerCandidates } from "./find-marker-candidates.js";
import { findParagraphLists } from "./prune-paragraph-lists.js";
import { selectHeadings } from "./select-headings.js";
import type { HeadingCandidate } from "./_heading.js";
import { isClosingMark } from "./_heading-name.js";

const codeUnits = new CodeUnitBuffer();
const ATTACHMENT = /^附件\s*(?<number>[0-9]{1,2})$/;

/**
 * The section tree of one plan: headings found (every marker level and label headings), kept when
 * numbering continuity makes them credible, run-in titles cut where the body starts, nested by marker
 * style, each section classified. Spans index into `text`; a section runs from its heading to the start
 * of the next heading of the same or a higher level. Text before the first heading is in no section.
 * A top level made of numbered paragraphs (not headings) is dropped, and its sub-headings move up.
 */
export function parseSections(text: string): Section[] {
  const units = codeUnits.of(text);
  const candidates = mergeByStart(findMarkerCandidates(text, units), findLabelCandidates(text, units));
  const headings = selectHeadings(text, units, candidates);
  const firstTree = buildSectionTree(text, headings);
  const paragraphs = findParagraphLists(text, firstTree);
  const tree = paragraphs.size === 0 ? firstTree : buildSectionTree(text, headings.filter((heading) => !paragraphs.has(heading)));
  const sections: Section[] = [];
  for (const node of tree) sections.push(toSection(text, node, null));
  return resolveAttachments(sections);
}

/**
 * Marker and label candidates in one list by start, as a sort by (start, markerEnd) would give: each list is
 * in ascending start already, and a label (markerEnd = start) goes before a marker starting at its offset.
 */
function mergeByStart(markers: readonly HeadingCandidate[], labels: readonly HeadingCandidate[]): HeadingCandidate[] {
  if (labels.length === 0) return markers as HeadingCandidate[];
  const merged: HeadingCandidate[] = [];
  let m = 0;
  for (const label of labels) {
    while (m < markers.length && (markers[m] as HeadingCandidate).start < label.start) merged.push(markers[m++] as HeadingCandidate);
    merged.push(label);
  }
  while (m < markers.length) merged.push(markers[m++] as HeadingCandidate);
  return merged;
}

function withoutClosingMarks(title: string): string {
  let end = title.length;
  while (end > 0 && isClosingMark(title.charCodeAt(end - 1))) end -= 1;
  return title.slice(0, end);
}

function toSection(text: string, node: HeadingNode, parentKind: SectionKind | null): Section {
  const { heading } = node;
  const kind = detectSectionKind(text, node, parentKind);
  const children: Section[] = [];
  for (const child of node.children) children.push(toSection(text, child, kind));
  return {
    kind,
    title: text.slice(heading.start, heading.titleEnd),
    titleSpan: { start: heading.start, end: heading.titleEnd },
    level: node.level,
    marker: text.slice(heading.start, heading.markerEnd),
    start: heading.start,
    end: node.end,
    children,
  };
}

/** "附件1" takes the kind of the first item of the 附件 list ("1. …工作行事历" → calendar). */
function resolveAttachments(roots: Section[]): Section[] {
  let listed: Map<number, SectionKind> | undefined;
  for (let index = 0; index < roots.length; index += 1) {
    const section = roots[index] as Section;
    // both forms below hold 附件
    if (!section.title.includes("附件")) continue;
    const name = withoutClosingMarks(section.title).trim();
    if (name === "附件") {
      listed ??= new Map();
      for (let child = 0; child < section.children.length; child += 1) {
        const kind = kindFromTitle((section.children[child] as Section).title);
        if (kind !== null) listed.set(child + 1, kind);
      }
      continue;
    }
    const number = ATTACHMENT.exec(name)?.groups?.number;
    const kind = number === undefined ? undefined : listed?.get(Number(number));
    if (kind !== undefined) roots[index] = { ...section, kind };
  }
  return roots;
}
