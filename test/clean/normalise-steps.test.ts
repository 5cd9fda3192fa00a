import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEntities } from "../../src/clean/00-html-entities.js";
import { stripTags } from "../../src/clean/00-html-tags.js";
import { unifyLineBreaks } from "../../src/clean/01-unify-line-breaks.js";
import { unifyWhiteSpace } from "../../src/clean/02-unify-white-space.js";
import { fullWidthToHalfWidth } from "../../src/clean/03-full-width-to-half-width.js";
import { removePinyin } from "../../src/clean/04-remove-pinyin.js";
import { collapseBlankLines } from "../../src/clean/06-collapse-blank-lines.js";
import { normaliseText } from "../../src/clean/normalise-text.js";
import { composeMaps, createMapBuilder, identityMap, type OffsetMap } from "../../src/clean/offset-map.js";

/** Every step, none skipped: what normaliseText must give. */
function allSteps(raw: string): { text: string; map: OffsetMap } {
  let text = raw;
  let map = identityMap(raw.length);
  for (const step of [decodeEntities, stripTags, unifyLineBreaks, unifyWhiteSpace, fullWidthToHalfWidth, removePinyin, collapseBlankLines]) {
    const result = step(text);
    map = composeMaps(map, result.map);
    text = result.text;
  }
  return { text, map };
}

const PIECES = [
  "\n", "\n\n\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", " ", "  ", "\t", "\u3000", "\u00a0", "\u200b", "\u0000", "\u00ad", "\ufeff", "\uff0c", "\u2060", "\u3001",
  "现", "(", "（", ")", "）", "xiàn", "xian", "１", "：", "．", "a", "1", "。",
  "&nbsp;", "&nbsp", "&amp;", "&amp;nbsp;", "&#12288;", "&#x3000;", "&lt;", "&", "&#13;", "&#10;", "&#xE0;", "&#xFF11;", "&#1;", "%", "％", "-", "节",
  "<br>", "<br/>", "<p>", "</p>", "<span style=\"x\">", "</td><td>", "<b", "&lt;p&gt;", "<",
];
const texts = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((a) => a.join(""));

describe("normaliseText skips only the steps that would change nothing", () => {
  it("same text and map as running every step", () => {
    fc.assert(fc.property(texts, (raw) => {
      expect(normaliseText(raw)).toEqual(allSteps(raw));
    }), { numRuns: 3000 });
  });

  it("a lone space inside a line is kept; one at a line edge or beside other white space is not", () => {
    expect(normaliseText("甲 乙").text).toBe("甲 乙");
    expect(normaliseText("甲 \n乙").text).toBe("甲\n乙");
    expect(normaliseText("甲\u2028 乙").text).toBe("甲\n乙");
    expect(normaliseText("甲  乙").text).toBe("甲 乙");
    expect(normaliseText(" 甲").text).toBe("甲");
  });
});

describe("collapseBlankLines", () => {
  // visits every run of line breaks: what the version that jumps to the runs that change must give
  function everyRun(text: string): { text: string; map: OffsetMap } {
    const b = createMapBuilder(text);
    const n = text.length;
    for (let i = text.indexOf("\n"); i !== -1 && i < n; i = text.indexOf("\n", i)) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 0x0a) j++;
      const keep = i === 0 || j === n ? 0 : Math.min(j - i, 2);
      if (keep < j - i) {
        b.copyTo(i + keep);
        b.replaceTo(j, "");
      }
      i = j;
    }
    return b.finish();
  }

  it("same text and map as visiting every run", () => {
    const lines = fc.array(fc.constantFrom("\n", "\n\n", "\n\n\n", "a", "甲乙", " "), { maxLength: 25 }).map((a) => a.join(""));
    fc.assert(fc.property(lines, (text) => {
      expect(collapseBlankLines(text)).toEqual(everyRun(text));
    }), { numRuns: 3000 });
  });
});
