/**
 * Pure intake: the bytes of one file (and optionally its name) → its text, or a typed error.
 * The format comes from the bytes; the name only tells .md from .txt. Never throws.
 */
import type { LoadFormat, LoadResult } from "../types.js";
import { decodeText, decodeWithLabel, type DecodedText } from "./decode-text.js";
import { KNOWN_BINARY, looksBinary } from "./describe-binary.js";
import { loadFailure, type LoadFailure } from "./error-codes.js";
import { sniffHtmlCharset } from "./html-charset.js";
import { inspectOle } from "./inspect-ole.js";
import { formatBytes, resolveLoadOptions, type LoadOptions, type ResolvedLoadOptions } from "./load-options.js";
import { readDocx } from "./read-docx.js";
import { htmlToText } from "./read-html.js";
import { sniffFormat } from "./sniff-format.js";

type Decoded = { readonly ok: true; readonly text: string; readonly format: LoadFormat; readonly encoding: string } | LoadFailure;

const HTML_TEXT_START = /^\s*(?:<!--[^]{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

function textFormat(fileName: string): LoadFormat {
  return /\.(?:md|markdown)$/i.test(fileName) ? "md" : "txt";
}

function empty(what: string): LoadFailure {
  return loadFailure("empty", `${what} has no text (it is empty or holds only white space)`);
}

/**
 * A page's bytes: valid UTF-8 (or a BOM) wins — saved pages often keep a stale <meta charset=gb2312> after
 * being re-encoded; otherwise the declared charset, when known; otherwise detection.
 */
function decodeHtmlBytes(bytes: Uint8Array): DecodedText {
  const detected = decodeText(bytes);
  if (detected.encoding === "utf-8" || detected.encoding.startsWith("utf-16")) return detected;
  const charset = sniffHtmlCharset(bytes);
  return (charset === null ? null : decodeWithLabel(bytes, charset)) ?? detected;
}

function fromHtml(decoded: DecodedText, o: ResolvedLoadOptions): Decoded {
  const html = htmlToText(decoded.text, o.maxHtmlDepth);
  if (!html.ok) return html;
  if (html.text.trim() === "") return empty("the web page");
  return { ok: true, text: html.text, format: "html", encoding: decoded.encoding };
}

function fromText(bytes: Uint8Array, fileName: string, o: ResolvedLoadOptions): Decoded {
  const decoded = decodeText(bytes);
  if (looksBinary(decoded.text)) {
    return loadFailure("binary", "the file is binary data, not text: planlens reads .txt, .md, .docx and .html files");
  }
  if (decoded.replacementRatio > 0.1) {
    return loadFailure("decode", "the text encoding could not be recognised: save the file as UTF-8 text and try again");
  }
  if (HTML_TEXT_START.test(decoded.text.slice(0, 4096))) return fromHtml(decoded, o);
  if (decoded.text.trim() === "") return empty("the file");
  return { ok: true, text: decoded.text, format: textFormat(fileName), encoding: decoded.encoding };
}

function decode(bytes: Uint8Array, fileName: string, o: ResolvedLoadOptions): Decoded {
  if (bytes.length > o.maxBytes) {
    return loadFailure("too-large", `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(o.maxBytes)} limit`);
  }
  const kind = sniffFormat(bytes);
  const known = KNOWN_BINARY[kind];
  if (known) return known;
  switch (kind) {
    case "empty":
      return empty("the file");
    case "ole":
      return inspectOle(bytes);
    case "zip": {
      const docx = readDocx(bytes, o);
      if (!docx.ok) return docx;
      if (docx.text.trim() === "") return empty("the Word document");
      return { ok: true, text: docx.text, format: "docx", encoding: "utf-8" };
    }
    case "html":
      return fromHtml(decodeHtmlBytes(bytes), o);
    default:
      return fromText(bytes, fileName, o);
  }
}

export function decodeBytes(bytes: Uint8Array, fileName = "", options: LoadOptions = {}): LoadResult {
  try {
    const result = decode(bytes, fileName, resolveLoadOptions(options));
    if (result.ok) return Object.assign({}, result, { file: fileName });
    return { ok: false, file: fileName, error: { code: result.code, message: result.message } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, file: fileName, error: { code: "internal", message: `unexpected error while reading the file: ${detail}` } };
  }
}
