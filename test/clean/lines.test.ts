import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carryLines, lineTable, lineTrigger, linesWhere } from "../../src/clean/_lines.js";
import { applyEdits } from "../../src/clean/_apply-edits.js";
import { collapseBlankLines } from "../../src/clean/06-collapse-blank-lines.js";
import { composeMaps } from "../../src/clean/offset-map.js";
import type { Edit } from "../../src/clean/_rule.js";

const STARTING = lineTrigger({ startingWith: "共a" });
const CONTAINING = lineTrigger({ containing: ["共同", "ab", "b"] });
const BOTH = lineTrigger({ startingWith: " 希", containing: ["希望"] });

const pieces = fc.constantFrom("\n", "\n\n", " ", "\u3000", "a", "b", "ab", "共", "同", "共同", "希望", "希", "。", "x");
const texts = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(""));

function snapshot(text: string): unknown {
  const { count, start, end, trimmedStart, trimmedEnd } = lineTable(text);
  const where = [STARTING, CONTAINING, BOTH].map((trigger) => linesWhere(text, trigger));
  return { count, start: [...start], end: [...end], trimmedStart: [...trimmedStart], trimmedEnd: [...trimmedEnd], where };
}

describe("line table", () => {
  it("linesWhere: lines starting with a trigger char or holding a trigger word, in order", () => {
    const text = "共同努力\n  ab\n希望\nxyz 希望\n\na";
    expect(linesWhere(text, STARTING).map((l) => l.trimmed)).toEqual(["共同努力", "ab", "a"]);
    expect(linesWhere(text, CONTAINING).map((l) => l.trimmed)).toEqual(["共同努力", "ab"]);
    expect(linesWhere(text, BOTH).map((l) => l.trimmed)).toEqual(["希望", "xyz 希望"]);
    expect(linesWhere(text, CONTAINING)[1]).toEqual({ start: 5, end: 9, trimmed: "ab", trimmedStart: 7 });
  });

  it("carryLines gives the table a fresh scan of the edited text gives", () => {
    const edits = fc.array(
      fc.record({ start: fc.nat(60), length: fc.nat(6), newline: fc.boolean() }),
      { maxLength: 6 },
    );
    fc.assert(fc.property(texts, edits, (previous, raw) => {
      const found: Edit[] = raw.map(({ start, length, newline }) => ({
        start: Math.min(start, previous.length),
        end: Math.min(start + length, previous.length),
        // a line break replaces at least two chars: the map's linear segments stay copies
        replacement: newline && length >= 2 ? "\n" : "",
        rule: "test",
      }));
      snapshot(previous);
      const applied = applyEdits(previous, found);
      const tidy = collapseBlankLines(applied.text);
      carryLines(previous, tidy.text, composeMaps(applied.map, tidy.map));
      const carried = snapshot(tidy.text);
      lineTable("\n");
      expect(carried).toEqual(snapshot(tidy.text));
    }), { numRuns: 1000 });
  });
});
