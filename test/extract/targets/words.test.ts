import { describe, expect, it } from "vitest";
import { occursAt, Words } from "../../../src/extract/targets/_words.js";

describe("Words", () => {
  const words = new Words(["以上", "及以上", "上"]);

  it("endingAt: 10次及以上 → the longest word ending there, 及以上", () => {
    const text = "10次及以上";
    expect(words.endingAt(text, text.length)).toBe("及以上");
  });

  it("endingAt with a window: only words that fit, 以上 within 2", () => {
    const text = "10次及以上";
    expect(words.endingAt(text, text.length, 2)).toBe("以上");
  });

  it("startingAt: 以上的 at 0 → 以上; at the end of the text or before it → undefined", () => {
    expect(words.startingAt("以上的", 0)).toBe("以上");
    expect(words.startingAt("以上的", 3)).toBeUndefined();
    expect(words.startingAt("以上的", -1)).toBeUndefined();
    expect(words.endingAt("以上的", 0)).toBeUndefined();
  });

  it("same answers as slicing and endsWith/startsWith, at every offset", () => {
    const list = ["是", "成为", "为", "后", "提前", "周岁", "年级"];
    const lookup = new Words(list);
    const text = "提前成为三周岁年级是后为";
    for (let at = 0; at <= text.length; at += 1) {
      for (const window of [1, 2, 3]) {
        const before = text.slice(Math.max(0, at - window), at);
        const after = text.slice(at, at + window);
        expect(lookup.endingAt(text, at, window) !== undefined).toBe(list.some((w) => before.endsWith(w)));
        expect(lookup.startingAt(text, at, window) !== undefined).toBe(list.some((w) => after.startsWith(w)));
      }
    }
  });
});

describe("Words.occursIn", () => {
  it("same answer as a RegExp alternation tested on the slice [from, to)", () => {
    const list = ["去年", "已", "已经", "的基础上", "现有"];
    const words = new Words(list);
    const pattern = new RegExp(list.join("|"), "u");
    const text = "我校去年已经在原有的基础上现有教师";
    for (let from = 0; from <= text.length; from += 1) {
      for (let to = from; to <= text.length + 1; to += 1) {
        expect(words.occursIn(text, from, to)).toBe(pattern.test(text.slice(from, to)));
      }
    }
  });
});

describe("occursAt", () => {
  it("三会一课 occurs at 2 in 执行三会一课制度, not at 1 nor past the end", () => {
    expect(occursAt("执行三会一课制度", 2, "三会一课")).toBe(true);
    expect(occursAt("执行三会一课制度", 1, "三会一课")).toBe(false);
    expect(occursAt("执行三会", 2, "三会一课")).toBe(false);
  });
});
