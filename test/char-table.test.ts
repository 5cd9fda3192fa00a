import { describe, expect, it } from "vitest";
import { charSet, classSet, isWhiteSpace } from "../src/char-table.js";

describe("character sets (8 KB bitsets over the BMP)", () => {
  it("charSet holds exactly its characters, across every 32-bit word boundary of the bitset", () => {
    const chars = ["。", "！", "\n", "A", "\u001f", "\u0020", "\uffff", "一", "龥"];
    const has = charSet(chars);
    const members = new Set(chars.map((char) => char.charCodeAt(0)));
    for (let code = 0; code < 0x10000; code += 1) expect(has(code)).toBe(members.has(code));
  });

  it("classSet reads a class body: single characters and a-b ranges, a trailing '-' as itself", () => {
    const has = classSet("0-9一二-");
    const expected = (code: number) => (code >= 0x30 && code <= 0x39) || code === 0x4e00 || code === 0x4e8c || code === 0x2d;
    for (let code = 0; code < 0x10000; code += 1) expect(has(code)).toBe(expected(code));
  });

  it("NaN (charCodeAt past the end) is in no set; NUL cannot be put in one", () => {
    expect(charSet(["a"])(Number.NaN)).toBe(false);
    expect(classSet("\u0001-\u00ff")("x".charCodeAt(5))).toBe(false);
    expect(() => charSet(["\u0000"])).toThrow(RangeError);
    expect(() => classSet("\u0000-a")).toThrow(RangeError);
  });

  it("isWhiteSpace agrees with /\\s/ on every code unit", () => {
    for (let code = 0; code < 0x10000; code += 1) expect(isWhiteSpace(code)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});
