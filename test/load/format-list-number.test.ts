import { describe, expect, it } from "vitest";
import { formatListNumber } from "../../src/load/format-list-number.js";

describe("formatListNumber", () => {
  it.each([
    [1, "chineseCounting", "一"],
    [10, "chineseCounting", "十"],
    [11, "chineseCounting", "十一"],
    [20, "chineseCounting", "二十"],
    [21, "chineseCountingThousand", "二十一"],
    [105, "chineseCountingThousand", "一百零五"],
    [110, "chineseCountingThousand", "一百一十"],
    [1010, "chineseCountingThousand", "一千零一十"],
    [10001, "chineseCountingThousand", "一万零一"],
    [100000, "chineseCounting", "十万"],
    [150000, "chineseCounting", "十五万"],
    [3, "taiwaneseCountingThousand", "三"],
    [10, "ideographDigital", "一〇"],
    [12, "ideographDigital", "一二"],
    [3, "chineseLegalSimplified", "叁"],
    [10, "chineseLegalSimplified", "壹拾"],
    [12, "chineseLegalSimplified", "壹拾贰"],
    [1, "ideographTraditional", "甲"],
    [11, "ideographTraditional", "甲"],
    [3, "ideographZodiac", "寅"],
    [12, "decimalFullWidth", "１２"],
    [1, "decimalEnclosedCircle", "①"],
    [20, "decimalEnclosedCircle", "⑳"],
    [21, "decimalEnclosedCircle", "㉑"],
    [51, "decimalEnclosedCircle", "51"],
    [2, "decimalEnclosedParen", "⑵"],
    [2, "decimalEnclosedFullstop", "⒉"],
    [3, "ideographEnclosedCircle", "㊂"],
    [3, "decimal", "3"],
    [3, "decimalZero", "03"],
    [3, "lowerLetter", "c"],
    [28, "upperLetter", "BB"],
    [4, "upperRoman", "IV"],
    [14, "lowerRoman", "xiv"],
    [7, "none", ""],
    [7, "someFutureFormat", "7"],
  ] as const)("%i as %s → %s", (n, fmt, expected) => {
    expect(formatListNumber(n, fmt)).toBe(expected);
  });
});
