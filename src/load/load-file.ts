/**
 * The I/O edge: a path → LoadResult. Size is checked from the open file's stat before reading, and no
 * more than maxBytes + 1 bytes are ever read. Never throws, never rejects.
 */
import { closeSync, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { open } from "node:fs/promises";
import type { LoadResult } from "../types.js";
import { decodeBytes } from "./decode-bytes.js";
import type { LoadErrorCode } from "./error-codes.js";
import { formatBytes, resolveLoadOptions, type LoadOptions } from "./load-options.js";

function failure(file: string, code: LoadErrorCode, message: string): LoadResult {
  return { ok: false, file, error: { code, message } };
}

function fromSystemError(file: string, error: unknown): LoadResult {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return failure(file, "not-found", "no such file: check the path and the file name");
    case "EISDIR":
      return failure(file, "is-directory", "this is a folder, not a file");
    case "EACCES":
    case "EPERM":
      return failure(file, "unreadable", "permission denied: planlens may not read this file");
    case "ELOOP":
      return failure(file, "unreadable", "the path is a symbolic link that loops back on itself");
    case "ENAMETOOLONG":
      return failure(file, "not-found", "the path is too long");
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return typeof code === "string"
        ? failure(file, "unreadable", `the file could not be read (${code}): ${detail}`)
        : failure(file, "internal", `unexpected error while reading the file: ${detail}`);
    }
  }
}

/** Why a file with this stat is not read, or null to read it. */
function refusal(path: string, info: Stats, maxBytes: number): LoadResult | null {
  if (info.isDirectory()) return failure(path, "is-directory", "this is a folder, not a file");
  if (!info.isFile()) return failure(path, "unsupported", "not a regular file (a device, pipe or socket)");
  if (info.size > maxBytes) {
    return failure(path, "too-large", `the file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit`);
  }
  return null;
}

async function readCapped(path: string, maxBytes: number): Promise<Uint8Array | LoadResult> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    const refused = refusal(path, info, maxBytes);
    if (refused) return refused;
    const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function readCappedSync(path: string, maxBytes: number): Uint8Array | LoadResult {
  const fd = openSync(path, "r");
  try {
    const info = fstatSync(fd);
    const refused = refusal(path, info, maxBytes);
    if (refused) return refused;
    const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

export async function loadFile(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  try {
    const resolved = resolveLoadOptions(options);
    const bytes = await readCapped(path, resolved.maxBytes);
    if (!(bytes instanceof Uint8Array)) return bytes;
    return decodeBytes(bytes, path, resolved);
  } catch (error) {
    return fromSystemError(path, error);
  }
}

/**
 * loadFile that blocks its thread while reading: for a thread that only analyses files one after another (the
 * CLI's), where each of loadFile's five thread-pool round trips costs more than the read itself (~200 µs against
 * ~40 µs a plan file on a 2-core machine, and a woken pool thread competing with the analysing ones).
 */
export function loadFileSync(path: string, options: LoadOptions = {}): LoadResult {
  try {
    const resolved = resolveLoadOptions(options);
    const bytes = readCappedSync(path, resolved.maxBytes);
    if (!(bytes instanceof Uint8Array)) return bytes;
    return decodeBytes(bytes, path, resolved);
  } catch (error) {
    return fromSystemError(path, error);
  }
}
