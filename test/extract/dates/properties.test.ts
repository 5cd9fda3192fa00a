import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../src/extract/dates/index.js";
import type { Anchor } from "../../../src/types.js";

const PIECES = [
  "2020年", "2021年1月29日", "9月", "十一月十日", "12月底前", "本学期", "期末", "第七周", "第1-2周", "开学二周后",
  "寒假", "2020—2021学年度", "2020年秋", "年内", "明天", "下周三", "29日", "—", "至", "每周", "一次", "，", "。", "\n",
  "xx年8月", "20xx年", "(", ")", "周", "月", "年", "1", "十", "第", "前", "内", "完成", "〔2020〕73号",
];
const ANCHORS: Anchor[] = [
  { year: 2020, term: "autumn" }, { year: 2022, term: "spring" }, { year: 2023, term: "year" }, { year: null, term: "unknown" },
];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe("extractDates invariants (fast-check)", () => {
  it("spans quote the text, are sorted and disjoint; from/to are ISO, both or neither, from <= to", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.constantFrom(...ANCHORS),
        fc.option(fc.constantFrom("2020-10-14", "2021-02-28", "2024-02-29")),
        (pieces, anchor, reference) => {
          const text = pieces.join("");
          const found = extractDates(text, reference === null ? { anchor } : { anchor, reference });
          let lastEnd = 0;
          for (const d of found) {
            expect(text.slice(d.start, d.end)).toBe(d.text);
            expect(d.start).toBeGreaterThanOrEqual(lastEnd);
            expect(d.end).toBeGreaterThan(d.start);
            lastEnd = d.end;
            expect(d.from === null).toBe(d.to === null);
            if (d.from !== null && d.to !== null) {
              expect(d.from).toMatch(ISO);
              expect(d.to).toMatch(ISO);
              expect(d.from <= d.to).toBe(true);
            }
            if (d.placeholder) expect(d.from).toBeNull();
            expect(d.matcher.startsWith("dates/")).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
