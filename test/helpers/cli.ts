import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync } from "node:fs";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const BIN = `${ROOT}bin/planlens.js`;

/** Runs the built CLI (npm test builds first). */
export function planlens(args: readonly string[], options: { cwd?: string } = {}): SpawnSyncReturns<string> {
  if (!existsSync(`${ROOT}dist/cli/run.js`)) throw new Error("dist/ is missing: run `npm run build` (npm test does)");
  return spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
}
