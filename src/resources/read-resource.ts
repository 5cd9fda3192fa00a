import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from "node:fs";

/**
 * The bytes of a data file the analysis depends on (jieba's dictionary and IDF table, a segmenter's
 * user dictionary): read whole, synchronously, once per thread. Like src/load and src/cli this is an edge: the only other place
 * the core touches the file system.
 */
export function readResource(path: string | URL): Uint8Array {
  return readFileSync(path);
}

/**
 * The bytes of a data file the build may or may not have written (null when there is none), read straight into
 * memory that worker threads can share (a SharedArrayBuffer: reading into it is no slower than readFileSync, copying
 * 10 MB into one afterwards cost ~35 ms more).
 */
export function readSharedResourceIfPresent(path: string | URL): Uint8Array | null {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    for (let read = 0, got = -1; read < size && got !== 0; read += got) got = readSync(fd, bytes, read, size - read, read);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** A data file's length in bytes. */
export function resourceSize(path: string | URL): number {
  return statSync(path).size;
}
