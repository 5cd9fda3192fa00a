import { readFile } from "node:fs/promises";

/**
 * The complete JSONL lines of an earlier, possibly interrupted, run (from "<out>.partial" or <out>) and the files
 * they cover. A line cut short by a kill does not parse and is dropped, so its file is analysed again.
 */
export async function readDoneLines(out: string): Promise<{ lines: string[]; files: Set<string> }> {
  for (const candidate of [`${out}.partial`, out]) {
    let text: string;
    try {
      text = await readFile(candidate, "utf8");
    } catch {
      continue;
    }
    const lines: string[] = [];
    const files = new Set<string>();
    for (const line of text.split("\n")) {
      if (line.trim() === "") continue;
      try {
        const parsed = JSON.parse(line) as { file?: unknown };
        if (typeof parsed.file !== "string" || files.has(parsed.file)) continue;
        files.add(parsed.file);
        lines.push(line);
      } catch {
        break;
      }
    }
    return { lines, files };
  }
  return { lines: [], files: new Set() };
}
