import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBundle } from "./load-bundle.js";

// Run by `npm run build` after esbuild: runs the CLI bundle over the bundled corpus, with and without segmentation,
// then writes V8's code cache for every function that compiled, so `planlens` starts without compiling them.
const corpus = fileURLToPath(new URL("../../corpus/", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "planlens-code-cache-"));
try {
  const bundle = loadBundle(new URL("./planlens.cjs", import.meta.url));
  const run = bundle.exports.run as (argv: readonly string[]) => Promise<number>;
  for (const flags of [[], ["--no-segment"]]) {
    const status = await run(["analyse", corpus, "--out", join(out, "report.csv"), "--quiet", "--jobs", "1", ...flags]);
    if (status !== 0) throw new Error(`planlens analyse ${flags.join(" ")} exited ${status} while warming the code cache`);
  }
  bundle.writeCache();
} finally {
  rmSync(out, { recursive: true, force: true });
}
