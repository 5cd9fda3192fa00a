import { describe, expect, it } from "vitest";
import { sniffFormat } from "../../src/load/sniff-format.js";

const b = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((x) => (typeof x === "string" ? [...Buffer.from(x, "latin1")] : x)));

describe("sniffFormat", () => {
  it.each([
    ["empty", new Uint8Array(0)],
    ["zip", b("PK", [3, 4], "rest")],
    ["ole", b([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ["pdf", b("%PDF-1.7\n")],
    ["pdf", b("junk\n%PDF-1.4")],
    ["rtf", b("{\\rtf1\\ansi")],
    ["png", b([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a])],
    ["jpeg", b([0xff, 0xd8, 0xff, 0xe1])],
    ["gif", b("GIF89a")],
    ["webp", b("RIFF", [0, 0, 0, 0], "WEBPVP8 ")],
    ["gzip", b([0x1f, 0x8b, 8])],
    ["html", b("<!DOCTYPE html><html>")],
    ["html", b([0xef, 0xbb, 0xbf], "\n  <html lang=zh>")],
    ["html", b("<!-- saved from url=(0014)about:internet -->\n<html>")],
    ["html", b('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')],
    ["text", b("一、指导思想")],
    ["text", b("<div>markdown with html</div>")],
    ["text", b("RIFF....AVI ")],
  ] as const)("→ %s", (kind, bytes) => {
    expect(sniffFormat(bytes)).toBe(kind);
  });
});
