import { detectChunkChains } from "./30-wenku-chunk-marker.js";
import type { CleanRule, Edit } from "./_rule.js";

// "质量。2、 工作重点(1) 推进…": after a sentence end, "N、" + space, then a short heading and a sub-item marker.
// The sentence end is matched (not looked behind at every char, which is slow) and left out of the edit: the
// matches are the same, since a match ends with a space and so never leaves a sentence end for the next one.
const HEADING_MARKER =
  /[。；;！!？?](?<marker>[ ]*\d{1,2}、[ ]+)(?=\p{Script=Han}{2,12}[ ]*(?:\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)))/gu;

/**
 * In a 文库 document (a chunk chain was found) the scraper renumbers a lost top-level heading
 * ("二、工作重点" → "2、 工作重点") and runs it into the previous sentence. The number is dropped and a
 * line break kept so that the heading starts a line: "质量。\n工作重点(1) 推进…".
 */
export const wenkuHeadingMarker: CleanRule = {
  id: "wenku-heading-marker",
  find: (text) => {
    const edits: Edit[] = [];
    if (!text.includes("、") || detectChunkChains(text).length === 0) return edits;
    for (const m of text.matchAll(HEADING_MARKER)) {
      edits.push({ start: m.index + 1, end: m.index + m[0].length, replacement: "\n", rule: "wenku-heading-marker" });
    }
    return edits;
  },
};
