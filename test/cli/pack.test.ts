import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

// npm pack, install the tarball in an empty folder, run `npx planlens` from there: what a user of the package gets.
describe("the packed package", () => {
  it("installs from its tarball and `npx planlens analyse` works", () => {
    const dir = mkdtempSync(join(tmpdir(), "planlens-pack-"));
    execFileSync("npm", ["pack", "--pack-destination", dir, "--silent"], { cwd: ROOT, encoding: "utf8" });
    const tarball = readdirSync(dir).find((name) => name.endsWith(".tgz"))!;
    const app = join(dir, "app");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    writeFileSync(join(app, ".npmrc"), "yes=true\n");
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--silent", join(dir, tarball)], { cwd: app, encoding: "utf8" });
    writeFileSync(join(app, "plan.txt"), "2022年学校工作计划\n一、指导思想\n坚持立德树人。\n二、工作目标\n每位教师每学期听课不少于15节。");
    const out = execFileSync("npx", ["planlens", "analyse", "plan.txt", "--format", "json", "--quiet"], { cwd: app, encoding: "utf8" });
    const [file] = JSON.parse(out);
    expect(file.plans[0].targets[0]).toMatchObject({ value: 15, unit: "节", comparator: ">=", per: "学期" });
    expect(file.plans[0].keywords.length).toBeGreaterThan(0);
    // the packed IDF table ships, built from the jieba text the package installs with (else every start re-indexes it)
    const idf = readFileSync(join(app, "node_modules/planlens/dist/keywords/jieba-idf.bin"));
    expect(idf.subarray(0, 8).toString()).toBe("PLNIDF01");
    const jieba = JSON.parse(readFileSync(join(app, "node_modules/@node-rs/jieba/package.json"), "utf8")) as { version: string };
    expect(idf.subarray(36, 36 + idf.readUInt32LE(32)).toString()).toBe(jieba.version);
    // the CLI's V8 code cache ships beside its bundle (built for the build machine's Node; another V8 ignores it)
    expect(readFileSync(join(app, "node_modules/planlens/dist/cli/planlens.cjs.code-cache")).length).toBeGreaterThan(0);
    const api = execFileSync(process.execPath, ["--input-type=module", "-e", "import {analyse} from 'planlens'; console.log(analyse('每学期不少于15篇', {segment:false})[0].targets[0].value)"], { cwd: app, encoding: "utf8" });
    expect(api.trim()).toBe("15");
  }, 300_000);
});
