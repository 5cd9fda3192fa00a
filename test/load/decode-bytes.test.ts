import fc from "fast-check";
import { zipSync, strToU8 } from "fflate";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, decodeBytes } from "../../src/load/index.js";
import { fixtureBytes } from "./_fixtures.js";

const CODES = Object.keys(ERROR_CODES);

function minimalDocx(documentBody: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${documentBody}</w:body></w:document>`;
  return zipSync({ "word/document.xml": strToU8(xml), ...extra }, { mtime: new Date(Date.UTC(2024, 0, 1)) });
}

describe("decodeBytes: type by magic bytes", () => {
  it("a docx whose name says .txt is read as a docx", () => {
    const result = decodeBytes(fixtureBytes("numbered-lists.docx"), "计划.txt");
    expect(result).toMatchObject({ ok: true, format: "docx", file: "计划.txt" });
  });

  it("an HTML page named .docx is read as HTML", () => {
    const result = decodeBytes(fixtureBytes("page-gbk.html"), "计划.docx");
    expect(result).toMatchObject({ ok: true, format: "html", encoding: "gb18030" });
  });

  it("the name only tells .md from .txt", () => {
    expect(decodeBytes(strToU8("一、目标"), "a.MD")).toMatchObject({ ok: true, format: "md" });
    expect(decodeBytes(strToU8("一、目标"), "a.docx")).toMatchObject({ ok: true, format: "txt" });
    expect(decodeBytes(strToU8("一、目标"))).toMatchObject({ ok: true, format: "txt", file: "" });
  });

  it("JPEG and GIF signatures → unsupported image", () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toMatchObject({ ok: false, error: { code: "unsupported", message: expect.stringMatching(/JPEG image/) } });
    expect(decodeBytes(strToU8("GIF89a\x01\x00"))).toMatchObject({ ok: false, error: { code: "unsupported", message: expect.stringMatching(/GIF image/) } });
  });

  it("an .xlsx zip → unsupported, naming Excel", () => {
    const xlsx = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
    expect(decodeBytes(xlsx)).toMatchObject({ ok: false, error: { code: "unsupported", message: expect.stringMatching(/Excel/) } });
  });

  it("a .pptx (its _rels point at ppt/presentation.xml) → unsupported, naming PowerPoint", () => {
    const rels = '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>';
    const pptx = zipSync({ "_rels/.rels": strToU8(rels), "ppt/presentation.xml": strToU8("<p:presentation/>") });
    expect(decodeBytes(pptx)).toMatchObject({ ok: false, error: { code: "unsupported", message: expect.stringMatching(/PowerPoint/) } });
  });

  it("a docx whose main part is not word/document.xml is found through _rels/.rels", () => {
    const rels = '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>';
    const body = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、目标</w:t></w:r></w:p></w:body></w:document>';
    const docx = zipSync({ "_rels/.rels": strToU8(rels), "word/document2.xml": strToU8(body) });
    expect(decodeBytes(docx)).toMatchObject({ ok: true, format: "docx", text: "一、目标" });
  });

  it("a UTF-16 HTML page (BOM) is read as HTML", () => {
    const bytes = iconv.encode("<!DOCTYPE html><html><body><p>一、目标</p></body></html>", "utf-16le", { addBOM: true });
    expect(decodeBytes(bytes)).toEqual({ ok: true, file: "", format: "html", encoding: "utf-16le", text: "一、目标" });
  });

  it("a page re-encoded as UTF-8 that still declares gb2312 is read as UTF-8", () => {
    const bytes = strToU8('<html><head><meta charset="gb2312"></head><body>一、指导思想</body></html>');
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, format: "html", encoding: "utf-8", text: "一、指导思想" });
  });

  it("a Big5 page declaring big5 is read as Big5 (the declaration decides between legacy charsets)", () => {
    const bytes = iconv.encode('<html><head><meta charset="big5"></head><body>學校計劃</body></html>', "big5");
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: "big5", text: "學校計劃" });
  });

  it("an HTML page whose meta charset is wrong-but-unknown falls back to detection", () => {
    const bytes = strToU8('<html><head><meta charset="x-unknown-label"></head><body>一、目标</body></html>');
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, format: "html", encoding: "utf-8", text: "一、目标" });
  });
});

describe("decodeBytes: limits", () => {
  it("bytes over maxBytes → too-large", () => {
    expect(decodeBytes(strToU8("一、目标"), "", { maxBytes: 4 })).toMatchObject({ ok: false, error: { code: "too-large" } });
  });

  it("a docx that really unpacks to more than maxDocxUncompressedBytes → too-large, before inflating", () => {
    const body = `<w:p><w:r><w:t>${" ".repeat(2_000_000)}</w:t></w:r></w:p>`;
    const docx = minimalDocx(body);
    expect(docx.length).toBeLessThan(50_000);
    const result = decodeBytes(docx, "bomb.docx", { maxDocxUncompressedBytes: 1_000_000 });
    expect(result).toMatchObject({ ok: false, error: { code: "too-large", message: expect.stringMatching(/zip bomb/) } });
  });

  it("an entry that inflates past the size its directory declares → corrupt", () => {
    const docx = minimalDocx(`<w:p><w:r><w:t>${"教研".repeat(1000)}</w:t></w:r></w:p>`);
    const lying = docx.slice();
    const view = new DataView(lying.buffer);
    for (let at = 0; at + 4 < lying.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 100, true);
    }
    expect(decodeBytes(lying)).toMatchObject({ ok: false, error: { code: "corrupt" } });
  });

  it("a docx with broken XML → corrupt", () => {
    const docx = zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p>") });
    expect(decodeBytes(docx)).toMatchObject({ ok: false, error: { code: "corrupt", message: expect.stringMatching(/XML/) } });
  });

  it("a docx with no text → empty", () => {
    expect(decodeBytes(minimalDocx("<w:p/>"))).toMatchObject({ ok: false, error: { code: "empty" } });
  });

  it("HTML nested deeper than maxHtmlDepth → too-deep; shallower is read", () => {
    const html = `<html><body>${"<div>".repeat(30)}深${"</div>".repeat(30)}</body></html>`;
    expect(decodeBytes(strToU8(html), "", { maxHtmlDepth: 20 })).toMatchObject({ ok: false, error: { code: "too-deep" } });
    expect(decodeBytes(strToU8(html), "", { maxHtmlDepth: 40 })).toMatchObject({ ok: true, text: "深" });
  });

  it.each(["<div>", "<div/>", "<span>", "<a>", "<b><i>"])("100,000 nested %s → too-deep, no stack overflow", (tag) => {
    const html = `<html><body>${tag.repeat(100_000)}x</body></html>`;
    expect(decodeBytes(strToU8(html))).toMatchObject({ ok: false, error: { code: "too-deep" } });
  });
});

describe("decodeBytes never throws", () => {
  const isValid = (result: ReturnType<typeof decodeBytes>): boolean =>
    result.ok ? typeof result.text === "string" && result.text.trim() !== "" : CODES.includes(result.error.code);

  it("random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => isValid(decodeBytes(bytes))),
      { numRuns: 500 },
    );
  }, 60_000);

  it("random bytes behind every known signature", () => {
    const heads = ["PK\x03\x04", "PK\x05\x06", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "%PDF-", "{\\rtf", "<html>", "\xef\xbb\xbf", "\xff\xfe", "\xfe\xff"];
    fc.assert(
      fc.property(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 1024 }), (head, tail) => {
        const bytes = new Uint8Array([...Buffer.from(head, "latin1"), ...tail]);
        return isValid(decodeBytes(bytes));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it("every truncation and single-byte corruption of the fixture docx", () => {
    const docx = fixtureBytes("numbered-lists.docx");
    for (let n = 0; n < docx.length; n += 7) expect(isValid(decodeBytes(docx.subarray(0, n)))).toBe(true);
    fc.assert(
      fc.property(fc.nat({ max: docx.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const copy = docx.slice();
        copy[at] = value;
        return isValid(decodeBytes(copy));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("arbitrary strings in UTF-8, including lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 500 }), (s) => isValid(decodeBytes(strToU8(s)))),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe("decodeBytes: linear time on large inputs (safety net, not a benchmark)", () => {
  const cases: readonly (readonly [string, Uint8Array])[] = [
    ["1 MB of one line with no punctuation", strToU8("教研".repeat(350_000))],
    ["100,000 × 一、 in GBK", iconv.encode("一、".repeat(100_000), "gbk")],
    ["100,000 × 不少于", strToU8("不少于".repeat(100_000))],
    ["1 MB of digits", strToU8("7".repeat(1_000_000))],
    ["50,000 × (一)", strToU8("(一)".repeat(50_000))],
    ["1 MB of spaces then a letter in HTML", strToU8(`<html><body><p>${" ".repeat(1_000_000)}x</p></body></html>`)],
    ["50,000 unclosed <p> in HTML", strToU8(`<html><body>${"<p>段落".repeat(50_000)}</body></html>`)],
    ["1 MB of '<' in HTML", strToU8(`<html>${"<".repeat(1_000_000)}`)],
  ];
  it("a .docx of 50,000 auto-numbered paragraphs", () => {
    const para = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>教研</w:t></w:r></w:p>';
    const numbering = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const docx = minimalDocx(para.repeat(50_000), { "word/numbering.xml": strToU8(numbering) });
    const t0 = performance.now();
    const result = decodeBytes(docx);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(result.ok && result.text.split("\n").at(-1)).toBe("五万、教研");
  }, 30_000);

  it.each(cases)("%s", (_name, bytes) => {
    const t0 = performance.now();
    const result = decodeBytes(bytes);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(result.ok).toBe(true);
  }, 30_000);
});
