import { describe, expect, it } from "vitest";
import { composeMaps, createMapBuilder, identityMap, toOriginal, toOriginalEnd, toOriginalSpan } from "../../src/clean/index.js";

describe("offset maps", () => {
  it("copy, 1:1 replace, n:1 replace and delete: each output offset maps back", () => {
    const input = "ab\r\ncd１２ef";
    const b = createMapBuilder(input);
    b.copyTo(2); //             "ab"
    b.replaceTo(4, "\n"); //    "\r\n" → "\n"
    b.copyTo(6); //             "cd"
    b.replaceTo(8, "12"); //    "１２" → "12" (linear)
    b.replaceTo(9, ""); //      "e" deleted
    const { text, map } = b.finish(); // "f" copied
    expect(text).toBe("ab\ncd12f");
    expect([...text].map((_, i) => toOriginal(map, i))).toEqual([0, 1, 2, 4, 5, 6, 7, 9]);
    expect(toOriginal(map, text.length)).toBe(10);
    expect(toOriginalSpan(map, 5, 7)).toEqual({ start: 6, end: 8 });
    expect(toOriginalEnd(map, 3)).toBe(4); // "\n" came from "\r\n"
  });

  it("a span ending just before a deletion does not swallow the deleted text", () => {
    const input = "正文。页脚";
    const b = createMapBuilder(input);
    b.copyTo(3);
    b.replaceTo(5, "");
    const { map } = b.finish();
    expect(toOriginalSpan(map, 0, 3)).toEqual({ start: 0, end: 3 });
    expect(toOriginal(map, 3)).toBe(3);
  });

  it("composition equals applying the two maps one after the other", () => {
    const a = createMapBuilder("xxABCyyDEF");
    a.replaceTo(2, "");
    a.copyTo(5);
    a.replaceTo(7, "");
    const first = a.finish(); // "ABCDEF"
    const c = createMapBuilder(first.text);
    c.copyTo(1);
    c.replaceTo(4, "-"); // "BCD" → "-"
    const second = c.finish(); // "A-EF"
    const composed = composeMaps(first.map, second.map);
    expect(second.text).toBe("A-EF");
    for (let i = 0; i <= second.text.length; i++) {
      expect(toOriginal(composed, i)).toBe(toOriginal(first.map, toOriginal(second.map, i)));
    }
    expect(toOriginalSpan(composed, 1, 2)).toEqual({ start: 3, end: 8 });
  });

  it("identity and empty maps", () => {
    expect(toOriginal(identityMap(5), 3)).toBe(3);
    expect(toOriginal(identityMap(0), 0)).toBe(0);
    expect(toOriginal(identityMap(5), -4)).toBe(0);
    expect(toOriginal(identityMap(5), 99)).toBe(5);
    expect(toOriginal(identityMap(5), Number.NaN)).toBe(0);
  });
});
