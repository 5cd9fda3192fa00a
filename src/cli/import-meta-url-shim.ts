// Injected by esbuild into the CommonJS CLI bundle (dist/cli/bundle-cli.js), which defines import.meta.url as this:
// the modules are written as ES modules and find their data files relative to import.meta.url.
export const importMetaUrl: string = (require("node:url") as typeof import("node:url")).pathToFileURL(__filename).href;
