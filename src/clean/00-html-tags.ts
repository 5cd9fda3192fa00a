import { createMapBuilder, identityMap } from "./offset-map.js";
import type { StepResult } from "./_step.js";

// The tags scraped plan text keeps when a site or a copy-paste hands over its markup as text (and the HTML
// loader, which reads whole pages, never ran): line and paragraph breaks, Word's <o:p>, font and emphasis spans,
// table cells. Only these names count, so "成绩<60分" or "<<教育法>>" stay.
const BLOCK = "br|p|div|li|ul|ol|tr|table|tbody|thead|tfoot|h[1-6]|section|article|blockquote|hr|dl|dt|dd|center|pre";
const CELL = "td|th";
const INLINE = "span|font|strong|b|i|u|em|a|img|o:p|sup|sub|small|big|label|ins|del|s|strike";
const TAG = `<\\/?(?:${BLOCK}|${CELL}|${INLINE})(?![\\w:-])[^<>\\n]{0,300}?\\/?>`;
/** a run of tags with only white space between them: one break at most */
const TAG_RUN = new RegExp(`${TAG}(?:\\s*${TAG})*`, "giu");
const BLOCK_TAG = new RegExp(`^<\\/?(?:${BLOCK})(?![\\w:-])`, "iu");
const CELL_TAG = new RegExp(`^<\\/?(?:${CELL})(?![\\w:-])`, "iu");
const ONE_TAG = new RegExp(TAG, "giu");

// a whole page (as the loader sniffs it) is the loader's to read: its head, scripts and styles are no plan text
const PAGE_START = /^\s*(?:<!--[^]{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/iu;

/**
 * HTML tags left in scraped text go: a run of block tags ("<br>", "<br/>", "<p>", "</p>", "</div>") becomes a
 * line break, as the page showed it ("坚持立德树人。<br/>二、工作目标" → two lines, so the heading opens its line);
 * a cell boundary ("</td><td>") a space; emphasis and font tags ("<strong>", "<span style=…>", "<o:p>") nothing.
 * A break beside a line break already there (or at an end of the text) adds none. Runs right after the entities
 * are decoded ("&lt;br&gt;" is a tag too); what it makes is normalised by the other steps.
 */
export function stripTags(text: string): StepResult {
  TAG_RUN.lastIndex = 0;
  let m = TAG_RUN.exec(text);
  if (m === null || PAGE_START.test(text.slice(0, 4096))) return { text, map: identityMap(text.length) };
  const b = createMapBuilder(text);
  for (; m !== null; m = TAG_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    b.copyTo(start);
    b.replaceTo(end, replacementOf(m[0], text, start, end));
  }
  return b.finish();
}

function replacementOf(run: string, text: string, start: number, end: number): string {
  let block = false;
  let cell = false;
  ONE_TAG.lastIndex = 0;
  for (let t = ONE_TAG.exec(run); t !== null; t = ONE_TAG.exec(run)) {
    if (BLOCK_TAG.test(t[0])) block = true;
    else if (CELL_TAG.test(t[0])) cell = true;
  }
  if (block) return atLineEdge(text, start, -1) || atLineEdge(text, end, 1) ? "" : "\n";
  return cell ? " " : "";
}

/** Whether only horizontal white space lies between `at` and a line break or an end of the text, going `step`. */
function atLineEdge(text: string, at: number, step: 1 | -1): boolean {
  for (let i = step === 1 ? at : at - 1; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0 && c !== 0x3000) return false;
  }
  return true;
}
