import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MATCHERS, type Matcher } from "../../../src/extract/targets/index.js";
import { IndexBuffers, indexText } from "../../../src/extract/targets/_text-index.js";
import { union } from "../../../src/extract/targets/_starts.js";
import { scanMatches } from "../../../src/extract/scan-matches.js";
import { expectFastOn, HOSTILE_INPUTS } from "../../helpers/hostile-inputs.js";

const CORPUS = join(import.meta.dirname, "../../../corpus");
const TEXTS = readdirSync(CORPUS).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(join(CORPUS, n), "utf8"));

const summary = (m: RegExpExecArray): unknown[] => [m.index, m[0], { ...m.groups }, m.indices?.groups ? { ...m.indices.groups } : null];
const viaMatchAll = (text: string, m: Matcher): unknown[] => [...text.matchAll(m.pattern)].map(summary);
const viaStarts = (text: string, m: Matcher): unknown[] =>
  scanMatches(text, m.pattern, m.starts(text, indexText(text))).map(summary);

/** Pieces of targets: random strings of these hit many partial and full matches, decimals and 万 inside runs. */
const PIECES = [
  ..."0123456789一二两三四五六七八九十百千万亿零〇廿、，.．点點(（)）-~～—%％和或与第人次篇个周月天年余多分之隔",
  "15", "3.5", "学期", "学年", "星期", "个月", "万元", "万字", "百分之", "分之", "分别", "每", "每隔", "不少于", "堂课", "一两", "两三", "八九",
  "半", "上", "小时", "个小时", "双", "开展", "召开",
];
const arbText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((ps) => ps.join(""));

describe("Matcher.starts", () => {
  it("每位教师每学期不少于15篇，二周一次，分别不少于3次和4次，百分之九十五，1-2篇，两三个，一、二本，十分之一，3.5万元，一个半小时：same matches as matchAll", () => {
    const text = "每位教师每学期不少于15篇，二周一次，分别不少于3次和4次，百分之九十五，1-2篇，两三个，一、二本，十分之一，3.5万元，三万字，一个半小时，半天，两周开展一次，隔周一次，双周一次，半月一次，每半月一次，每隔半月一次，9月开展一次，合格率百分百，百分百分之一。";
    for (const m of MATCHERS) expect(viaStarts(text, m)).toEqual(viaMatchAll(text, m));
  });

  it("decimals and 万 before the continuation: 增长1.5万%，3.5万到4万人，二点五万元，1.5%-2.5%，5.5分之1：same matches as matchAll", () => {
    const text = "增长1.5万%，3.5万到4万人，二点五万元，三点五亿次，1.5%-2.5%，5.5分之1，1.、2.两三个，一、二本，一、十本。";
    for (const m of MATCHERS) expect(viaStarts(text, m)).toEqual(viaMatchAll(text, m));
  });

  it("corpus plans: same matches as matchAll for every target matcher", () => {
    for (const text of TEXTS) for (const m of MATCHERS) expect(viaStarts(text, m)).toEqual(viaMatchAll(text, m));
  });

  it("random strings of numerals, units, periods and separators: same matches as matchAll", () => {
    fc.assert(fc.property(arbText, (text) => {
      for (const m of MATCHERS) expect(viaStarts(text, m)).toEqual(viaMatchAll(text, m));
    }), { numRuns: 6000 });
  });

  it("hostile inputs stay fast", () => {
    expectFastOn(HOSTILE_INPUTS, (text) => {
      const index = indexText(text);
      for (const m of MATCHERS) scanMatches(text, m.pattern, m.starts(text, index));
    });
  });
});

describe("_starts helpers", () => {
  it("union: [1, 4, 9] ∪ [2, 4] → [1, 2, 4, 9]", () => {
    expect(union([1, 4, 9], [2, 4])).toEqual([1, 2, 4, 9]);
  });
});

describe("indexText", () => {
  it("一、读书15篇，3.5万字。 → runs 一, 15, 3, 5万; sentence and clause ends", () => {
    const index = indexText("一、读书15篇，3.5万字。");
    expect([...index.numeralRuns]).toEqual([0, 1, 4, 6, 8, 9, 10, 12]);
    expect([...index.sentence]).toEqual([13]);
    expect([...index.clause]).toEqual([7, 13]);
  });

  it("每周每月分别分 → 每 at 0 and 2, 分别 at 4", () => {
    const index = indexText("每周每月分别分");
    expect([...index.every]).toEqual([0, 2]);
    expect([...index.respectively]).toEqual([4]);
  });

  it("reused buffers give each text the index fresh buffers give it, whatever came before (growing past their size)", () => {
    const buffers = new IndexBuffers();
    const texts = ["每周听课2节，每月1次。", "一、读书15篇，3.5万字。\n".repeat(500), "", "分别为3、4个。“5篇”", "每学期不少于15篇。".repeat(40)];
    for (const text of [...texts, ...texts.reverse()]) {
      const reused = indexText(text, buffers);
      const fresh = indexText(text);
      expect({ ...reused, runFollows: [...reused.runFollows] }).toEqual({ ...fresh, runFollows: [...fresh.runFollows] });
    }
  });

  it("a text indexed after a longer one reads none of the longer one's characters (分 then 别, a run then more digits)", () => {
    const buffers = new IndexBuffers();
    for (const [longer, shorter] of [["要求分别", "要求分"], ["共12345", "共12"], ["1%", "1"], ["𠀀每周2次", "𠀀每"]] as const) {
      indexText(longer, buffers);
      const reused = indexText(shorter, buffers);
      const fresh = indexText(shorter);
      expect({ ...reused, runFollows: [...reused.runFollows] }).toEqual({ ...fresh, runFollows: [...fresh.runFollows] });
    }
  });
});
