import { createMapBuilder, identityMap } from "./offset-map.js";
import type { StepResult } from "./_step.js";

/** At most one blank line between paragraphs; no blank lines at the start or the end of the text. */
export function collapseBlankLines(text: string): StepResult {
  const n = text.length;
  if (text.charCodeAt(0) !== 0x0a && text.charCodeAt(n - 1) !== 0x0a && !text.includes("\n\n\n")) {
    return { text, map: identityMap(n) };
  }
  const b = createMapBuilder(text);
  let i = 0;
  while (i < n) {
    i = text.indexOf("\n", i);
    if (i === -1) break;
    let j = i;
    while (j < n && text.charCodeAt(j) === 0x0a) j++;
    const keep = i === 0 || j === n ? 0 : Math.min(j - i, 2);
    if (keep < j - i) {
      b.copyTo(i + keep);
      b.replaceTo(j, "");
    }
    i = j;
  }
  return b.finish();
}
