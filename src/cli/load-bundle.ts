import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/** What happened to the bundle's code cache: V8 rejects one made by another V8 version or with other V8 flags. */
export type CodeCacheState = "accepted" | "rejected" | "missing";

export interface LoadedBundle {
  readonly exports: Record<string, unknown>;
  readonly cache: CodeCacheState;
  /** writes a code cache holding every function compiled so far (call it after running the code it should cover) */
  readonly writeCache: () => void;
}

/** The code cache kept beside a bundle. */
export const codeCacheFile = (bundle: string): string => `${bundle}.code-cache`;

/**
 * Runs a CommonJS bundle with V8's code cache beside it (written by the build, dist/cli/write-code-cache.js): the
 * CLI's cold start parses and compiles ~650 KB of JavaScript, which V8 skips for every function the cache holds.
 * Node 20 has no compile cache for ES modules (module.enableCompileCache is Node 22), hence CommonJS through
 * vm.Script. A missing or rejected cache only costs the compile.
 */
export function loadBundle(bundle: URL): LoadedBundle {
  const filename = fileURLToPath(bundle);
  const cacheFile = codeCacheFile(filename);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // the CommonJS wrapper on the bundle's first line, so stack traces keep their line numbers
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, "utf8")}\n})`;
  const script = new Script(source, { filename, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  return {
    exports: module.exports,
    cache: cachedData === undefined ? "missing" : script.cachedDataRejected === true ? "rejected" : "accepted",
    writeCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
}
