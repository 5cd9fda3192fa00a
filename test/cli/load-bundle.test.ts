import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { codeCacheFile, loadBundle } from "../../src/cli/load-bundle.js";
import { ROOT } from "../helpers/cli.js";

const BUNDLE = `${ROOT}dist/cli/planlens.cjs`;

describe("loadBundle: the CLI bundle with V8's code cache", () => {
  it("the build writes a cache that V8 accepts for the CLI bundle in a plain `node` process", () => {
    // in a new process: V8 rejects a cache made under other V8 flags, and this test runner's process may have some
    expect(cacheStateInNewProcess(BUNDLE)).toBe("accepted");
  });

  it("runs a bundle without a cache, and with a cache V8 rejects", () => {
    const dir = mkdtempSync(join(tmpdir(), "planlens-bundle-"));
    const bundle = join(dir, "b.cjs");
    writeFileSync(bundle, "exports.answer = require('node:path').basename(__filename) + ':' + (6 * 7);\n");
    expect(loadBundle(pathToFileURL(bundle))).toMatchObject({ cache: "missing", exports: { answer: "b.cjs:42" } });
    // another source: V8 would take the one above from its own in-memory cache without reading the file's
    const other = join(dir, "c.cjs");
    writeFileSync(other, "exports.answer = require('node:path').basename(__filename) + ':' + (6 * 9);\n");
    writeFileSync(codeCacheFile(other), "not a code cache");
    expect(loadBundle(pathToFileURL(other))).toMatchObject({ cache: "rejected", exports: { answer: "c.cjs:54" } });
  });

  it("writeCache writes a cache that a new process accepts", () => {
    const dir = mkdtempSync(join(tmpdir(), "planlens-bundle-"));
    const bundle = join(dir, "b.cjs");
    writeFileSync(bundle, "exports.twice = (n) => 2 * n;\n");
    const first = loadBundle(pathToFileURL(bundle));
    expect((first.exports.twice as (n: number) => number)(21)).toBe(42);
    first.writeCache();
    expect(cacheStateInNewProcess(bundle)).toBe("accepted");
  });
});

/** A bundle's cache state as a fresh `node` sees it: V8 skips a cache for code it already holds in memory. */
function cacheStateInNewProcess(bundle: string): string {
  const script = `import { loadBundle } from ${JSON.stringify(`${ROOT}dist/cli/load-bundle.js`)};
    const bundle = loadBundle(new URL(${JSON.stringify(pathToFileURL(bundle).href)}));
    console.log(bundle.cache, Object.keys(bundle.exports).join(","));`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }).trim().split(" ")[0]!;
}
