/**
 * Bytes of a plain-text file → string, with the encoding detected from the bytes:
 * BOM → strict UTF-8 → BOM-less UTF-16 (NUL pattern / plausibility) → jschardet → iconv-lite.
 * "GBK"/"GB2312" are always decoded as gb18030 (a superset); the default is gb18030.
 */
import { iconv, jschardet } from "./_lazy-modules.js";
import { replacementRatio, textPlausibility } from "./text-plausibility.js";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** share of U+FFFD in the decoded text: high means the encoding guess failed */
  readonly replacementRatio: number;
}

const DETECT_WINDOW = 64 * 1024;
const DETECT_ENCODINGS = ["GB18030", "Big5", "UTF-16LE", "UTF-16BE"];

function bomEncoding(bytes: Uint8Array): TextEncoding | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return "utf-8";
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  if (a === 0x84 && b === 0x31 && c === 0x95 && d === 0x33) return "gb18030";
  return null;
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === "utf-8") return new TextDecoder("utf-8").decode(bytes);
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** NULs mostly at odd offsets → UTF-16LE (ASCII "a" = 61 00); mostly at even offsets → UTF-16BE. */
export function utf16ByNulPattern(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, DETECT_WINDOW) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = n / 2;
  if (pairs === 0) return null;
  if (odd >= pairs * 0.05 && odd >= even * 4) return "utf-16le";
  if (even >= pairs * 0.05 && even >= odd * 4) return "utf-16be";
  return null;
}

function fromDetector(name: string | null): TextEncoding | null {
  switch ((name ?? "").toUpperCase()) {
    case "UTF-16LE":
      return "utf-16le";
    case "UTF-16BE":
      return "utf-16be";
    case "BIG5":
      return "big5";
    case "GB18030":
    case "GBK":
    case "GB2312":
      return "gb18030";
    default:
      return null;
  }
}

function result(bytes: Uint8Array, encoding: TextEncoding, text = decodeAs(bytes, encoding)): DecodedText {
  return { text, encoding, replacementRatio: replacementRatio(text) };
}

/** jschardet's chardet API, limited to the encodings Chinese plans come in (no console warning on no match). */
function detectLegacy(window: Uint8Array): string | null {
  return jschardet().chardet.detect(window, {
    includeEncodings: DETECT_ENCODINGS,
    noMatchEncoding: "GB18030",
    emptyInputEncoding: "GB18030",
  }).encoding;
}

/** Best legacy or UTF-16 guess for bytes that are not valid UTF-8. */
function guessLegacy(bytes: Uint8Array): DecodedText {
  const window = bytes.subarray(0, DETECT_WINDOW);
  const detected = fromDetector(detectLegacy(window)) ?? "gb18030";
  const legacyScore = textPlausibility(decodeAs(window, detected));
  // BOM-less UTF-16 of pure Chinese has no NULs at all: compare how plausible each reading is.
  for (const utf16 of ["utf-16le", "utf-16be"] as const) {
    if (utf16 === detected) continue;
    const score = textPlausibility(decodeAs(window, utf16));
    if (score >= 0.9 && score > legacyScore + 0.1) return result(bytes, utf16);
  }
  return result(bytes, detected);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return result(bytes, bom);
  // ASCII-only UTF-16 ("a\0b\0") is valid UTF-8 too, so the NUL pattern is checked first.
  const window = bytes.subarray(0, DETECT_WINDOW);
  const byNul = utf16ByNulPattern(window);
  if (byNul && textPlausibility(decodeAs(window, byNul)) >= 0.8) return result(bytes, byNul);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return result(bytes, "utf-8", utf8);
  return guessLegacy(bytes);
}

/** Decode with a declared charset (HTML meta); null when the label is unknown to iconv-lite. */
export function decodeWithLabel(bytes: Uint8Array, label: string): DecodedText | null {
  const name = label.trim().toLowerCase();
  if (/^(?:gbk|gb2312|gb_2312-80|x-gbk|gb18030|cp936|euc-cn)$/.test(name)) return result(bytes, "gb18030");
  if (/^(?:big5|big5-hkscs|cp950|x-x-big5)$/.test(name)) return result(bytes, "big5");
  if (/^(?:utf-?8)$/.test(name)) return result(bytes, "utf-8");
  if (/^(?:utf-?16(?:le)?)$/.test(name)) return result(bytes, "utf-16le");
  if (/^(?:utf-?16be)$/.test(name)) return result(bytes, "utf-16be");
  return null;
}
