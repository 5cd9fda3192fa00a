import { describe, expect, it } from "vitest";
import { charCodesOf } from "../../src/clean/_char-codes.js";

const codesByCharCodeAt = (text: string): number[] => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe("charCodesOf", () => {
  it("gives the UTF-16 code units of the text, surrogates included", () => {
    for (const text of ["", "a", "教研 工作\n计划１５％", "𠀀x\u3000\r\n", "lone \ud800 and \udc00", "ab".repeat(5000)]) {
      expect([...charCodesOf(text)]).toEqual(codesByCharCodeAt(text));
    }
  });

  it("gives each text its own length after a longer one", () => {
    charCodesOf("一二三四五六七八九十".repeat(100));
    expect([...charCodesOf("甲乙")]).toEqual(codesByCharCodeAt("甲乙"));
  });

  it("reads a text longer than the kept array", () => {
    const text = "计划x".repeat(400_000);
    const codes = charCodesOf(text);
    expect(codes.length).toBe(text.length);
    expect(codes[text.length - 1]).toBe(0x78);
    expect(codes[1]).toBe(text.charCodeAt(1));
  });
});
