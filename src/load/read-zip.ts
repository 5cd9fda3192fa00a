/**
 * A minimal zip reader for .docx: the central directory is read and checked against the limits
 * (entry count, total unpacked size) BEFORE anything is inflated; an entry is inflated in chunks and
 * refused when it grows past the size its directory entry declared.
 */
import { fflate } from "./_lazy-modules.js";
import { loadFailure, type LoadFailure } from "./error-codes.js";
import { formatBytes } from "./load-options.js";

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  readonly encrypted: boolean;
}

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
}

export type ZipDirectory = { readonly ok: true; readonly entries: readonly ZipEntry[] } | LoadFailure;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const INFLATE_CHUNK = 16 * 1024;

class ZipFormatError extends Error {}

function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const check = (at: number, n: number): void => {
    if (!Number.isSafeInteger(at) || at < 0 || at + n > bytes.length) throw new ZipFormatError("out of bounds");
  };
  return {
    u16: (at: number): number => (check(at, 2), view.getUint16(at, true)),
    u32: (at: number): number => (check(at, 4), view.getUint32(at, true)),
    u64: (at: number): number => (check(at, 8), Number(view.getBigUint64(at, true))),
  };
}

function findEocd(bytes: Uint8Array, u32: (at: number) => number): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(at) === EOCD) return at;
  }
  throw new ZipFormatError("no end of central directory");
}

interface Zip64Sizes {
  size: number;
  compressedSize: number;
  localOffset: number;
}

function applyZip64(r: ReturnType<typeof reader>, extraStart: number, extraEnd: number, sizes: Zip64Sizes): Zip64Sizes {
  const out = { ...sizes };
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = r.u16(at);
    const len = r.u16(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      if (out.size === 0xffffffff) (out.size = r.u64(p)), (p += 8);
      if (out.compressedSize === 0xffffffff) (out.compressedSize = r.u64(p)), (p += 8);
      if (out.localOffset === 0xffffffff) out.localOffset = r.u64(p);
    }
    at += 4 + len;
  }
  return out;
}

function directory(bytes: Uint8Array, limits: ZipLimits): ZipDirectory {
  const r = reader(bytes);
  const eocd = findEocd(bytes, r.u32);
  let count = r.u16(eocd + 10);
  let offset = r.u32(eocd + 16);
  if (eocd >= 20 && r.u32(eocd - 20) === ZIP64_LOCATOR) {
    const z = r.u64(eocd - 12);
    if (r.u32(z) === ZIP64_EOCD) {
      count = r.u64(z + 32);
      offset = r.u64(z + 48);
    }
  }
  if (count > limits.maxEntries) {
    return loadFailure("too-large", `the .docx holds ${count} entries (limit ${limits.maxEntries}): refused as a possible zip bomb`);
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let i = 0, at = offset; i < count; i++) {
    if (r.u32(at) !== CENTRAL) throw new ZipFormatError("bad central directory entry");
    const flags = r.u16(at + 8);
    const nameLen = r.u16(at + 28);
    const extraLen = r.u16(at + 30);
    const commentLen = r.u16(at + 32);
    const nameStart = at + 46;
    if (nameStart + nameLen > bytes.length) throw new ZipFormatError("name out of bounds");
    const sizes = applyZip64(r, nameStart + nameLen, nameStart + nameLen + extraLen, {
      size: r.u32(at + 24),
      compressedSize: r.u32(at + 20),
      localOffset: r.u32(at + 42),
    });
    const name = new TextDecoder("utf-8").decode(bytes.subarray(nameStart, nameStart + nameLen));
    entries.push({ name, method: r.u16(at + 10), encrypted: (flags & 1) === 1, ...sizes });
    total += sizes.size;
    if (total > limits.maxTotalBytes) {
      return loadFailure(
        "too-large",
        `the .docx would unpack to more than ${formatBytes(limits.maxTotalBytes)}: refused as a possible zip bomb`,
      );
    }
    at = nameStart + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

const CORRUPT_ZIP = "the file is damaged or incomplete (its zip structure cannot be read): open it in Word/WPS and save it again";

export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipDirectory {
  try {
    return directory(bytes, limits);
  } catch {
    return loadFailure("corrupt", CORRUPT_ZIP);
  }
}

function inflateCapped(data: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new (fflate().Inflate)((chunk, final) => {
    size += chunk.length;
    if (size > cap) throw new ZipFormatError("entry larger than declared");
    chunks.push(chunk);
    if (final) ended = true;
  });
  for (let at = 0; at < data.length; at += INFLATE_CHUNK) {
    inflater.push(data.subarray(at, Math.min(data.length, at + INFLATE_CHUNK)), at + INFLATE_CHUNK >= data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (!ended) throw new ZipFormatError("deflate stream truncated");
  const out = new Uint8Array(size);
  let p = 0;
  for (const c of chunks) (out.set(c, p), (p += c.length));
  return out;
}

/** The bytes of one entry, or a failure. Never inflates past the declared size. */
export function extractZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | LoadFailure {
  if (entry.encrypted) return loadFailure("encrypted", "the .docx is password-protected: remove the password in Word/WPS and save again");
  try {
    const r = reader(bytes);
    if (r.u32(entry.localOffset) !== LOCAL) throw new ZipFormatError("bad local header");
    const start = entry.localOffset + 30 + r.u16(entry.localOffset + 26) + r.u16(entry.localOffset + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new ZipFormatError("entry data out of bounds");
    const data = bytes.subarray(start, end);
    if (entry.method === 0) return data.slice(0, entry.size);
    if (entry.method === 8) return inflateCapped(data, entry.size);
    return loadFailure("corrupt", `the .docx uses an unknown zip compression method (${entry.method}): save it again in Word/WPS`);
  } catch {
    return loadFailure("corrupt", CORRUPT_ZIP);
  }
}
