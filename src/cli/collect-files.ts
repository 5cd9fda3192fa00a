import { stat } from "node:fs/promises";
import type { Entry } from "fast-glob";
import { SUPPORTED_EXTENSIONS, UNREADABLE_DOCUMENT_EXTENSIONS } from "../load/index.js";

// fast-glob takes ~60 ms to import: load it only when a folder or glob is given (CLI cold start).
const loadFastGlob = async () => (await import("fast-glob")).default;

const GLOB_CHARS = /[*?[\]{}]/;
const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function kindOf(path: string): Promise<"file" | "dir" | "missing"> {
  try {
    return (await stat(path)).isDirectory() ? "dir" : "file";
  } catch {
    return "missing";
  }
}

/**
 * Inputs → a sorted, de-duplicated list of files. Folders are walked recursively for supported extensions and for
 * the document formats planlens cannot read (they become "unsupported" rows). Links to folders are not followed, so a
 * link loop cannot hang the walk, but links to files are kept (a folder of links to plans is analysed like the plans
 * themselves), and so is a broken link, which becomes a row with its error. A path that does not exist is kept too,
 * so that it becomes a row with a "not-found" error instead of vanishing.
 */
export async function collectFiles(inputs: readonly string[]): Promise<string[]> {
  const extensions = [...SUPPORTED_EXTENSIONS, ...UNREADABLE_DOCUMENT_EXTENSIONS].map((e) => e.replace(/^\./, "")).join(",");
  const options = {
    caseSensitiveMatch: false, followSymbolicLinks: false, onlyFiles: false, objectMode: true as const,
    ignore: ["**/~$*", "**/node_modules/**"], dot: false,
  };
  const files = new Set<string>();
  const addFound = async (entries: readonly Entry[], base: string): Promise<void> => {
    for (const entry of entries) {
      const path = base === "" ? entry.path : `${base}/${entry.path}`;
      if (entry.dirent.isFile() || (entry.dirent.isSymbolicLink() && (await kindOf(path)) !== "dir")) files.add(path);
    }
  };
  for (const input of inputs) {
    const kind = await kindOf(input);
    if (kind === "file") files.add(input);
    else if (kind === "dir") {
      const base = input.replace(/[\\/]+$/, "");
      const fg = await loadFastGlob();
      await addFound(await fg(`**/*.{${extensions}}`, Object.assign({}, options, { cwd: base })), base);
    } else if (GLOB_CHARS.test(input)) {
      await addFound(await (await loadFastGlob())(input, options), "");
    } else files.add(input);
  }
  return [...files].sort(byPath);
}

/** FNV-1a of the path: a file's shard does not change when other files are added or removed. */
function hashPath(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i += 1) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The files of shard i (1-based) of n. */
export function selectShard(files: readonly string[], shard: string | undefined): string[] {
  if (!shard) return [...files];
  const [i, n] = shard.split("/").map(Number) as [number, number];
  return files.filter((file) => hashPath(file) % n === i - 1);
}
