/**
 * HTML → visible text: block elements become line breaks, tables one line per row (cells joined by a
 * tab); script, style, noscript, template, nav, img and form controls are dropped. Nesting deeper than
 * maxHtmlDepth is refused before any DOM is built.
 */
import { convert, type HtmlToTextFormatter, type HtmlToTextOptions, type HtmlToTextSelector } from "html-to-text";
import { loadFailure, type LoadFailure } from "./error-codes.js";
import { htmlNestingDepth } from "./html-depth.js";

export type HtmlTextResult = { readonly ok: true; readonly text: string } | LoadFailure;

const DROPPED = ["script", "style", "noscript", "template", "nav", "img", "svg", "iframe", "object", "select", "button", "input", "head"];
const ONE_LINE_BLOCKS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "dl", "dt", "dd", "li", "figure", "figcaption", "address", "center"];

function cellText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const tabRows: HtmlToTextFormatter = (elem, walk, builder) => {
  builder.openTable();
  const walkRows = (nodes: typeof elem.children): void => {
    for (const node of nodes) {
      if (node.type !== "tag") continue;
      if (node.name === "thead" || node.name === "tbody" || node.name === "tfoot") walkRows(node.children);
      else if (node.name === "tr") {
        builder.openTableRow();
        for (const cell of node.children) {
          if (cell.type !== "tag" || (cell.name !== "td" && cell.name !== "th")) continue;
          builder.openTableCell();
          walk(cell.children, builder);
          builder.closeTableCell();
        }
        builder.closeTableRow();
      }
    }
  };
  walkRows(elem.children);
  builder.closeTable({
    tableToString: (rows) => rows.map((row) => row.map((c) => cellText(c.text)).join("\t")).join("\n"),
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
  const text = convert(html, options(maxDepth, html.length))
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { ok: true, text };
}
