import { createMapBuilder, type OffsetMap } from "./offset-map.js";
import type { Edit } from "./_rule.js";

/**
 * Applies edits found on the same text. Sorted by start (longer first on ties); an edit overlapping
 * one already taken is dropped, so the first rule in the list wins. Returns the edits applied.
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; map: OffsetMap; applied: Edit[] } {
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .filter(({ edit }) => edit.end >= edit.start && edit.start >= 0 && edit.end <= text.length)
    .sort((a, b) => a.edit.start - b.edit.start || b.edit.end - a.edit.end || a.order - b.order);
  const b = createMapBuilder(text);
  const applied: Edit[] = [];
  let taken = 0;
  for (const { edit } of sorted) {
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
