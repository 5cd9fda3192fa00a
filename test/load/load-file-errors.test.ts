import { beforeEach, describe, expect, it, vi } from "vitest";

// Tests run as root here, where chmod 000 does not block reads: the system errors are simulated instead.
const failure = vi.hoisted(() => ({ value: undefined as unknown }));
vi.mock("node:fs/promises", () => ({
  open: async () => {
    throw failure.value;
  },
}));

const { loadFile } = await import("../../src/load/index.js");

const systemError = (code: string): Error => Object.assign(new Error(`${code}: simulated`), { code });

describe("loadFile maps system errors to error codes", () => {
  beforeEach(() => {
    failure.value = undefined;
  });

  it.each([
    ["EACCES", "unreadable", /permission denied/],
    ["EPERM", "unreadable", /permission denied/],
    ["EISDIR", "is-directory", /folder/],
    ["ENOENT", "not-found", /no such file/],
    ["ELOOP", "unreadable", /loops/],
    ["EIO", "unreadable", /could not be read \(EIO\)/],
  ] as const)("%s → %s", async (code, expected, message) => {
    failure.value = systemError(code);
    const result = await loadFile("计划 2024.txt");
    expect(result).toEqual({ ok: false, file: "计划 2024.txt", error: { code: expected, message: expect.stringMatching(message) } });
  });

  it("something that is not a system error → internal, still no rejection", async () => {
    failure.value = "boom";
    await expect(loadFile("a.txt")).resolves.toMatchObject({ ok: false, error: { code: "internal" } });
  });
});
