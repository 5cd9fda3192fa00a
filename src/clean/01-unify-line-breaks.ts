import { createMapBuilder, identityMap } from "./offset-map.js";
import type { StepResult } from "./_step.js";

/** "\r\n", "\r", U+0085, U+2028 and U+2029 → "\n". */
export function unifyLineBreaks(text: string): StepResult {
  if (!/[\r\u0085\u2028\u2029]/u.test(text)) return { text, map: identityMap(text.length) };
  const b = createMapBuilder(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      b.copyTo(i);
      b.replaceTo(text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1, "\n");
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    } else if (c === 0x85 || c === 0x2028 || c === 0x2029) {
      b.copyTo(i);
      b.replaceTo(i + 1, "\n");
    }
  }
  return b.finish();
}
