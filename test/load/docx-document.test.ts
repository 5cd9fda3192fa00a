import { describe, expect, it } from "vitest";
import { docxDocumentText } from "../../src/load/docx-document.js";
import type { ListCounter } from "../../src/load/list-counter.js";

const NO_LISTS: ListCounter = { next: () => "" };
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const doc = (body: string): string => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
const r = (t: string): string => `<w:r><w:t>${t}</w:t></w:r>`;
const p = (...runs: string[]): string => `<w:p>${runs.join("")}</w:p>`;
const tc = (...paras: string[]): string => `<w:tc>${paras.join("")}</w:tc>`;

describe("docxDocumentText", () => {
  it("one line per paragraph, runs joined", () => {
    expect(docxDocumentText(doc(p(r("一、"), r("指导思想")) + p(r("正文"))), NO_LISTS)).toBe("一、指导思想\n正文");
  });

  it("deleted and moved-away text is skipped, inserted text kept", () => {
    const xml = doc(p(r("听课"), `<w:del><w:r><w:delText>10</w:delText></w:r></w:del>`, `<w:ins>${r("15")}</w:ins>`, `<w:moveFrom>${r("旧")}</w:moveFrom>`, r("节")));
    expect(docxDocumentText(xml, NO_LISTS)).toBe("听课15节");
  });

  it("w:tab → tab, w:br → line break; tab stops in w:pPr are not text", () => {
    const xml = doc(`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>`);
    expect(docxDocumentText(xml, NO_LISTS)).toBe("甲\t乙\n丙");
  });

  it("field codes (w:instrText) are skipped, field results kept", () => {
    const xml = doc(p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, r("3"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`));
    expect(docxDocumentText(xml, NO_LISTS)).toBe("3");
  });

  it("a table → one line per row, cells joined by a tab, a cell's paragraphs by a space", () => {
    const xml = doc(`<w:tbl><w:tr>${tc(p(r("时间")))}${tc(p(r("内容")))}</w:tr><w:tr>${tc(p(r("9月")))}${tc(p(r("开学")), p(r("检查")))}</w:tr></w:tbl>${p(r("后文"))}`);
    expect(docxDocumentText(xml, NO_LISTS)).toBe("时间\t内容\n9月\t开学 检查\n后文");
  });

  it("a nested table is flattened into its cell", () => {
    const inner = `<w:tbl><w:tr>${tc(p(r("甲")))}${tc(p(r("乙")))}</w:tr></w:tbl>`;
    const xml = doc(`<w:tbl><w:tr>${tc(p(r("外")))}${tc(inner)}</w:tr></w:tbl>`);
    expect(docxDocumentText(xml, NO_LISTS)).toBe("外\t甲 乙");
  });

  it("a text box appears once (mc:Fallback copy skipped), before its anchor paragraph", () => {
    const box = (t: string): string => `<w:txbxContent>${p(r(t))}</w:txbxContent>`;
    const xml = doc(p(r("正文"), `<w:r><mc:AlternateContent><mc:Choice>${box("框内")}</mc:Choice><mc:Fallback>${box("框内")}</mc:Fallback></mc:AlternateContent></w:r>`));
    expect(docxDocumentText(xml, NO_LISTS)).toBe("框内\n正文");
  });

  it("the list label goes in front of the paragraph; empty trailing paragraphs dropped", () => {
    const labels: ListCounter = { next: (x) => (x.numId === "1" ? `${x.ilvl === 1 ? "（一）" : "一、"}` : "") };
    const xml = doc(`<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>${r("教研活动")}</w:p><w:p/><w:p/>`);
    expect(docxDocumentText(xml, labels)).toBe("（一）教研活动");
  });

  it("numbering changed by tracked changes (w:pPrChange) uses the current numbering only", () => {
    const seen: (string | null)[] = [];
    const spy: ListCounter = { next: (x) => (seen.push(x.numId), "") };
    const xml = doc(`<w:p><w:pPr><w:pPrChange><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:pPrChange></w:pPr>${r("文")}</w:p>`);
    docxDocumentText(xml, spy);
    expect(seen).toEqual([null]);
  });

  it("malformed XML throws (the caller reports corrupt)", () => {
    expect(() => docxDocumentText("<w:document><w:body><w:p>", NO_LISTS)).toThrow();
  });
});
