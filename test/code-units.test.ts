import { describe, expect, it } from "vitest";
import { CodeUnitBuffer } from "../src/code-units.js";

const unitsOf = (text: string): number[] => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const asArray = (units: Uint16Array): number[] => Array.from(units);

describe("CodeUnitBuffer", () => {
  it("gives a text's UTF-16 code units, surrogates and a sliced string included", () => {
    const text = "一、指导思想😀\n2020年秋".repeat(40).slice(7, 500);
    expect(asArray(new CodeUnitBuffer().of(text))).toEqual(unitsOf(text));
  });

  it("gives a short text after a longer one exactly its own units (nothing left over from the longer)", () => {
    const buffer = new CodeUnitBuffer();
    buffer.of("不少于15篇".repeat(1000));
    expect(asArray(buffer.of("12月底前"))).toEqual(unitsOf("12月底前"));
    expect(buffer.of("").length).toBe(0);
  });

  it("keeps lone surrogates and line breaks as they are", () => {
    for (const text of ["", "a", "教研 工作\n计划１５％", "𠀀x\u3000\r\n", "lone \ud800 and \udc00"]) {
      expect(asArray(new CodeUnitBuffer().of(text))).toEqual(unitsOf(text));
    }
  });

  it("starts every view at offset 0 of its buffer (callers read it two units at a time through a Uint32Array)", () => {
    const buffer = new CodeUnitBuffer();
    expect(buffer.of("计划".repeat(10)).byteOffset).toBe(0);
    expect(buffer.of("计划".repeat(100_000)).byteOffset).toBe(0);
  });

  it("grows past its kept room for a huge text and shrinks back for the next", () => {
    const buffer = new CodeUnitBuffer();
    const huge = "学".repeat(300_000);
    expect(buffer.of(huge).length).toBe(300_000);
    expect(asArray(buffer.of("开学二周后"))).toEqual(unitsOf("开学二周后"));
  });
});
