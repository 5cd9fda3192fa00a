import { linePositionsWhere, lineTable, lineTrigger, type LineTable } from "./_lines.js";
import type { CleanRule, Edit } from "./_rule.js";

// every page counter holds "页" (rarer in a plan than "共")
const TRIGGER = lineTrigger({ containing: ["页"] });

const PAGE_COUNTER = /[ ]*第[ ]*(?<page>\d{0,5})[ ]*页[ ]*[\/／,，]?[ ]*共[ ]*(?<pages>\d{0,5})[ ]*页/gu;

/** "第1页 / 共9页" as a line, and "第 页 共 页" left at the end of a 文库 page. */
export const pageCounter: CleanRule = {
  id: "page-counter",
  find: (text) => {
    const edits: Edit[] = [];
    const table = lineTable(text);
    for (const i of linePositionsWhere(text, TRIGGER)) {
      const start = table.start[i]!;
      const trimmed = text.slice(table.trimmedStart[i]!, table.trimmedEnd[i]!);
      for (const m of text.slice(start, table.end[i]!).matchAll(PAGE_COUNTER)) {
        if (m[0].trim() === trimmed) {
          edits.push(removeFooterLine(text, table, i, "page-counter"));
          break;
        }
        edits.push({ start: start + m.index, end: start + m.index + m[0].length, replacement: "", rule: "page-counter" });
      }
    }
    return edits;
  },
};

// a page footer line opens with a dash or 第
const NUMBER_TRIGGER = lineTrigger({ startingWith: "-—–－第" });
const PAGE_NUMBER = /^(?:[-—–－]{1,2}[ ]*\d{1,4}[ ]*[-—–－]{1,2}|第[ ]*\d{1,4}[ ]*页)$/u;

/**
 * A page number alone on a line, as a Word document prints it in the footer: "- 1 -", "— 2 —", "第3页".
 * Alone on its line it is never plan text; left in, "3页" would read as a quantity.
 */
export const pageNumber: CleanRule = {
  id: "page-number",
  find: (text) => {
    const edits: Edit[] = [];
    const table = lineTable(text);
    for (const i of linePositionsWhere(text, NUMBER_TRIGGER)) {
      const s = table.trimmedStart[i]!;
      const e = table.trimmedEnd[i]!;
      if (e > s && e - s <= 14 && PAGE_NUMBER.test(text.slice(s, e))) edits.push(removeFooterLine(text, table, i, "page-number"));
    }
    return edits;
  },
};

const SENTENCE_END = /[。！？!?；;…:：”」』)）]$/u;
/** a clause goes on after these (a comma, a particle, a preposition or conjunction, a comparator's 于): the line stops mid-sentence */
const CLAUSE_GOES_ON = /[,，、的于和与及对把将在为并或从向被让使]$/u;
/** a sentence ended inside the line: the line is a paragraph, not a heading */
const ENDED_INSIDE = /[。；;！？!?]/u;
/** a printed line this long that ends with no punctuation is a paragraph cut by the page, not a heading */
const MIN_CUT_LINE = 30;
/** a line opening with a list or heading marker starts a new item */
const NEW_ITEM = /^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．)）]|第[一二三四五六七八九十\d]+[章节部条周]|[①-⑳])/u;

/**
 * Removes footer line `i` with its "\n". When the page cut a sentence ("每学期听课不少于\n第2页 共5页\n15节"), the
 * two halves are joined again, so the sentence reads as one ("不少于15节"): the line before stops mid-sentence (a
 * comma, particle or preposition last; or no punctuation last and it is a full printed line — a heading is shorter —
 * or holds an ended sentence without opening an item) and the line after opens no new item. Blank lines around the footer (a 文库 page gap) go with it then.
 */
function removeFooterLine(text: string, table: LineTable, i: number, rule: string): Edit {
  const lineEnd = table.end[i]!;
  const removeOnly: Edit = { start: table.start[i]!, end: Math.min(lineEnd + 1, text.length), replacement: "", rule };
  const before = nonBlankLine(table, i, -1);
  const after = nonBlankLine(table, i, 1);
  if (before < 0 || after < 0) return removeOnly;
  const beforeText = text.slice(table.trimmedStart[before]!, table.trimmedEnd[before]!);
  const afterText = text.slice(table.trimmedStart[after]!, Math.min(table.trimmedEnd[after]!, table.trimmedStart[after]! + 12));
  const cut = !SENTENCE_END.test(beforeText) &&
    (CLAUSE_GOES_ON.test(beforeText) || beforeText.length >= MIN_CUT_LINE || (!NEW_ITEM.test(beforeText) && ENDED_INSIDE.test(beforeText)));
  if (!cut || NEW_ITEM.test(afterText) || isFooter(afterText) || isFooter(beforeText)) return removeOnly;
  return { start: table.trimmedEnd[before]!, end: table.trimmedStart[after]!, replacement: "", rule };
}

/** The nearest non-blank line from `i` going `step`, within three lines (a 文库 page gap); -1 if none. */
function nonBlankLine(table: LineTable, i: number, step: 1 | -1): number {
  for (let j = i + step, k = 0; j >= 0 && j < table.count && k < 3; j += step, k++) {
    if (table.trimmedEnd[j]! > table.trimmedStart[j]!) return j;
  }
  return -1;
}

/** Another page line beside ("…工作计划_第2页" above a counter, a counter under a page number): no sentence to join. */
function isFooter(line: string): boolean {
  return line.includes("页") || /^[-—–－]/u.test(line);
}
