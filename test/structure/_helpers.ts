import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { CalendarEntry, Section } from "../../src/types.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

export const CORPUS = {
  s000: "corpus/000_d53d671fd7dd814b.txt",
  s001: "corpus/001_70f898968da05030.txt",
  s002: "corpus/002_59b0314040eefce9.txt",
  s003: "corpus/003_0f9a1944ed2eba0a.txt",
  s004: "corpus/004_cfc0ada556cb5cd9.txt",
} as const;

export function readText(path: string): string {
  return readFileSync(`${root}${path}`, "utf8");
}

/** The part of `text` from `from` (included) to `to` (excluded, or the end). */
export function between(text: string, from: string, to?: string): string {
  const start = text.indexOf(from);
  if (start < 0) throw new Error(`not found: ${from}`);
  const end = to === undefined ? -1 : text.indexOf(to, start + from.length);
  return text.slice(start, end < 0 ? text.length : end);
}

export function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flatten(section.children)]);
}

/** Every span of the tree indexes into `text`, titles are their spans, children sit inside their parent in order. */
export function expectSectionInvariants(text: string, sections: readonly Section[]): void {
  const check = (list: readonly Section[], parent: Section | null): void => {
    let previousEnd = parent === null ? 0 : parent.titleSpan.end;
    for (const section of list) {
      expect(text.slice(section.titleSpan.start, section.titleSpan.end)).toBe(section.title);
      expect(section.title.startsWith(section.marker)).toBe(true);
      expect(section.start).toBe(section.titleSpan.start);
      expect(section.titleSpan.end).toBeLessThanOrEqual(section.end);
      expect(section.start).toBeGreaterThanOrEqual(previousEnd);
      if (parent !== null) {
        expect(section.end).toBeLessThanOrEqual(parent.end);
        expect(section.level).toBe(parent.level + 1);
      } else expect(section.level).toBe(1);
      previousEnd = section.end;
      check(section.children, section);
    }
  };
  check(sections, null);
}

export function expectCalendarInvariants(text: string, entries: readonly CalendarEntry[]): void {
  for (const entry of entries) {
    expect(text.slice(entry.when.start, entry.when.end)).toBe(entry.when.text);
    for (const item of entry.items) expect(text.slice(item.start, item.end)).toBe(item.text);
  }
  const starts = entries.map((entry) => entry.when.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
}

export const titles = (sections: readonly Section[]): string[] => sections.map((section) => section.title);
