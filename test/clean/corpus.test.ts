import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanText, prepareText } from "../../src/clean/index.js";

const CORPUS = new URL("../../corpus/", import.meta.url);
const file = (prefix: string): string => {
  const name = readdirSync(CORPUS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  if (name === undefined) throw new Error(`no corpus file ${prefix}`);
  return readFileSync(new URL(name, CORPUS), "utf8");
};

/** The removals expected in each corpus file, counted per rule: all of them boilerplate. */
const EXPECTED: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  "000": {
    "upload-info": 1, "page-actions": 1, "page-title-counter": 2, "page-counter": 2, "preview-limit": 1,
    "resource-description": 1, "member-share": 1, "wenku-chunk-marker": 13, "wenku-heading-marker": 1,
    "read-more": 1, "site-chrome": 5, "breadcrumb": 1, "licence-number": 1, "repeated-title": 1,
  },
  "001": { "qr-code": 1, "lone-number": 1 },
  "002": { "member-share": 1, "wenku-chunk-marker": 9, "page-counter": 1 },
  "003": {
    breadcrumb: 1, "post-meta": 1, "editor-note": 1, "filler-intro": 1, "recommended-links": 1, "you-may-like": 1,
    "repeated-title": 3, // the page's title twice above the compilation's own
  },
  "004": { "resource-description": 1, "read-more": 1 },
};

/** What a removal of each rule may contain: nothing that reads as a sentence of a plan. */
const SHAPE: Readonly<Record<string, RegExp>> = {
  "wenku-chunk-marker": /^\n*\d{1,2}、$/u,
  "wenku-heading-marker": /^\d{1,2}、 $/u,
  "page-counter": /^第 ?\d* ?页 ?\/? ?共 ?\d* ?页\n?$/u,
  "you-may-like": /^猜你喜欢$/u,
  "lone-number": /^\d+\n$/u,
  "qr-code": /^ ?二维码$/u,
};

describe("cleaning the real corpus removes only boilerplate", () => {
  for (const id of Object.keys(EXPECTED)) {
    it(`corpus ${id}: removals per rule`, () => {
      const prepared = prepareText(file(id));
      const counts: Record<string, number> = {};
      for (const r of prepared.removals) counts[r.rule] = (counts[r.rule] ?? 0) + 1;
      expect(counts).toEqual(EXPECTED[id]);
      for (const r of prepared.removals) {
        expect(prepared.normalised.slice(r.start, r.end)).toBe(r.text);
        const shape = SHAPE[r.rule];
        if (shape) expect(r.text).toMatch(shape);
        // a removed line never holds more than one sentence
        if (r.rule !== "filler-intro") expect((r.text.match(/。/gu) ?? []).length).toBeLessThanOrEqual(1);
      }
      expect(cleanText(prepared.text).text).toBe(prepared.text);
    });
  }

  it("corpus 000: chunk 1/2 join repaired and the lost heading starts a line", () => {
    const { text } = prepareText(file("000"));
    expect(text).toContain("帮助学校逐渐构建科学而富有本校特色的课程体系,满足学生多样化发展需求。");
    expect(text).toContain("有效提升我市小学(学前)教育教学质量。\n工作重点(1) 推进课程改革");
    expect(text).not.toMatch(/上传人|第\d+页|金锄头|展开阅读全文|ICP备/u);
    expect(text.endsWith("开展基于“学为中心”的课堂教学活动。")).toBe(true);
  });

  it("corpus 002: 文库 chunk joins across 2、 keep the sentence and the 第 页 共 页 footer goes", () => {
    const { text } = prepareText(file("002"));
    expect(text).toContain("引导课堂教与学方式改革与变化,促进学生综合素质全面开展等方面,获得了显著成效。");
    expect(text).toContain("三、创新校本教研,提升教科研工作程度");
    expect(text.endsWith("为校本教研制度的建立与推广培养骨干力量。")).toBe(true);
  });

  it("corpus 003: real list items 1、2、3、 are kept; 推荐访问 and 猜你喜欢 go", () => {
    const { text } = prepareText(file("003"));
    expect(text).toContain("\n1、以课题研究为抓手,做好课题阶段成果的转化工作");
    expect(text).toContain("\n13、积极开展全镇范围内的教研活动");
    expect(text).not.toMatch(/推荐访问|猜你喜欢|小编|来源:网友投稿/u);
    expect(text.endsWith("做好学校教科室工作总结")).toBe(true);
  });

  it("every clean char of the corpus maps back to the same char of the raw file", () => {
    for (const id of Object.keys(EXPECTED)) {
      const raw = file(id);
      const prepared = prepareText(raw);
      for (let i = 0; i < prepared.text.length; i++) {
        const c = prepared.text[i];
        if (c === "\n" || c === " ") continue;
        expect(raw[prepared.toOriginal(i)]).toBe(c);
      }
    }
  });
});
