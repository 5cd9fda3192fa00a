import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText, decodeWithLabel, utf16ByNulPattern } from "../../src/load/decode-text.js";

const PURE_CHINESE = "以立德树人为根本任务深化课堂教学改革全面提高教育教学质量";

describe("decodeText", () => {
  it("UTF-8 without BOM → utf-8", () => {
    expect(decodeText(Buffer.from("一、指导思想", "utf8"))).toMatchObject({ text: "一、指导思想", encoding: "utf-8" });
  });

  it("UTF-8 with BOM → utf-8, BOM removed", () => {
    expect(decodeText(Buffer.from("\uFEFF一、指导思想", "utf8"))).toMatchObject({ text: "一、指导思想", encoding: "utf-8" });
  });

  it("8 bytes of GBK (教研计划) → gb18030", () => {
    expect(decodeText(iconv.encode("教研计划", "gbk"))).toMatchObject({ text: "教研计划", encoding: "gb18030" });
  });

  it("GB18030 four-byte characters (𠀀 and €) survive", () => {
    const text = "教研计划€𠀀";
    expect(decodeText(iconv.encode(text, "gb18030"))).toMatchObject({ text, encoding: "gb18030" });
  });

  it("BOM-less UTF-16LE of pure Chinese (no NUL bytes at all) → utf-16le", () => {
    expect(decodeText(iconv.encode(PURE_CHINESE, "utf-16le"))).toMatchObject({ text: PURE_CHINESE, encoding: "utf-16le" });
  });

  it("BOM-less UTF-16BE of pure Chinese → utf-16be", () => {
    expect(decodeText(iconv.encode(PURE_CHINESE, "utf-16be"))).toMatchObject({ text: PURE_CHINESE, encoding: "utf-16be" });
  });

  it("BOM-less UTF-16LE of ASCII (valid UTF-8 too) → utf-16le by its NUL pattern", () => {
    expect(decodeText(iconv.encode("Plan 2024\n", "utf-16le"))).toMatchObject({ text: "Plan 2024\n", encoding: "utf-16le" });
  });

  it("GBK text long enough is not mistaken for UTF-16", () => {
    const text = `${PURE_CHINESE}。\n`.repeat(20);
    expect(decodeText(iconv.encode(text, "gbk"))).toMatchObject({ text, encoding: "gb18030" });
  });

  it("reports the share of replacement characters", () => {
    expect(decodeText(Buffer.from("abc", "utf8")).replacementRatio).toBe(0);
    expect(decodeText(new Uint8Array([0xff, 0xff, 0xff])).replacementRatio).toBe(1);
  });
});

describe("utf16ByNulPattern", () => {
  it("NULs at odd offsets → utf-16le, at even offsets → utf-16be, none → null", () => {
    expect(utf16ByNulPattern(new Uint8Array([0x61, 0, 0x62, 0]))).toBe("utf-16le");
    expect(utf16ByNulPattern(new Uint8Array([0, 0x61, 0, 0x62]))).toBe("utf-16be");
    expect(utf16ByNulPattern(new Uint8Array([0x61, 0x62, 0x63, 0x64]))).toBeNull();
  });
});

describe("decodeWithLabel (HTML meta charset)", () => {
  it("gb2312 / GBK labels decode as gb18030", () => {
    expect(decodeWithLabel(iconv.encode("教研", "gbk"), "GB2312")).toMatchObject({ text: "教研", encoding: "gb18030" });
    expect(decodeWithLabel(iconv.encode("教研", "gbk"), "gbk")).toMatchObject({ encoding: "gb18030" });
  });

  it("an unknown label → null", () => {
    expect(decodeWithLabel(new Uint8Array([0x61]), "x-klingon")).toBeNull();
  });
});

describe("decodeText on the real plans of corpus/, re-encoded", () => {
  const corpus = join(dirname(fileURLToPath(import.meta.url)), "../../corpus");
  const plans = readdirSync(corpus).filter((f) => f.endsWith(".txt"));
  const cases = plans.flatMap((f) =>
    (["gb18030", "utf-16le", "utf-16be"] as const).map((enc) => [f, enc] as const),
  );
  it.each(cases)("%s as BOM-less %s decodes back exactly", (file, encoding) => {
    const text = readFileSync(join(corpus, file), "utf8");
    expect(decodeText(iconv.encode(text, encoding))).toMatchObject({ text, encoding });
  });

  it.each(plans)("%s: its first 200 characters in GBK are still detected as gb18030", (file) => {
    const text = readFileSync(join(corpus, file), "utf8").slice(0, 200);
    expect(decodeText(iconv.encode(text, "gb18030"))).toMatchObject({ text, encoding: "gb18030" });
  });
});
