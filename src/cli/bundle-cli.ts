import { build, type BuildOptions } from "esbuild";

// Run by `npm run build` after tsc: bundles the CLI and its worker into one file each (loading ~250 separate modules
// cost the CLI ~0.1 s of its start and each worker thread ~0.1–0.2 s). The packages stay outside the bundles, but
// for zod, whose ~100 modules are the bulk of what the CLI loads.
const EXTERNAL = [
  "@node-rs/jieba", "nodejieba", "cli-progress", "csv-stringify", "fast-glob", "fflate", "html-to-text", "iconv-lite",
  "jschardet", "natural", "opencc-js", "piscina", "saxes",
];
const here = (file: string): string => new URL(file, import.meta.url).pathname;

/**
 * The CLI is CommonJS, so bin/planlens.js can run it through vm.Script with V8's code cache (load-bundle.ts): its
 * dynamic imports become require() calls, which vm.Script can make without an ES module loader, and import.meta.url
 * comes from a shim. piscina imports the worker as an ES module and runs its default export.
 */
function optionsFor(name: string, entry: string, format: "cjs" | "esm"): BuildOptions {
  const cjs = format === "cjs";
  return {
    entryPoints: { [name]: here(entry) },
    bundle: true,
    platform: "node",
    target: "node20",
    format,
    outdir: here("."),
    outExtension: cjs ? { ".js": ".cjs" } : {},
    external: EXTERNAL,
    supported: cjs ? { "dynamic-import": false } : {},
    inject: cjs ? [here("./import-meta-url-shim.js")] : [],
    define: cjs ? { "import.meta.url": "importMetaUrl", PLANLENS_WORKER: JSON.stringify("./planlens-worker.js") } : {},
    logLevel: "warning",
  };
}

await build(optionsFor("planlens", "./run.js", "cjs"));
await build(optionsFor("planlens-worker", "./worker.js", "esm"));
