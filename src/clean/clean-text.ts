import { collapseBlankLines, collapseBlankLinesAtJoins } from "./06-collapse-blank-lines.js";
import { uploadInfo } from "./10-upload-info.js";
import { pageCounter, pageNumber } from "./11-page-counter.js";
import { pageTitleCounter } from "./12-page-title-counter.js";
import { previewLimit } from "./13-preview-limit.js";
import { readMore } from "./14-read-more.js";
import { resourceDescription } from "./15-resource-description.js";
import { memberShare } from "./16-member-share.js";
import { editorNote } from "./17-editor-note.js";
import { fillerIntro } from "./18-filler-intro.js";
import { recommendedLinks } from "./19-recommended-links.js";
import { youMayLike } from "./20-you-may-like.js";
import { breadcrumb } from "./21-breadcrumb.js";
import { postMeta } from "./22-post-meta.js";
import { pageActions } from "./23-page-actions.js";
import { qrCode } from "./24-qr-code.js";
import { siteChrome } from "./25-site-chrome.js";
import { licenceNumber } from "./26-licence-number.js";
import { loneNumber } from "./27-lone-number.js";
import { articleNav } from "./28-article-nav.js";
import { articleMeta } from "./29-article-meta.js";
import { wenkuChunkMarker } from "./30-wenku-chunk-marker.js";
import { wenkuHeadingMarker } from "./31-wenku-heading-marker.js";
import { duplicatedTail } from "./40-duplicated-tail.js";
import { repeatedTitle } from "./41-repeated-title.js";
import { duplicatedParagraph } from "./42-duplicated-paragraph.js";
import { applyEdits } from "./_apply-edits.js";
import { carryLines } from "./_lines.js";
import { composeMaps, identityMap, segmentAt, type OffsetMap } from "./offset-map.js";
import type { CleanRule, Edit } from "./_rule.js";
import type { Removal } from "../types.js";

/**
 * The cleaning phases. Rules of one phase all look at the same text; their edits are applied together
 * (on overlap the earlier rule in the list wins), then blank lines are tidied before the next phase.
 */
export const CLEAN_PHASES: readonly (readonly CleanRule[])[] = [
  [
    youMayLike, //          猜你喜欢 … to the end
    uploadInfo, //          上传人:… 文档编号:…
    pageCounter, //         第1页 / 共9页, 第 页 共 页
    pageNumber, //          - 1 -, 第3页 (a line alone)
    pageTitleCounter, //    xxx_第1页
    previewLimit, //        亲,该文档总共9页…
    readMore, //            展开阅读全文
    resourceDescription, // 资源描述
    memberShare, //         《…》由会员分享…请在金锄头文库上搜索。
    editorNote, //          下面是小编为大家整理的…
    fillerIntro, //         人生天地之间…下面是小编为大家带来的…
    recommendedLinks, //    推荐访问:…
    breadcrumb, //          位置: 首页 > …
    postMeta, //            时间:… 来源:…
    pageActions, //         返回 下载 相关 举报
    qrCode, //              二维码
    siteChrome, //          相关资源, 最新文档, 电脑版 |…版权所有
    licenceNumber, //       蜀ICP备13022795号
    loneNumber, //          a number alone in the header
    articleNav, //          上一篇:… / 下一篇:…
    articleMeta, //         本文来源:…, 责任编辑:…, 点击次数:… 更新时间:…, 如有侵权请联系删除
    wenkuChunkMarker, //    …特色的\n\n2、课程体系 → …特色的课程体系
    wenkuHeadingMarker, //  质量。2、 工作重点(1) → 质量。\n工作重点(1)
  ],
  [
    duplicatedTail, //      …A\nB\nA\nB → …A\nB
    repeatedTitle, //       标题\n\n标题 一、… → 标题 一、… (the page's title above the document's)
    duplicatedParagraph, // …A\nA\n… → …A\n… (a paragraph printed twice in a row)
  ],
];

/** Rounds of the whole phase list at most; real pages settle in one or two. */
const MAX_ROUNDS = 8;

export interface CleanResult {
  readonly text: string;
  /** what was removed, by which rule; offsets into the text given to cleanText; sorted by start, end */
  readonly removals: readonly Removal[];
  /** from the clean text back to the text given to cleanText */
  readonly map: OffsetMap;
}

/** Scraped-page boilerplate out, 文库 page chunks joined. Never throws. */
export function cleanText(text: string): CleanResult {
  const input = typeof text === "string" ? text : "";
  let current = input;
  let map = identityMap(input.length);
  const removals: Removal[] = [];
  // Removing one piece can expose another (a page counter gone leaves a lone number): run the phases again
  // until nothing changes, so that cleaning is idempotent. Every edit shortens the text, so it converges.
  // the last text each phase found nothing to do in: its rules are pure, so on that text again it would not either
  const settled: (string | null)[] = new Array<string | null>(CLEAN_PHASES.length).fill(null);
  // whether `current` came out of collapseBlankLines (or had nothing for it to do)
  let tidied = false;
  for (let round = 0, changed = true; changed && round < MAX_ROUNDS; round += 1) {
    const before = current;
    for (let index = 0; index < CLEAN_PHASES.length; index++) {
      if (current === settled[index]) continue;
      const edits: Edit[] = [];
      for (const rule of CLEAN_PHASES[index]!) for (const edit of rule.find(current)) edits.push(edit);
      if (edits.length === 0) {
        settled[index] = current;
        continue;
      }
      const result = applyEdits(current, edits);
      for (const edit of result.applied) {
        for (const piece of inputPieces(map, edit.start, edit.end)) {
          removals.push({ rule: edit.rule, start: piece.start, end: piece.end, text: input.slice(piece.start, piece.end) });
        }
      }
      const copies = noSameLengthReplacement(result.applied);
      // once tidied, the text has blank-line runs to collapse only where the edits joined its pieces
      const tidy = tidied && copies ? collapseBlankLinesAtJoins(result.text, result.map) : collapseBlankLines(result.text);
      tidied = true;
      if (copies) carryLines(current, tidy.text, composeMaps(result.map, tidy.map));
      map = composeMaps(composeMaps(map, result.map), tidy.map);
      current = tidy.text;
    }
    changed = current !== before;
  }
  removals.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text: current, removals, map };
}

/** Whether no edit replaces its text by as many chars (the map's linear segments are then copies). */
function noSameLengthReplacement(edits: readonly Edit[]): boolean {
  for (const edit of edits) if (edit.replacement.length === edit.end - edit.start) return false;
  return true;
}

/** The input spans behind output [start, end) of `map` (several when earlier phases removed text inside). */
function inputPieces(map: OffsetMap, start: number, end: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  const n = map.outStart.length;
  for (let s = n === 0 ? 0 : segmentAt(map, start); s < n; s++) {
    const oS = map.outStart[s] ?? 0;
    const oE = s + 1 < n ? (map.outStart[s + 1] ?? 0) : map.outputLength;
    if (oE <= start) continue;
    if (oS >= end) break;
    const iS = map.inStart[s] ?? 0;
    const iE = map.inEnd[s] ?? 0;
    const piece = map.linear[s] === true
      ? { start: iS + Math.max(0, start - oS), end: iS + Math.min(oE, end) - oS }
      : { start: iS, end: iE };
    const last = pieces[pieces.length - 1];
    if (last && last.end === piece.start) pieces[pieces.length - 1] = { start: last.start, end: piece.end };
    else if (piece.end > piece.start) pieces.push(piece);
  }
  return pieces;
}
