import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { extractZipEntry, readZipDirectory } from "../../src/load/read-zip.js";

const LIMITS = { maxEntries: 100, maxTotalBytes: 1_000_000 };
const zip = zipSync({ "a.txt": strToU8("教研".repeat(100)), "b/c.xml": strToU8("<x/>") }, { level: 9 });

describe("readZipDirectory / extractZipEntry", () => {
  it("lists entries with their declared sizes and inflates them", () => {
    const dir = readZipDirectory(zip, LIMITS);
    if (!dir.ok) throw new Error(dir.message);
    expect(dir.entries.map((e) => [e.name, e.size])).toEqual([["a.txt", 600], ["b/c.xml", 4]]);
    const data = extractZipEntry(zip, dir.entries[0]!);
    expect(data instanceof Uint8Array && new TextDecoder().decode(data)).toBe("教研".repeat(100));
  });

  it("refuses too many entries and too much declared size before inflating", () => {
    expect(readZipDirectory(zip, { ...LIMITS, maxEntries: 1 })).toMatchObject({ ok: false, code: "too-large" });
    expect(readZipDirectory(zip, { ...LIMITS, maxTotalBytes: 500 })).toMatchObject({ ok: false, code: "too-large" });
  });

  it("an entry count the directory cannot hold (65,535 declared, none present) → corrupt, not a long loop", () => {
    const forged = zip.slice();
    const view = new DataView(forged.buffer);
    const eocd = forged.length - 22;
    view.setUint16(eocd + 8, 0xffff, true);
    view.setUint16(eocd + 10, 0xffff, true);
    expect(readZipDirectory(forged, { maxEntries: 100_000, maxTotalBytes: 1e12 })).toMatchObject({ ok: false, code: "corrupt" });
  });

  it("not a zip / truncated → corrupt", () => {
    expect(readZipDirectory(strToU8("PK\x03\x04 nothing"), LIMITS)).toMatchObject({ ok: false, code: "corrupt" });
    expect(readZipDirectory(zip.subarray(0, zip.length - 30), LIMITS)).toMatchObject({ ok: false, code: "corrupt" });
  });
});
