import { detectPlanTitle, LIST_ITEM, NOTICE, PLAN_TITLE_WORDS } from "./detect-plan-title.js";
import { smallNumber } from "./_numerals.js";
import type { Span } from "../types.js";
import { isWhiteSpace } from "../char-table.js";

/** One plan of a text: its title and where it lies (offsets into the text given to splitCompilation). */
export interface PlanSlice extends Span {
  readonly title: string;
  readonly titleSpan: Span;
}

const NUM = "[一二三四五六七八九十]{1,3}|\\d{1,2}";
/** The heading lines that open one plan of a compilation, one family per pattern. */
export const PLAN_HEADINGS: readonly { readonly family: string; readonly pattern: RegExp }[] = [
  // "教科室工作计划主题篇一", "工作计划篇2"
  { family: "title-pian-n", pattern: new RegExp(`^[^。，,；;！!？?]{0,40}?篇\\s?(?<num>${NUM})$`, "u") },
  // "第一篇:学校工作计划", "第2篇"
  { family: "di-n-pian", pattern: new RegExp(`^第(?<num>${NUM})篇(?:$|[\\s:：、.])`, "u") },
  // "篇一:学校工作计划"
  { family: "pian-n-title", pattern: new RegExp(`^篇(?<num>${NUM})[\\s:：、.]`, "u") },
  // "工作计划范文一", "范文3"
  { family: "fanwen-n", pattern: new RegExp(`^[^。，,；;！!？?]{0,40}?范文(?<num>${NUM})$`, "u") },
  // "范文一:学校工作计划", "范文2 …" (also "【范文一】学校工作计划", read through unwrapTag)
  { family: "fanwen-n-title", pattern: new RegExp(`^范文(?<num>${NUM})[\\s:：、.]`, "u") },
  // "小学教研工作计划1", "学校工作计划(二)", "德育工作方案 第3篇": a plan title numbered at its end
  { family: "title-n", pattern: new RegExp(`^[^。，,；;:：！!？?]{2,40}?(?:计划书?|方案)\\s?(?:[(（](?<paren>${NUM})[)）]|第(?<di>${NUM})篇|(?<num>\\d{1,2}))$`, "u") },
];
/** The strings one of PLAN_HEADINGS needs: only the lines holding one are read. */
const TRIGGERS = ["篇", "范文", "计划", "方案"] as const;
/**
 * A numbered tag in brackets that opens the line ("【篇一】学校工作计划", "【第2篇】", "[范文三]"): 范文 sites set
 * the plan number off this way; it reads as the unbracketed tag with a colon ("篇一:学校工作计划").
 */
const OPENING_BRACKETS = "【[〔";
const BRACKETED_TAG = /^[【\[〔]\s*(?<tag>[^【】\[\]〔〕\s]{2,6}?)\s*[】\]〕]\s*[:：]?\s*/u;
/** Heading lines longer than this are sentences, not plan headings. */
export const MAX_HEADING_LENGTH = 50;

interface Heading {
  readonly family: string;
  readonly value: number;
  readonly lineStart: number;
  readonly span: Span;
  readonly text: string;
}

/**
 * One slice per plan. A compilation ("…(十五篇)" with "篇一 … 篇十五", "第一篇:", "工作计划篇2") is cut at
 * its plan headings — a family of heading lines numbered 1, 2, 3 … in order (the longest such run); each
 * slice runs from its heading to the next one and is titled by its heading line; the compilation's
 * own title and intro before the first heading belong to no plan. Any other text is ONE plan, titled as
 * detectPlanTitle says and starting at its title line when only a few short header lines precede it (or at the
 * first line of a 红头 notice among them: the web page's lines before it are left out); otherwise it starts at the
 * first non-blank char;
 * attachments and appendices stay in it. Slices are ordered, within bounds and do not overlap.
 */
export function splitCompilation(text: string): PlanSlice[] {
  const input = typeof text === "string" ? text : "";
  let headings = bestRun(findHeadings(input));
  if (headings.length < 2) headings = titlesBeforeFirstHeadings(input);
  // a plan title numbered at its end or repeated is weaker evidence than 篇/范文: when the text before the first
  // such title already holds a heading (一、), the plan started there and the titles name parts of it
  if (headings[0] !== undefined && WEAK_FAMILIES.has(headings[0].family) && hasHeadingBefore(input, headings[0].lineStart)) headings = [];
  if (headings.length >= 2) {
    return headings.map((h, i) => {
      const next = headings[i + 1];
      const end = trimEnd(input, h.span.end, next ? next.lineStart : input.length);
      const titled = isBareTag(h.text) ? titleLineAfter(input, h.span.end, end) : null;
      return titled === null ? { title: h.text, titleSpan: h.span, start: h.lineStart, end } : { title: input.slice(titled.start, titled.end), titleSpan: titled, start: h.lineStart, end };
    });
  }
  const found = detectPlanTitle(input);
  if (!found) return [];
  const first = input.search(/\S/u);
  const start = isHeader(input, first, found.lineStart) ? noticeStart(input, first, found.lineStart) ?? found.lineStart : first;
  const end = trimEnd(input, start, input.length);
  if (end <= start) return [];
  return [{ title: found.title, titleSpan: found.titleSpan, start, end }];
}

function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  // every plan heading holds a trigger: only the lines holding one are read
  const next = TRIGGERS.map((trigger) => text.indexOf(trigger));
  for (;;) {
    let at = -1;
    for (const position of next) if (position !== -1 && (at === -1 || position < at)) at = position;
    if (at === -1) break;
    const start = text.lastIndexOf("\n", at) + 1;
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    if (end - start <= MAX_HEADING_LENGTH + 8) {
      const raw = text.slice(start, end);
      const trimmed = raw.trim();
      if (trimmed.length > 0 && trimmed.length <= MAX_HEADING_LENGTH) {
        const heading = readHeading(trimmed);
        if (heading !== null) {
          const s = start + raw.length - raw.trimStart().length;
          headings.push({ family: heading.family, value: heading.value, lineStart: start, span: { start: s, end: s + trimmed.length }, text: trimmed });
        }
      }
    }
    for (let t = 0; t < next.length; t += 1) {
      const position = next[t] as number;
      if (position !== -1 && position < end) next[t] = text.indexOf(TRIGGERS[t] as string, end);
    }
  }
  return headings;
}

/** The family and number of a plan heading line (trimmed), or null. */
function readHeading(trimmed: string): { family: string; value: number } | null {
  const bracketed = OPENING_BRACKETS.includes(trimmed.charAt(0)) ? BRACKETED_TAG.exec(trimmed) : null;
  const tag = bracketed?.groups?.["tag"];
  const rest = bracketed === null ? "" : trimmed.slice(bracketed[0].length);
  // alone on its line the tag reads as the bare tag ("【篇二】" as "篇二"), with a title after it as "篇二:title"
  const line = tag === undefined ? trimmed : rest === "" ? tag : `${tag}:${rest}`;
  for (const { family, pattern } of PLAN_HEADINGS) {
    const groups = pattern.exec(line)?.groups;
    const numeral = groups?.["num"] ?? groups?.["paren"] ?? groups?.["di"];
    const value = numeral === undefined ? null : smallNumber(numeral);
    if (value !== null) return { family, value };
  }
  return null;
}

/** A plan heading that is only its number ("篇一", "【第2篇】", "范文三:"): the plan's title is on the next line. */
const BARE_TAG = /^[【[〔]?\s*(?:篇\s?(?:[一二三四五六七八九十]{1,3}|\d{1,2})|第(?:[一二三四五六七八九十]{1,3}|\d{1,2})篇|范文(?:[一二三四五六七八九十]{1,3}|\d{1,2}))\s*[】\]〕]?\s*[:：]?$/u;
/** A number tag after a few words that name no plan ("精选范文1", "优秀范文二", "参考篇3"): the words praise the 范文, the title is on the next line. */
const WORDS_THEN_TAG = new RegExp(`^[^。，,；;:：！!？?\\s]{1,6}(?:范文|篇)\\s?(?:${NUM})\\s*[:：]?$`, "u");
const NAMES_PLAN = new RegExp(PLAN_TITLE_WORDS.join("|"), "u");

function isBareTag(line: string): boolean {
  return BARE_TAG.test(line) || (WORDS_THEN_TAG.test(line) && !NAMES_PLAN.test(line));
}
const TITLE_AFTER_TAG = /^[^。，,；;:：！!？?]{2,50}$/u;

/** The span of the first non-blank line in [from, to) when it reads as a title, else null. */
function titleLineAfter(text: string, from: number, to: number): Span | null {
  let start = from;
  while (start < to && isWhiteSpace(text.charCodeAt(start))) start += 1;
  let end = text.indexOf("\n", start);
  if (end < 0 || end > to) end = to;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
  const line = text.slice(start, end);
  return TITLE_AFTER_TAG.test(line) && !LIST_ITEM.test(line) ? { start, end } : null;
}

const WEAK_FAMILIES = new Set(["title-n", "title-restart"]);

/** Whether a "一、" heading opens a line before `end`. */
function hasHeadingBefore(text: string, end: number): boolean {
  if (text.startsWith("一、")) return true;
  const at = text.indexOf(FIRST_HEADING);
  return at !== -1 && at < end;
}

/** Whether the non-blank line before `lineStart` announces an attachment ("附件：", "附件1", "附："). */
function followsAttachmentLine(text: string, lineStart: number): boolean {
  let end = lineStart;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
  const start = text.lastIndexOf("\n", end - 1) + 1;
  let first = start;
  while (first < end && isWhiteSpace(text.charCodeAt(first))) first += 1;
  return text.startsWith("附", first);
}

/** A whole line that titles a plan ("小学数学教研组工作计划"): no sentence punctuation, ends with 计划. */
const PLAN_TITLE_LINE = /^[^。，,；;:：！!？?《》、]{2,48}计划书?$/u;
/**
 * A 工作要点 is a plan too ("XX小学2023年教研工作要点"), but "本学期工作要点" above a 一、 is a part of one: a 要点 line
 * titles a plan only when it names its year.
 */
const POINTS_TITLE_LINE = /^[^。，,；;:：！!？?《》、]{0,40}(?:19|20)\d\d[^。，,；;:：！!？?《》、]{0,20}工作要点$/u;
const FIRST_HEADING = "\n一、";

/**
 * Plans put one after another without a number ("小学语文教研组工作计划 一、… 小学数学教研组工作计划 一、…", or
 * the same title twice): each opens with a title line ending in 计划 (or 工作要点 with its year) right above a "一、" heading line, where the
 * heading numbering starts again. Two or more such lines make a compilation; the text before the first is no plan.
 * An attachment is not a second plan: it is titled 附件… or 安排/方案/行事历, not …计划 above a "一、".
 */
function titlesBeforeFirstHeadings(text: string): Heading[] {
  const found: Heading[] = [];
  for (let at = text.indexOf(FIRST_HEADING); at !== -1; at = text.indexOf(FIRST_HEADING, at + 1)) {
    let end = at;
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
    const lineStart = text.lastIndexOf("\n", end - 1) + 1;
    if (end - lineStart > MAX_HEADING_LENGTH + 8) continue;
    const raw = text.slice(lineStart, end);
    const trimmed = raw.trim();
    // an attachment titled …计划 belongs to the plan it is attached to
    if (!(PLAN_TITLE_LINE.test(trimmed) || POINTS_TITLE_LINE.test(trimmed)) || followsAttachmentLine(text, lineStart)) continue;
    const s = lineStart + raw.length - raw.trimStart().length;
    found.push({ family: "title-restart", value: found.length + 1, lineStart, span: { start: s, end: s + trimmed.length }, text: trimmed });
  }
  return found;
}

/** The longest run 1, 2, 3 … of one family, in text order (other headings in between are skipped). */
function bestRun(headings: readonly Heading[]): Heading[] {
  let best: Heading[] = [];
  const families = new Set(headings.map((h) => h.family));
  for (const family of families) {
    let run: Heading[] = [];
    for (const h of headings) {
      if (h.family !== family) continue;
      if (h.value === run.length + 1) run.push(h);
      else if (h.value === 1 && run.length < 2) run = [h];
    }
    if (run.length > best.length) best = run;
  }
  return best;
}

/** Header lines before a title (红头 notice, issue date) may be left out: a few short lines only. */
export const MAX_HEADER_LINES = 8;
export const MAX_HEADER_LINE_LENGTH = 100;

/**
 * Where a 红头 notice among the header lines begins (its first NOTICE line: "…文件 江教体发〔2020〕73号",
 * "关于印发《…》的通知"), or null. The notice is part of the official document (its issue date, the years of the
 * title it quotes are the plan's dates: ANNOTATION, HARD-CASES #24); the lines before it are the web page's.
 */
function noticeStart(text: string, from: number, to: number): number | null {
  for (let lineStart = from; lineStart < to; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    if (NOTICE.test(text.slice(lineStart, lineEnd).trim())) return lineStart;
    lineStart = lineEnd + 1;
  }
  return null;
}

/** Whether text [from, to) is a few short lines (blank ones aside), read in place. */
function isHeader(text: string, from: number, to: number): boolean {
  let rows = 0;
  for (let lineStart = from; lineStart <= to; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start += 1;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
    if (end > start) {
      rows += 1;
      if (rows > MAX_HEADER_LINES || end - start > MAX_HEADER_LINE_LENGTH) return false;
    }
    lineStart = lineEnd + 1;
  }
  return true;
}

function trimEnd(text: string, min: number, end: number): number {
  let e = end;
  while (e > min && /\s/u.test(text[e - 1] ?? "")) e--;
  return e;
}
