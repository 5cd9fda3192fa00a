import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_LOAD_OPTIONS, ERROR_CODES, SUPPORTED_EXTENSIONS, loadFile, loadFileSync } from "../../src/load/index.js";
import { FIXTURES, fixturePath } from "./_fixtures.js";

const PLAN = "2024学年第一学期教研工作计划\n一、指导思想\n以立德树人为根本任务，深化课堂教学改革。\n二、工作目标\n1. 每位教师每学期听课不少于15节。\n";

const DOCX_TEXT = [
  "2024学年第一学期教研工作计划",
  "第一部分 总体要求",
  "一、指导思想",
  "以立德树人为根本任务，深化课堂教学改革。",
  "二、工作目标",
  "（一）教研活动",
  "1. 每周开展一次集体备课。",
  "2. 每月听课不少于4节。",
  "（二）课题研究",
  "1. 完成1项区级课题。",
  "①上学期：开题",
  "②下学期：结题",
  "三、工作安排",
  "月份\t工作内容",
  "9月\t开学检查 制定计划",
  "10月\t教学开放周",
  "六、其他",
  "第二部分 保障措施",
  "负责人：\t张老师\n电话：8888",
].join("\n");

const HTML_TEXT = [
  "2024年春季学期教研工作计划",
  "一、指导思想",
  "以立德树人为根本任务，深化课堂教学改革。",
  "二、工作安排",
  "时间\t内容",
  "3月\t制定计划 集体备课",
  "每周听课1节",
  "每月教研2次",
].join("\n");

const OK: readonly (readonly [string, string, string, string])[] = [
  ["gbk.txt", "txt", "gb18030", PLAN],
  ["utf8-bom.txt", "txt", "utf-8", PLAN],
  ["utf16le-bom.txt", "txt", "utf-16le", PLAN],
  ["utf16be-bom.txt", "txt", "utf-16be", PLAN],
  ["utf16le-nobom.txt", "txt", "utf-16le", PLAN],
  ["utf16be-nobom.txt", "txt", "utf-16be", PLAN],
  ["big5.txt", "txt", "big5", "學校教研工作計劃\n一、指導思想\n以立德樹人為根本任務，深化課堂教學改革，提高教學質量。\n"],
  ["utf8.md", "md", "utf-8", "# 教研计划\n\n- 每月开展2次主题教研\n"],
  ["2024学年 第一学期 教研计划.txt", "txt", "utf-8", "2024学年第一学期教研计划\n一、工作目标\n"],
  ["numbered-lists.docx", "docx", "utf-8", DOCX_TEXT],
  ["docx-named.txt", "docx", "utf-8", DOCX_TEXT],
  ["page-gbk.html", "html", "gb18030", HTML_TEXT],
  ["html-named.docx", "html", "gb18030", HTML_TEXT],
];

const FAILED: readonly (readonly [string, string, RegExp])[] = [
  ["empty.txt", "empty", /empty/],
  ["whitespace.txt", "empty", /white space/],
  ["binary.dat", "binary", /binary/],
  ["truncated.docx", "corrupt", /damaged or incomplete/],
  ["old-word.doc", "unsupported", /^old Word \.doc: open it in Word\/WPS and save it as \.docx$/],
  ["encrypted.docx", "encrypted", /^encrypted \(password-protected\) \.docx: remove the password/],
  ["fake.pdf", "unsupported", /^PDF is not supported: export the text/],
  ["fake.rtf", "unsupported", /^RTF is not supported/],
  ["image.png", "unsupported", /PNG image/],
  ["archive.zip", "unsupported", /zip archive that is not a Word document/],
  ["zip-bomb.docx", "too-large", /zip bomb/],
  ["deep.html", "too-deep", /500 levels/],
];

describe("loadFile on the fixtures", () => {
  it.each(OK)("%s → %s text, encoding %s, exact text", async (name, format, encoding, text) => {
    const result = await loadFile(fixturePath(name));
    expect(result).toEqual({ ok: true, file: fixturePath(name), format, encoding, text });
  });

  it.each(FAILED)("%s → error %s with a clear message", async (name, code, message) => {
    const result = await loadFile(fixturePath(name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.file).toBe(fixturePath(name));
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
    expect(Object.keys(ERROR_CODES)).toContain(result.error.code);
  });
});

describe("loadFile on paths", () => {
  const dir = mkdtempSync(join(tmpdir(), "planlens-load-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a missing file → not-found", async () => {
    const result = await loadFile(join(dir, "没有这个文件.txt"));
    expect(result).toMatchObject({ ok: false, error: { code: "not-found" } });
  });

  it("a path through a file (a/b where a is a file) → not-found", async () => {
    const result = await loadFile(join(fixturePath("gbk.txt"), "x.txt"));
    expect(result).toMatchObject({ ok: false, error: { code: "not-found" } });
  });

  it("a folder given as a file → is-directory", async () => {
    const result = await loadFile(FIXTURES);
    expect(result).toMatchObject({ ok: false, file: FIXTURES, error: { code: "is-directory" } });
  });

  it("a symlink loop → unreadable, not a crash", async () => {
    const a = join(dir, "loop-a.txt");
    const b = join(dir, "loop-b.txt");
    symlinkSync(b, a);
    symlinkSync(a, b);
    const result = await loadFile(a);
    expect(result).toMatchObject({ ok: false, error: { code: "unreadable" } });
  });

  it.skipIf(process.getuid?.() === 0)("a file without read permission → unreadable", async () => {
    const file = join(dir, "locked 计划.txt");
    writeFileSync(file, "一、指导思想");
    chmodSync(file, 0o000);
    const result = await loadFile(file);
    chmodSync(file, 0o600);
    expect(result).toMatchObject({ ok: false, error: { code: "unreadable", message: expect.stringMatching(/permission denied/) } });
  });

  it("a file over maxBytes → too-large, decided from its size before reading", async () => {
    const result = await loadFile(fixturePath("gbk.txt"), { maxBytes: 100 });
    expect(result).toMatchObject({ ok: false, error: { code: "too-large", message: expect.stringMatching(/130 bytes, over the 100 bytes limit/) } });
  });

  it("maxDocxEntries: a .docx with more zip entries than allowed → too-large", async () => {
    const result = await loadFile(fixturePath("numbered-lists.docx"), { maxDocxEntries: 5 });
    expect(result).toMatchObject({ ok: false, error: { code: "too-large", message: expect.stringMatching(/6 entries \(limit 5\)/) } });
  });

  it("never rejects, whatever the argument", async () => {
    for (const path of ["", "\0", join(dir, "x".repeat(5000)), "/dev/null"]) {
      const result = await loadFile(path);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(ERROR_CODES)).toContain(result.error.code);
    }
  });

  it("never rejects on random file contents (written to disk, read back)", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const file = join(dir, `random ${n++} 文件.docx`);
        writeFileSync(file, bytes);
        const result = await loadFile(file);
        return result.ok ? result.text.trim() !== "" : Object.keys(ERROR_CODES).includes(result.error.code);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe("loadFileSync (the CLI's reader) gives exactly what loadFile gives", () => {
  const dir = mkdtempSync(join(tmpdir(), "planlens-load-sync-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([...OK, ...FAILED].map(([name]) => name))("fixture %s", async (name) => {
    expect(loadFileSync(fixturePath(name))).toEqual(await loadFile(fixturePath(name)));
  });

  it("missing, through a file, a folder, a symlink loop, too large, odd paths, a device", async () => {
    const a = join(dir, "loop-a.txt");
    symlinkSync(join(dir, "loop-b.txt"), a);
    symlinkSync(a, join(dir, "loop-b.txt"));
    const cases: [string, { maxBytes?: number }][] = [
      [join(dir, "没有这个文件.txt"), {}], [join(fixturePath("gbk.txt"), "x.txt"), {}], [FIXTURES, {}], [a, {}],
      [fixturePath("gbk.txt"), { maxBytes: 100 }], ["", {}], ["\0", {}], [join(dir, "x".repeat(5000)), {}], ["/dev/null", {}],
    ];
    for (const [path, options] of cases) {
      const result = loadFileSync(path, options);
      expect(result.ok).toBe(false);
      expect(result).toEqual(await loadFile(path, options));
    }
  });
});

describe("the load stage's public surface", () => {
  it("lists the supported extensions and the default limits", () => {
    expect(SUPPORTED_EXTENSIONS).toEqual([".txt", ".md", ".docx", ".html", ".htm"]);
    expect(DEFAULT_LOAD_OPTIONS.maxBytes).toBe(20 * 1024 * 1024);
  });

  it("every error code has a one-line meaning for the README", () => {
    for (const [code, meaning] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(meaning.length).toBeGreaterThan(10);
    }
  });
});
