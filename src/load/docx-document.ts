/**
 * word/document.xml → text: one line per paragraph, the list label in front, a table as one line per
 * row with its cells joined by a tab. Deleted (w:del), moved-away (w:moveFrom) and field-code text are
 * skipped, as is the mc:Fallback copy of text boxes; w:tab → "\t", w:br/w:cr → a line break.
 */
import type { ListCounter } from "./list-counter.js";
import { walkXml } from "./xml-walk.js";

const SKIPPED = new Set([
  "del", "moveFrom", "Fallback", "instrText", "delText", "delInstrText",
  "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numberingChange",
]);

interface ParagraphFrame {
  styleId: string | null;
  numId: string | null;
  ilvl: number | null;
  inPPr: boolean;
  inNumPr: boolean;
  runDepth: number;
  inText: boolean;
  readonly parts: string[];
}

interface TableFrame {
  readonly rows: string[][];
  row: string[] | null;
  cell: string[] | null;
}

function newParagraph(): ParagraphFrame {
  return { styleId: null, numId: null, ilvl: null, inPPr: false, inNumPr: false, runDepth: 0, inText: false, parts: [] };
}

export function docxDocumentText(xml: string, counter: ListCounter): string {
  const lines: string[] = [];
  const paragraphs: ParagraphFrame[] = [];
  const tables: TableFrame[] = [];
  let skip = 0;

  const emit = (line: string): void => {
    const cell = tables.at(-1)?.cell;
    if (cell) cell.push(line.replace(/[\t\n]+/g, " "));
    else lines.push(line);
  };

  const runChar = (name: string): string | null => {
    if (name === "tab" || name === "ptab") return "\t";
    if (name === "br" || name === "cr") return "\n";
    if (name === "noBreakHyphen") return "-";
    return null;
  };

  walkXml(xml, {
    open(name, a) {
      if (SKIPPED.has(name)) skip++;
      if (skip > 0) return;
      const p = paragraphs.at(-1);
      if (name === "p") paragraphs.push(newParagraph());
      else if (name === "tbl") tables.push({ rows: [], row: null, cell: null });
      else if (name === "tr") {
        const t = tables.at(-1);
        if (t) t.row = [];
      } else if (name === "tc") {
        const t = tables.at(-1);
        if (t) t.cell = [];
      } else if (!p) return;
      else if (name === "pPr") p.inPPr = true;
      else if (p.inPPr && name === "pStyle") p.styleId = a.val ?? null;
      else if (p.inPPr && name === "numPr") p.inNumPr = true;
      else if (p.inNumPr && name === "numId") p.numId = a.val ?? null;
      else if (p.inNumPr && name === "ilvl") p.ilvl = Number.parseInt(a.val ?? "0", 10) || 0;
      else if (name === "r") p.runDepth++;
      else if (p.runDepth > 0 && name === "t") p.inText = true;
      else if (p.runDepth > 0) {
        const ch = runChar(name);
        if (ch !== null) p.parts.push(ch);
      }
    },
    close(name) {
      if (SKIPPED.has(name)) {
        skip = Math.max(0, skip - 1);
        return;
      }
      if (skip > 0) return;
      const p = paragraphs.at(-1);
      const t = tables.at(-1);
      if (name === "p" && p) {
        paragraphs.pop();
        emit(counter.next(p) + p.parts.join(""));
      } else if (name === "tc" && t?.cell && t.row) {
        t.row.push(t.cell.join(" ").trim());
        t.cell = null;
      } else if (name === "tr" && t?.row) {
        t.rows.push(t.row);
        t.row = null;
      } else if (name === "tbl" && t) {
        tables.pop();
        for (const row of t.rows) emit(row.join("\t"));
      } else if (!p) return;
      else if (name === "pPr") p.inPPr = false;
      else if (name === "numPr") p.inNumPr = false;
      else if (name === "r") p.runDepth = Math.max(0, p.runDepth - 1);
      else if (name === "t") p.inText = false;
    },
    text(text) {
      const p = paragraphs.at(-1);
      if (skip === 0 && p?.inText) p.parts.push(text);
    },
  });
  while (lines.length > 0 && (lines.at(-1) ?? "").trim() === "") lines.pop();
  return lines.join("\n");
}
