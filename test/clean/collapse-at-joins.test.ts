import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseBlankLines, collapseBlankLinesAtJoins } from "../../src/clean/06-collapse-blank-lines.js";
import { applyEdits } from "../../src/clean/_apply-edits.js";
import type { Edit } from "../../src/clean/_rule.js";

const pieces = fc.constantFrom("\n", "\n\n", "\n\n\n", " ", "a", "b", "共同", "。");
const texts = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(""));

describe("collapseBlankLinesAtJoins", () => {
  it("gives what collapseBlankLines gives on a collapsed text's copied pieces", () => {
    const edits = fc.array(
      fc.record({ start: fc.nat(60), length: fc.nat(6), replacement: fc.constantFrom("", "\n", "\n\n", "\n\n\n", "x\n") }),
      { maxLength: 6 },
    );
    fc.assert(fc.property(texts, edits, (raw, drawn) => {
      const previous = collapseBlankLines(raw).text;
      const found: Edit[] = drawn.map(({ start, length, replacement }) => ({
        start: Math.min(start, previous.length),
        end: Math.min(start + length, previous.length),
        replacement,
        rule: "test",
      }));
      const applied = applyEdits(previous, found);
      // the linear segments of the map must be copies
      if (applied.applied.some((edit) => edit.replacement.length === edit.end - edit.start)) return;
      expect(collapseBlankLinesAtJoins(applied.text, applied.map)).toEqual(collapseBlankLines(applied.text));
    }), { numRuns: 3000 });
  });
});
