import { readFileSync } from "node:fs";

/**
 * The bytes of a data file the analysis depends on (jieba's dictionary and IDF table, a segmenter's
 * user dictionary): read whole, synchronously, once per thread. Like src/load and src/cli this is an edge: the only other place
 * the core touches the file system.
 */
export function readResource(path: string | URL): Uint8Array {
  return readFileSync(path);
}
