/**
 * An OLE compound file (D0 CF 11 E0 …) is an old Office file or an encrypted new one: tell which from
 * the stream names in its directory (stored as UTF-16LE), and say what to do.
 */
import { loadFailure, type LoadFailure } from "./error-codes.js";

const OLE_STREAMS: readonly (readonly [string, LoadFailure])[] = [
  ["EncryptionInfo", loadFailure("encrypted", "encrypted (password-protected) .docx: remove the password in Word/WPS and save it again")],
  ["EncryptedPackage", loadFailure("encrypted", "encrypted (password-protected) .docx: remove the password in Word/WPS and save it again")],
  ["WordDocument", loadFailure("unsupported", "old Word .doc: open it in Word/WPS and save it as .docx")],
  ["Workbook", loadFailure("unsupported", "old Excel .xls is not supported: copy the plan's text into a .docx or .txt")],
  ["PowerPoint Document", loadFailure("unsupported", "old PowerPoint .ppt is not supported: copy the plan's text into a .docx or .txt")],
];

function contains(haystack: Uint8Array, name: string): boolean {
  const buffer = Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength);
  return buffer.indexOf(Buffer.from(name, "utf16le")) !== -1;
}

export function inspectOle(bytes: Uint8Array): LoadFailure {
  for (const [stream, failure] of OLE_STREAMS) if (contains(bytes, stream)) return failure;
  return loadFailure("unsupported", "an old Office file (OLE compound document): open it in Word/WPS and save it as .docx");
}
