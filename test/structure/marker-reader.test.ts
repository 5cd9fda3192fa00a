import { describe, expect, it } from "vitest";
import { markerAt, MarkerRead, readNextMarker, type MarkerMatch } from "../../src/structure/marker.js";
import { CodeUnitBuffer } from "../../src/code-units.js";
import { parseSmallNumber } from "../../src/structure/_small-number.js";
import { CORPUS, readText } from "./_helpers.js";

/** The marker grammar as a regex: the char-code reader in marker.ts must agree with it everywhere. */
const CN = "[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]";
const DIGIT = "[0-9０-９]";
const REFERENCE = [
  `第(?:(?<diNum>${CN}{1,3})(?<diSuffix>部分|章|节|条|、)|(?<diNum2>${DIGIT}{1,2})(?<diSuffix2>部分|章|节|条))`,
  `(?<cnNum>${CN}{1,3})(?:[ \u3000][、.．]|(?<cnPunct>[、.．])|(?<cnHalf>[)）]))`,
  `[(（](?<cnParenSpace>[ \u3000]?)(?<cnParenNum>${CN}{1,3})[ \u3000]?[)）]`,
  `(?<arNum>${DIGIT}{1,2})(?:[ \u3000](?:、|[.．](?!${DIGIT}))|(?<arPunct>[、.．。])(?!${DIGIT})|(?<arHalf>[)）]))`,
  `[(（](?<arParenSpace>[ \u3000]?)(?<arParenNum>${DIGIT}{1,2})[ \u3000]?[)）]`,
  "(?<circled>[①-⑳])",
  "(?<parenChar>[⑴-⒇])",
  "(?<dotChar>[⒈-⒛])",
  "(?<roman>[Ⅰ-Ⅻ])[、.．]",
].join("|");
const DI_STYLES: Record<string, string> = { 部分: "di-part", 章: "di-chapter", 节: "di-section", 条: "di-article", "、": "di-dun" };

function referenceMarker(match: RegExpExecArray): MarkerMatch {
  const g = match.groups ?? {};
  const numbered = (style: string, numeral: string, offset: number): MarkerMatch["marker"] => {
    const number = parseSmallNumber(numeral);
    return number === null ? null : ({ style, number, numeralStart: offset, numeralEnd: offset + numeral.length } as MarkerMatch["marker"]);
  };
  let marker: MarkerMatch["marker"] = null;
  if (g.diNum !== undefined) marker = numbered(DI_STYLES[g.diSuffix ?? ""] ?? "", g.diNum, 1);
  else if (g.diNum2 !== undefined) marker = numbered(DI_STYLES[g.diSuffix2 ?? ""] ?? "", g.diNum2, 1);
  else if (g.roman !== undefined) marker = { style: "roman", number: g.roman.charCodeAt(0) - 0x2160 + 1, numeralStart: 0, numeralEnd: 1 } as MarkerMatch["marker"];
  else if (g.cnNum !== undefined) marker = numbered(g.cnHalf === undefined ? "cn" : "cn-half-paren", g.cnNum, 0);
  else if (g.cnParenNum !== undefined) marker = numbered("cn-paren", g.cnParenNum, 1 + (g.cnParenSpace ?? "").length);
  else if (g.arNum !== undefined) marker = numbered(g.arHalf === undefined ? "arabic" : "arabic-half-paren", g.arNum, 0);
  else if (g.arParenNum !== undefined) marker = numbered("arabic-paren", g.arParenNum, 1 + (g.arParenSpace ?? "").length);
  else {
    const [style, base] = g.circled !== undefined ? ["circled", 0x2460] : g.parenChar !== undefined ? ["paren-char", 0x2474] : ["dot-char", 0x2488];
    marker = { style, number: match[0].charCodeAt(0) - (base as number) + 1, numeralStart: 0, numeralEnd: 1 } as MarkerMatch["marker"];
  }
  return { index: match.index, length: match[0].length, marker };
}

/** Deterministic strings over the characters markers are made of, plus a few others. */
function randomTexts(count: number, length: number): string[] {
  const alphabet = [..."第一二三四五六七八九十两壹贰拾0123456789０１９(（)）、.．。部分章节条①⑳⑴⒇⒈⒛⒜ⅠⅫ \u3000工作\n"];
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  return Array.from({ length: count }, () => Array.from({ length }, () => alphabet[next() % alphabet.length]).join(""));
}

const texts = [...randomTexts(300, 60), ...Object.values(CORPUS).map(readText)];

describe("marker reader agrees with the marker grammar", () => {
  it("markerAt at every offset", () => {
    const sticky = new RegExp(REFERENCE, "y");
    for (const text of texts) {
      for (let offset = 0; offset <= text.length; offset += 1) {
        sticky.lastIndex = offset;
        const match = sticky.exec(text);
        expect(markerAt(text, offset)).toEqual(match === null ? null : referenceMarker(match));
      }
    }
  });

  it("readNextMarker from every offset", () => {
    const global = new RegExp(REFERENCE, "g");
    const read = new MarkerRead();
    for (const text of texts.slice(0, 100)) {
      for (let offset = 0; offset <= text.length; offset += 1) {
        global.lastIndex = offset;
        const match = global.exec(text);
        const found = readNextMarker(read, text, new CodeUnitBuffer().of(text), offset) ? read.toMatch() : null;
        expect(found).toEqual(match === null ? null : referenceMarker(match));
      }
    }
  });
});
