import { createMapBuilder, identityMap } from "./offset-map.js";
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
