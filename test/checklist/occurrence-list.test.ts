import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OccurrenceList } from "../../src/checklist/occurrence-list.js";

const listed = (list: OccurrenceList): [number, number, number][] =>
  Array.from({ length: list.length }, (_, k) => [list.pattern[k] as number, list.start[k] as number, list.end[k] as number]);

describe("OccurrenceList", () => {
  it("keeps occurrences added in order of end in order of start, longest first, same spans in arrival order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 4 }), fc.nat(9)), { maxLength: 600 }), (raw) => {
        // as a scan finds them: by end, then longest first
        const found = raw.map(([end, length, pattern]) => [pattern, Math.max(0, end + 1 - length), end + 1] as [number, number, number]);
        found.sort((a, b) => a[2] - b[2] || a[1] - b[1]);
        const list = new OccurrenceList();
        for (const [pattern, start, end] of found) list.add(pattern, start, end);
        const expected = found.map((entry, arrival) => [...entry, arrival]).sort((a, b) => a[1]! - b[1]! || b[2]! - a[2]! || a[3]! - b[3]!);
        expect(listed(list)).toEqual(expected.map(([pattern, start, end]) => [pattern, start, end]));
      }),
    );
  });

  it("is empty after clear, also after growing past what it keeps", () => {
    const list = new OccurrenceList();
    for (let i = 0; i < 100_000; i += 1) list.add(i % 7, i, i + 1);
    expect(list.length).toBe(100_000);
    expect(listed(list).slice(-1)).toEqual([[99_999 % 7, 99_999, 100_000]]);
    list.clear();
    expect(list.length).toBe(0);
    list.add(3, 5, 9);
    expect(listed(list)).toEqual([[3, 5, 9]]);
  });
});
