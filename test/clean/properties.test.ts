import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, normaliseText, prepareText, toOriginal, type OffsetMap } from "../../src/clean/index.js";
import { detectPlaceholders, splitCompilation } from "../../src/split/index.js";

/** Pieces that wake up the rules, mixed with arbitrary UTF-16 code units (lone surrogates included). */
const TOKENS = [
  "\n", "\n\n", "\r\n", "\r", " ", "\t", "\u3000", "\u00a0", "\u200b", "\u0000", "\u0007", "\ud800", "\udc00",
  "1、", "2、", "3、", "10、", "一、", "(1)", "（一）", "１５", "％", "：", "．", "。", "，", "、",
  "上传人:某 文档编号:1 上传时间:2020", "第1页 / 共9页", "某_第2页", "亲,该文档总共9页", "展开阅读全文", "资源描述",
  "由会员分享请在金锄头文库上搜索", "下面是小编为大家整理的", "推荐访问:", "猜你喜欢", "位置: 首页 > 范文", "时间:2023-03-28 来源:网友",
  "返回 下载 相关 举报", "二维码", "ICP备13022795号", "电脑版 |金锄头文库版权所有", "現(xiàn)在", "學(xué)", "篇一", "篇二",
  "工作计划篇一", "工作计划篇二", "第一篇:", "20xx年", "XX县", "××", "X月X日", "STEAM", "教研工作计划", "加强教研组建设,每月定期组织一次集体备课活动。",
  "某校工作计划", "指导学校和教师准确把握课程方案帮助学校逐渐构建科学而富有本校特色的",
];
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((u) => String.fromCharCode(...u));
const planish = fc.array(fc.oneof(fc.constantFrom(...TOKENS), codeUnits, fc.string()), { maxLength: 60 }).map((a) => a.join(""));
const anyText = fc.oneof(planish, fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));

const FULL_WIDTH = (c: string): string => {
  const code = c.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
};

function checkMap(raw: string, text: string, map: OffsetMap): void {
  expect(map.outputLength).toBe(text.length);
  expect(map.inputLength).toBe(raw.length);
  let previous = 0;
  for (let i = 0; i <= text.length; i++) {
    const j = toOriginal(map, i);
    expect(j).toBeGreaterThanOrEqual(previous);
    expect(j).toBeLessThanOrEqual(raw.length);
    previous = j;
    if (i === text.length) break;
    expect(j).toBeLessThan(raw.length);
    const c = text[i] ?? "";
    if (c === "\n" || c === " ") continue; // unified line breaks and white space, or a kept heading break
    const r = raw[j] ?? "";
    expect(r === c || FULL_WIDTH(r) === c).toBe(true);
  }
}

describe("properties (fast-check)", () => {
  it("normaliseText never throws and its map is monotone and points at the same (or full-width) char", () => {
    fc.assert(fc.property(anyText, (raw) => {
      const { text, map } = normaliseText(raw);
      checkMap(raw, text, map);
      expect(normaliseText(text).text).toBe(text);
    }), { numRuns: 300 });
  });

  it("cleanText never throws, is idempotent and its removals quote its input", () => {
    fc.assert(fc.property(anyText, (raw) => {
      const once = cleanText(raw);
      expect(cleanText(once.text).text).toBe(once.text);
      checkMap(raw, once.text, once.map);
      let last = -1;
      for (const r of once.removals) {
        expect(raw.slice(r.start, r.end)).toBe(r.text);
        expect(r.start).toBeGreaterThanOrEqual(last);
        last = r.start;
      }
    }), { numRuns: 300 });
  });

  it("prepareText composes both maps: toOriginal stays within the raw text and in order", () => {
    fc.assert(fc.property(anyText, fc.boolean(), (raw, t2s) => {
      const prepared = prepareText(raw, { traditionalToSimplified: t2s });
      expect(cleanText(prepared.text).text).toBe(prepared.text);
      if (!t2s) checkMap(raw, prepared.text, prepared.map);
      expect(prepared.toOriginal(0)).toBeGreaterThanOrEqual(0);
      expect(prepared.toOriginal(prepared.text.length)).toBeLessThanOrEqual(raw.length);
    }), { numRuns: 200 });
  });

  it("splitCompilation slices are within bounds, ordered, non-overlapping, titled from the text", () => {
    fc.assert(fc.property(anyText, (text) => {
      let end = 0;
      for (const s of splitCompilation(text)) {
        expect(s.start).toBeGreaterThanOrEqual(end);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.titleSpan.start, s.titleSpan.end)).toBe(s.title);
        end = s.end;
      }
    }), { numRuns: 300 });
  });

  it("detectPlaceholders quotes the text, sorted by start", () => {
    fc.assert(fc.property(anyText, (text) => {
      let last = -1;
      for (const p of detectPlaceholders(text)) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        expect(p.start).toBeGreaterThan(last);
        last = p.start;
      }
    }), { numRuns: 300 });
  });
});

describe("a 1 MB arbitrary input", () => {
  it("1 MB of random code units and rule tokens: nothing throws, the map stays consistent, cleaning is idempotent", () => {
    const sample = fc.sample(fc.oneof(fc.constantFrom(...TOKENS), codeUnits), { numRuns: 60_000, seed: 42 }).join("");
    const raw = sample.repeat(Math.ceil((1 << 20) / sample.length)).slice(0, 1 << 20);
    expect(raw.length).toBe(1 << 20);
    const prepared = prepareText(raw);
    checkMap(raw, prepared.text, prepared.map);
    expect(cleanText(prepared.text).text).toBe(prepared.text);
    splitCompilation(prepared.text);
    detectPlaceholders(prepared.text);
  }, 60_000);
});

describe("large and hostile inputs (safety net, not a benchmark)", () => {
  const MB = 1 << 20;
  /** [name, input, limit in ms]: 5 s, except a text that needs an edit every 2 chars (≈ 400,000 map segments) */
  const INPUTS: readonly [string, () => string, number?][] = [
    ["1 MB of one line without punctuation", () => "教研工作计划加强管理".repeat(MB / 10)],
    ["100,000 × 一、", () => "一、".repeat(100_000)],
    ["100,000 × 不少于", () => "不少于".repeat(100_000)],
    ["1 MB of digits", () => "7".repeat(MB)],
    ["50,000 × (一)", () => "(一)".repeat(50_000)],
    ["100,000 × 1、 lines", () => "1、\n".repeat(100_000)],
    ["50,000 × 篇一 lines", () => "工作计划篇一\n".repeat(50_000)],
    ["1 MB of full-width digits, spaces and lone surrogates", () => "１\u3000\ud800\r\n".repeat(MB / 5), 10_000],
    ["1 MB of repeated 30-char lines", () => "加强教研组建设,每月定期组织一次集体备课活动,提高质量。\n".repeat(MB / 30)],
    ["1 MB of xx", () => "xX×".repeat(MB / 3)],
  ];
  for (const [name, make, limit = 5000] of INPUTS) {
    it(`${name}: prepare, split and detect in under ${limit / 1000} s`, () => {
      const raw = make();
      const t0 = performance.now();
      const prepared = prepareText(raw);
      splitCompilation(prepared.text);
      detectPlaceholders(prepared.text);
      expect(performance.now() - t0).toBeLessThan(limit);
    }, 30_000);
  }
});
