import { build, type BuildOptions } from "esbuild";

// Run by `npm run build` after tsc: bundles the CLI and its worker into one file each (loading ~250 separate modules
// cost the CLI ~0.1 s of its start and each worker thread ~0.1–0.2 s). The packages stay outside the bundles, but
// for zod, whose ~100 modules are the bulk of what the CLI loads.
const common: BuildOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  outdir: new URL(".", import.meta.url).pathname,
  external: [
    "@node-rs/jieba", "nodejieba", "cli-progress", "csv-stringify", "fast-glob", "fflate", "html-to-text", "iconv-lite",
    "jschardet", "natural", "opencc-js", "piscina", "saxes",
  ],
  logLevel: "warning",
};
const here = (file: string): string => new URL(file, import.meta.url).pathname;

// CommonJS, so bin/planlens.js can run it through vm.Script with V8's code cache (load-bundle.ts); dynamic imports
// become require() calls, which vm.Script can make without an ES module loader.
await build({
  ...common,
  entryPoints: { planlens: here("./run.js") },
  format: "cjs",
  outExtension: { ".js": ".cjs" },
  supported: { "dynamic-import": false },
  inject: [here("./import-meta-url-shim.js")],
  define: { "import.meta.url": "importMetaUrl", PLANLENS_WORKER: JSON.stringify("./planlens-worker.js") },
});
// piscina imports its worker as an ES module and runs its default export
await build({ ...common, entryPoints: { "planlens-worker": here("./worker.js") }, format: "esm" });
