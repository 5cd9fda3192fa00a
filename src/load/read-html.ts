/**
 * HTML → visible text: block elements become line breaks, data tables one line per row (cells joined by
 * a tab; layout tables read as blocks); script, style, noscript, template, nav, img and form controls are
 * dropped. Nesting deeper than maxHtmlDepth is refused before any DOM is built.
 */
import { htmlToText as htmlToTextModule } from "./_lazy-modules.js";
import type { HtmlToTextFormatter, HtmlToTextOptions, HtmlToTextSelector } from "html-to-text";
import { loadFailure, type LoadFailure } from "./error-codes.js";
import { htmlNestingDepth } from "./html-depth.js";

export type HtmlTextResult = { readonly ok: true; readonly text: string } | LoadFailure;

const DROPPED = ["script", "style", "noscript", "template", "nav", "img", "svg", "iframe", "object", "select", "button", "input", "head"];
const ONE_LINE_BLOCKS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "dl", "dt", "dd", "li", "figure", "figcaption", "address", "center"];

function cellText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

type HtmlNode = Parameters<HtmlToTextFormatter>[0];

const BLOCKS_IN_CELL = new Set(["table", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "section", "article"]);
const MAX_CELL_SCAN = 2_000;

/** The rows of a table (through thead/tbody/tfoot) and their td/th cells. */
function tableRows(table: HtmlNode): HtmlNode[][] {
  const rows: HtmlNode[][] = [];
  const visit = (nodes: readonly HtmlNode[]): void => {
    for (const node of nodes) {
      if (node.type !== "tag") continue;
      if (node.name === "thead" || node.name === "tbody" || node.name === "tfoot") visit(node.children);
      else if (node.name === "tr") rows.push(node.children.filter((c) => c.type === "tag" && (c.name === "td" || c.name === "th")));
    }
  };
  visit(table.children);
  return rows;
}

/**
 * A layout table (old school sites put the whole page in one) has a cell holding a nested table or
 * several paragraphs/blocks; it is read as blocks, not squeezed into tab-joined rows.
 */
function isLayoutTable(rows: readonly (readonly HtmlNode[])[]): boolean {
  for (const cell of rows.flat()) {
    let blocks = 0;
    const stack = [...cell.children];
    for (let seen = 0; stack.length > 0 && seen < MAX_CELL_SCAN; seen++) {
      const node = stack.pop();
      if (!node || node.type !== "tag") continue;
      if (node.name === "table") return true;
      if (BLOCKS_IN_CELL.has(node.name) && ++blocks >= 2) return true;
      stack.push(...node.children);
    }
  }
  return false;
}

const tabRows: HtmlToTextFormatter = (elem, walk, builder) => {
  const rows = tableRows(elem);
  if (isLayoutTable(rows)) {
    for (const cell of rows.flat()) {
      builder.openBlock({ leadingLineBreaks: 1 });
      walk(cell.children, builder);
      builder.closeBlock({ trailingLineBreaks: 1 });
    }
    return;
  }
  builder.openTable();
  for (const row of rows) {
    builder.openTableRow();
    for (const cell of row) {
      builder.openTableCell();
      walk(cell.children, builder);
      builder.closeTableCell();
    }
    builder.closeTableRow();
  }
  builder.closeTable({
    tableToString: (rendered) => rendered.map((row) => row.map((c) => cellText(c.text)).join("\t")).join("\n"),
    leadingLineBreaks: 1,
    trailingLineBreaks: 1,
  });
};

const SELECTORS: readonly HtmlToTextSelector[] = [
  ...DROPPED.map((selector) => ({ selector, format: "skip" })),
  ...ONE_LINE_BLOCKS.map((selector) => ({ selector, format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } })),
  { selector: "a", format: "inline" },
  { selector: "table", format: "tabRows" },
  { selector: "hr", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
];

function options(maxDepth: number, length: number): HtmlToTextOptions {
  return {
    wordwrap: false,
    baseElements: { selectors: ["body"], returnDomByDefault: true },
    limits: { maxDepth: maxDepth + 10, maxInputLength: length + 1 },
    formatters: { tabRows },
    selectors: SELECTORS,
  };
}

export function htmlToText(html: string, maxDepth: number): HtmlTextResult {
  const depth = htmlNestingDepth(html, maxDepth);
  if (depth > maxDepth) {
    return loadFailure("too-deep", `the HTML page nests elements more than ${maxDepth} levels deep: refused (a damaged or hostile page)`);
  }
  const text = htmlToTextModule().convert(html, options(maxDepth, html.length))
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { ok: true, text };
}
