/** What to tell the user about a recognised non-text format (sniff-format.ts kinds). */
import { loadFailure, type LoadFailure } from "./error-codes.js";
import type { SniffedKind } from "./sniff-format.js";

const IMAGE = (name: string): LoadFailure =>
  loadFailure("unsupported", `a ${name} image holds no text planlens can read: put the plan's text in a .docx or .txt`);
const ARCHIVE = (name: string): LoadFailure =>
  loadFailure("unsupported", `a compressed ${name} archive: unpack it and give planlens the files inside`);

export const KNOWN_BINARY: Partial<Record<SniffedKind, LoadFailure>> = {
  pdf: loadFailure("unsupported", "PDF is not supported: export the text (or save the document as .docx) and try again"),
  rtf: loadFailure("unsupported", "RTF is not supported: open it in Word/WPS and save it as .docx"),
  png: IMAGE("PNG"),
  jpeg: IMAGE("JPEG"),
  gif: IMAGE("GIF"),
  webp: IMAGE("WebP"),
  tiff: IMAGE("TIFF"),
  gzip: ARCHIVE("gzip"),
  rar: ARCHIVE("RAR"),
  "7z": ARCHIVE("7z"),
};

/** Share of control characters (NUL included; tab, line breaks, form feed excepted) in the first 64K units. */
export function controlRatio(text: string): number {
  const n = Math.min(text.length, 65_536);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && c !== 0x1a) || c === 0x7f) controls++;
  }
  return controls / n;
}

export function looksBinary(text: string): boolean {
  const ratio = controlRatio(text);
  const n = Math.min(text.length, 65_536);
  return ratio > 0.05 || (ratio * n > 8 && ratio > 0.01);
}
