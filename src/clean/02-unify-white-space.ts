import { createMapBuilder } from "./offset-map.js";
import type { StepResult } from "./_step.js";

/**
 * Horizontal white space unified: tabs, NBSP, U+3000 ideographic space and the other Unicode spaces
 * become one ASCII space per run; spaces at the start and end of a line are dropped; zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF) and C0/C1 control characters other than "\n" are deleted.
 */
export function unifyWhiteSpace(text: string): StepResult {
  const b = createMapBuilder(text);
  let i = 0;
  const n = text.length;
  while (i < n) {
    NOT_OTHER.lastIndex = i;
    const next = NOT_OTHER.exec(text);
    if (next === null) break;
    i = next.index;
    // a run of deletable/space characters
    let j = i;
    let hasSpace = false;
    while (j < n) {
      const k = KINDS[text.charCodeAt(j)];
      if (k === OTHER) break;
      if (k === SPACE) hasSpace = true;
      j++;
    }
    const atLineStart = i === 0 || text.charCodeAt(i - 1) === 0x0a;
    const atLineEnd = j === n || text.charCodeAt(j) === 0x0a;
    const keepSpace = hasSpace && !atLineStart && !atLineEnd;
    if (keepSpace && j - i === 1 && text.charCodeAt(i) === 0x20) {
      i = j;
      continue; // a lone ASCII space stays as it is
    }
    b.copyTo(i);
    b.replaceTo(j, keepSpace ? " " : "");
    i = j;
  }
  return b.finish();
}

function classify(c: number): "space" | "drop" | "other" {
  if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f) {
    return "space";
  }
  if (c >= 0x2000 && c <= 0x200a) return "space";
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) return "drop";
  if (c === 0x0a) return "other";
  if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f)) return "drop";
  return "other";
}

/** The characters classify() does not call "other": the regex finds the next run much faster than a loop. */
const NOT_OTHER = /[\0-\x09\x0b-\x20\x7f-\xa0\xad\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/g;

/** Whether unifyWhiteSpace may change or drop the char (the "\n" it keeps and every other char: never). */
export const isWhiteSpaceOrControl = (c: number): boolean => KINDS[c] !== OTHER;

/** classify() of every char code, looked up instead of computed inside a run. */
const [OTHER, SPACE, DROP] = [0, 1, 2];
const KINDS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const kind = classify(c);
  KINDS[c] = kind === "space" ? SPACE : kind === "drop" ? DROP : OTHER;
}
