import { describe, expect, it } from "vitest";
import { parseNumbering, parseStyles } from "../../src/load/docx-numbering.js";
import { createListCounter, type ParagraphNumbering } from "../../src/load/list-counter.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, fmt: string, text: string, extra = ""): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

function counter(numberingBody: string, stylesBody = "") {
  const numbering = parseNumbering(`<w:numbering ${W}>${numberingBody}</w:numbering>`);
  const styles = parseStyles(`<w:styles ${W}>${stylesBody}</w:styles>`);
  return createListCounter({ ...numbering, styles });
}

const p = (numId: string | null, ilvl: number | null = 0, styleId: string | null = null): ParagraphNumbering => ({ numId, ilvl, styleId });

const PLAN_LIST = `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%2）")}${lvl(2, "decimal", "%3.")}${lvl(3, "decimal", "%1.%2.%4")}</w:abstractNum>`;

describe("createListCounter", () => {
  it("一、 / （一） / 1. with deeper levels restarting", () => {
    const c = counter(`${PLAN_LIST}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    const labels = [p("1", 0), p("1", 1), p("1", 2), p("1", 2), p("1", 1), p("1", 2), p("1", 0), p("1", 1)].map((x) => c.next(x));
    expect(labels).toEqual(["一、", "（一）", "1. ", "2. ", "（二）", "1. ", "二、", "（一）"]);
  });

  it("%1.%2.%4 renders each outer counter in its own level's format", () => {
    const c = counter(`${PLAN_LIST}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    c.next(p("1", 0));
    c.next(p("1", 1));
    c.next(p("1", 1));
    expect(c.next(p("1", 3))).toBe("一.二.1 ");
  });

  it("isLgl renders every level in Arabic digits", () => {
    const c = counter(`<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "decimal", "%1.%2", "<w:isLgl/>")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    c.next(p("1", 0));
    c.next(p("1", 0));
    expect(c.next(p("1", 1))).toBe("2.1 ");
  });

  it("lvlRestart 0: the deeper level keeps counting across its parent", () => {
    const c = counter(`<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "decimal", "%2.", '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect([p("1", 0), p("1", 1), p("1", 0), p("1", 1)].map((x) => c.next(x))).toEqual(["一、", "1. ", "二、", "2. "]);
  });

  it("two w:num on one abstract list continue it; a startOverride restarts it", () => {
    const c = counter(
      `${PLAN_LIST}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
        `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
    );
    expect([p("1"), p("2"), p("3"), p("3")].map((x) => c.next(x))).toEqual(["一、", "二、", "一、", "二、"]);
  });

  it("a level override in w:num replaces the abstract level", () => {
    const c = counter(`${PLAN_LIST}<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, "decimalEnclosedCircle", "%1")}</w:lvlOverride></w:num>`);
    expect(c.next(p("1"))).toBe("①");
  });

  it("numbering through a paragraph style (basedOn chain), level from the level's pStyle", () => {
    const c = counter(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、", '<w:pStyle w:val="H1"/>')}${lvl(1, "chineseCounting", "（%2）", '<w:pStyle w:val="H2"/>')}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>`,
      `<w:style w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>` +
        `<w:style w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>` +
        `<w:style w:styleId="H1Red"><w:basedOn w:val="H1"/></w:style>`,
    );
    expect([p(null, null, "H1"), p(null, null, "H2"), p(null, null, "H1Red")].map((x) => c.next(x))).toEqual(["一、", "（一）", "二、"]);
  });

  it("numId 0 switches a style's numbering off", () => {
    const c = counter(`${PLAN_LIST}<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>`, `<w:style w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>`);
    expect(c.next(p("0", null, "H1"))).toBe("");
  });

  it("bullets: a Symbol-font bullet becomes •, a real character stays", () => {
    const c = counter(`<w:abstractNum w:abstractNumId="0">${lvl(0, "bullet", "\uF0B7")}${lvl(1, "bullet", "■")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect([c.next(p("1", 0)), c.next(p("1", 1))]).toEqual(["•", "■"]);
  });

  it("unknown numId or a missing level → no label", () => {
    const c = counter(`${PLAN_LIST}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect(c.next(p("9"))).toBe("");
    expect(c.next(p("1", 7))).toBe("");
    expect(c.next(p(null))).toBe("");
  });

  it("a numStyleLink list takes its levels from the linked style's list", () => {
    const c = counter(
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="PlanList"/>${lvl(0, "chineseCounting", "%1、")}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>` +
        `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`,
      `<w:style w:type="numbering" w:styleId="PlanList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`,
    );
    expect(c.next(p("2"))).toBe("一、");
  });
});
