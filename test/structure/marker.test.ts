import { describe, expect, it } from "vitest";
import { formatMarker, parseMarker } from "../../src/structure/index.js";

describe("parseMarker", () => {
  it.each([
    ["一、", "cn", 1],
    ["十二、", "cn", 12],
    ["二十一、", "cn", 21],
    ["三.", "cn", 3],
    ["四．", "cn", 4],
    ["(一)", "cn-paren", 1],
    ["（五）", "cn-paren", 5],
    ["1、", "arabic", 1],
    ["2.", "arabic", 2],
    ["3．", "arabic", 3],
    ["4。", "arabic", 4],
    ["１２、", "arabic", 12],
    ["(1)", "arabic-paren", 1],
    ["（10）", "arabic-paren", 10],
    ["①", "circled", 1],
    ["⑳", "circled", 20],
    ["⑴", "paren-char", 1],
    ["⑸", "paren-char", 5],
    ["⒈", "dot-char", 1],
    ["⒑", "dot-char", 10],
    ["第一部分", "di-part", 1],
    ["第三章", "di-chapter", 3],
    ["第二节", "di-section", 2],
    ["第十条", "di-article", 10],
    ["第四、", "di-dun", 4],
    ["第1部分", "di-part", 1],
    ["第12章", "di-chapter", 12],
    ["Ⅰ、", "roman", 1],
    ["一）", "cn-half-paren", 1],
    ["十二)", "cn-half-paren", 12],
    ["Ⅻ.", "roman", 12],
  ])("%s → %s %i", (marker, style, number) => {
    expect(parseMarker(marker)).toMatchObject({ style, number });
  });

  it.each(["", "工作目标", "一是", "1", "一、二", "十十、", "(1", "第1、", "Ⅱ", "Ⅱ型"])("%j is not a marker", (text) => {
    expect(parseMarker(text)).toBeNull();
  });
});

describe("formatMarker", () => {
  it.each([
    ["一、", 2, "二、"],
    ["九、", 10, "十、"],
    ["十、", 11, "十一、"],
    ["(一)", 3, "(三)"],
    ["（二）", 3, "（三）"],
    ["1.", 2, "2."],
    ["9、", 10, "10、"],
    ["(1)", 2, "(2)"],
    ["①", 2, "②"],
    ["⑴", 3, "⑶"],
    ["第一部分", 2, "第二部分"],
    ["第1部分", 2, "第2部分"],
    ["Ⅰ、", 2, "Ⅱ、"],
    ["一）", 2, "二）"],
    ["壹、", 2, "贰、"],
    ["玖、", 11, "拾壹、"],
    ["（ 一 ）", 2, "（ 二 ）"],
  ])("%s with %i → %s", (marker, number, expected) => {
    expect(formatMarker(marker, number)).toBe(expected);
  });
});
