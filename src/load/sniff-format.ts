/**
 * Tell what a file is from its first bytes, never from its name.
 * "text" means: not a known binary signature; decode-text.ts decides whether it really is text.
 */
export type SniffedKind =
  | "empty"
  | "zip"
  | "ole"
  | "pdf"
  | "rtf"
  | "png"
  | "jpeg"
  | "gif"
  | "webp"
  | "tiff"
  | "gzip"
  | "rar"
  | "7z"
  | "html"
  | "text";

interface Signature {
  readonly kind: SniffedKind;
  readonly bytes: readonly number[];
  readonly offset?: number;
}

export const SIGNATURES: readonly Signature[] = [
  { kind: "zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: "zip", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: "zip", bytes: [0x50, 0x4b, 0x07, 0x08] },
  { kind: "ole", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: "rtf", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
  { kind: "png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: "jpeg", bytes: [0xff, 0xd8, 0xff] },
  { kind: "gif", bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: "webp", bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { kind: "tiff", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: "tiff", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: "gzip", bytes: [0x1f, 0x8b] },
  { kind: "rar", bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { kind: "7z", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
];

function startsWith(bytes: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  return sig.every((b, i) => bytes[offset + i] === b);
}

/** "%PDF-" may follow a little junk; the PDF spec allows it within the first 1024 bytes. */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = latin1Head(bytes, 1024);
  return head.includes("%PDF-");
}

function latin1Head(bytes: Uint8Array, n: number): string {
  let s = "";
  const end = Math.min(bytes.length, n);
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

const HTML_START = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*(?:<!--[^]*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;

/** HTML is recognised from an ASCII-compatible start (UTF-8, GBK …). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  return HTML_START.test(latin1Head(bytes, 2048));
}

export function sniffFormat(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return "empty";
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes, sig.offset)) {
      if (sig.kind === "webp" && !startsWith(bytes, [0x52, 0x49, 0x46, 0x46])) continue;
      return sig.kind;
    }
  }
  if (looksLikePdf(bytes)) return "pdf";
  if (looksLikeHtml(bytes)) return "html";
  return "text";
}
