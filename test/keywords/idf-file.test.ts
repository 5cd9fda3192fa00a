import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeIdfFile, encodeIdfFile, type IdfSource } from "../../src/keywords/idf-file.js";
import { idfTableOf, jiebaIdfText, packIdf, type PackedIdf } from "../../src/keywords/idf-table.js";
import { readSharedResourceIfPresent } from "../../src/resources/read-resource.js";
import { ROOT } from "../helpers/cli.js";

const TEXT = new TextEncoder().encode("双减 4.5\n作业 10\n课后服务 2\n𠀀字 3.25\nbad line\n");
const SOURCE: IdfSource = { version: "2.0.2", bytes: TEXT.length };

const plainArrays = (packed: PackedIdf) => ({
  terms: [...packed.terms], offsets: [...packed.offsets], values: [...packed.values], slots: [...packed.slots], median: packed.median,
});

describe("the packed IDF file", () => {
  it("decodes to the arrays it was encoded from, and reads every term the same", () => {
    const packed = packIdf(TEXT, false);
    const decoded = decodeIdfFile(encodeIdfFile(packed, SOURCE), SOURCE);
    expect(decoded).not.toBeNull();
    expect(plainArrays(decoded!)).toEqual(plainArrays(packed));
    const [table, expected] = [idfTableOf(decoded!), idfTableOf(packed)];
    expect(["双减", "作业", "课后服务", "𠀀字", "bad", "教研"].map((term) => table.get(term))).toEqual([4.5, 10, 2, 3.25, undefined, undefined]);
    expect(table.median).toBe(expected.median);
  });

  it("is refused when built from another text (version or length), cut short, or not an IDF file", () => {
    const file = encodeIdfFile(packIdf(TEXT, false), SOURCE);
    expect(decodeIdfFile(file, { version: "2.0.3", bytes: SOURCE.bytes })).toBeNull();
    expect(decodeIdfFile(file, { version: SOURCE.version, bytes: SOURCE.bytes + 1 })).toBeNull();
    expect(decodeIdfFile(file.subarray(0, file.length - 1), SOURCE)).toBeNull();
    expect(decodeIdfFile(file.subarray(0, 20), SOURCE)).toBeNull();
    expect(decodeIdfFile(new TextEncoder().encode("双减 4.5\n作业 10\n课后服务 2\n𠀀字 3.25\n"), SOURCE)).toBeNull();
    expect(decodeIdfFile(new Uint8Array(0), SOURCE)).toBeNull();
  });

  it("decodes from memory at any offset, and from shared memory into arrays a worker can adopt", () => {
    const file = encodeIdfFile(packIdf(TEXT, false), SOURCE);
    const offset = new Uint8Array(file.length + 3);
    offset.set(file, 3);
    expect(plainArrays(decodeIdfFile(offset.subarray(3), SOURCE)!)).toEqual(plainArrays(packIdf(TEXT, false)));
    const path = join(mkdtempSync(join(tmpdir(), "planlens-idf-")), "idf.bin");
    writeFileSync(path, file);
    const shared = decodeIdfFile(readSharedResourceIfPresent(path)!, SOURCE)!;
    expect(shared.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(idfTableOf(structuredClone(shared)).get("课后服务")).toBe(2);
    expect(readSharedResourceIfPresent(`${path}.missing`)).toBeNull();
  });

  it("the one the build writes holds jieba's table as indexing its text gives it", () => {
    const built = `${ROOT}dist/keywords/jieba-idf.bin`;
    expect(existsSync(built), "npm test builds first").toBe(true);
    const { path, source } = jiebaIdfText();
    expect(path).toBe(createRequire(import.meta.url).resolve("@node-rs/jieba/idf.txt"));
    const decoded = decodeIdfFile(readFileSync(built), source);
    expect(decoded).not.toBeNull();
    const packed = packIdf(readFileSync(path), false);
    const bytesOf = (array: ArrayBufferView): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    for (const key of ["terms", "offsets", "values", "slots"] as const) {
      expect(bytesOf(decoded![key]).equals(bytesOf(packed[key])), key).toBe(true);
    }
    expect(decoded!.median).toBe(packed.median);
  });
});
