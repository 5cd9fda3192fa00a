import { createMapBuilder, type OffsetMap } from "./offset-map.js";
import type { Edit } from "./_rule.js";

/**
 * Applies edits found on the same text. Sorted by start (longer first on ties); an edit overlapping
 * one already taken is dropped, so the first rule in the list wins. Returns the edits applied.
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; map: OffsetMap; applied: Edit[] } {
  // positions in `edits`, so that equal spans keep the rules' order
  const order: number[] = [];
  for (let i = 0; i < edits.length; i++) {
    const { start, end } = edits[i]!;
    if (end >= start && start >= 0 && end <= text.length) order.push(i);
  }
  order.sort((i, j) => edits[i]!.start - edits[j]!.start || edits[j]!.end - edits[i]!.end || i - j);
  const b = createMapBuilder(text);
  const applied: Edit[] = [];
  let taken = 0;
  for (const i of order) {
    const edit = edits[i]!;
    if (edit.start < taken) continue;
    if (edit.start === edit.end && edit.replacement === "") continue;
    b.copyTo(edit.start);
    b.replaceTo(edit.end, edit.replacement);
    applied.push(edit);
    taken = edit.end;
  }
  const { text: edited, map } = b.finish();
  return { text: edited, map, applied };
}
