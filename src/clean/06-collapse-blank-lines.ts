import { createMapBuilder, identityMap, type OffsetMap } from "./offset-map.js";
import type { StepResult } from "./_step.js";

/** At most one blank line between paragraphs; no blank lines at the start or the end of the text. */
export function collapseBlankLines(text: string): StepResult {
  const n = text.length;
  const leading = text.charCodeAt(0) === 0x0a;
  const trailing = text.charCodeAt(n - 1) === 0x0a;
  let run = text.indexOf("\n\n\n");
  if (!leading && !trailing && run === -1) return { text, map: identityMap(n) };
  const b = createMapBuilder(text);
  // only runs at an end of the text and runs of three or more change: the others are never visited
  let done = 0;
  if (leading) {
    done = runEnd(text, 0);
    b.replaceTo(done, "");
    if (run !== -1 && run < done) run = text.indexOf("\n\n\n", done);
  }
  for (; run !== -1; run = text.indexOf("\n\n\n", done)) {
    done = runEnd(text, run);
    b.copyTo(done === n ? run : run + 2);
    b.replaceTo(done, "");
  }
  if (trailing && done < n) {
    let start = n;
    while (start > done && text.charCodeAt(start - 1) === 0x0a) start--;
    b.copyTo(start);
    b.replaceTo(n, "");
  }
  return b.finish();
}

/** The end of the run of line breaks starting at `from`. */
function runEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length && text.charCodeAt(j) === 0x0a) j++;
  return j;
}

/**
 * collapseBlankLines(text) for a text made, as `map` says, of copied pieces of a text collapseBlankLines had nothing
 * to do in (the linear segments of `map` are copies): a run to collapse can only have formed where pieces meet,
 * so the rest of the text is not searched.
 */
export function collapseBlankLinesAtJoins(text: string, map: OffsetMap): StepResult {
  const segments = map.outStart.length;
  for (let s = 0; s <= segments; s++) {
    const at = s < segments ? map.outStart[s]! : text.length;
    // a replacement holding a run itself is left to the full search
    if (s < segments && map.linear[s] !== true && (s + 1 < segments ? map.outStart[s + 1]! : text.length) - at > 2) {
      return collapseBlankLines(text);
    }
    if (changesRunAt(text, at)) return collapseBlankLines(text);
  }
  return { text, map: identityMap(text.length) };
}

/** Whether the run of line breaks around offset `at` (those before it and those from it on) is one collapseBlankLines changes. */
function changesRunAt(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && text.charCodeAt(from - 1) === 0x0a) from--;
  const to = runEnd(text, at);
  if (to === from) return false;
  return from === 0 || to === text.length || to - from >= 3;
}
