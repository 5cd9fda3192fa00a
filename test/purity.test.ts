import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../src/", import.meta.url).pathname;
// resources/ reads the data files the analysis needs (jieba dictionaries, IDF table), nothing else
const EDGE = ["load/", "cli/", "resources/"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const core = sourceFiles(SRC).filter((path) => !EDGE.some((edge) => relative(SRC, path).startsWith(edge)));

describe("pure core: only src/load, src/cli and src/resources touch the outside world", () => {
  it.each(core.map((path) => [relative(SRC, path)]))("%s has no I/O, clock, randomness or printing", (file) => {
    const code = readFileSync(join(SRC, file), "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    expect(code).not.toMatch(/from\s+["']node:(fs|path|os|child_process|worker_threads)|from\s+["'](fs|path|os)["']/);
    expect(code).not.toMatch(/\bprocess\.|\bconsole\./);
    expect(code).not.toMatch(/Date\.now\(|new Date\(\s*\)|Math\.random\(/);
    expect(code).not.toMatch(/from\s+["']natural["']/);
    // the machine's locale (LANG) must not change a result: no collation, case mapping or formatting by locale
    expect(code).not.toMatch(/\.localeCompare\(|\.toLocale\w*\(|\bIntl\./);
  });
});
