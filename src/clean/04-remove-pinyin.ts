import { createMapBuilder } from "./offset-map.js";
import type { StepResult } from "./_step.js";

/** Vowels with a tone mark: a pinyin annotation carries at least one. */
export const TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

// A Han character, then "(" one pinyin syllable with a tone mark ")". The lookbehind comes after the "(" so the
// engine only tries it at a "(" (same matches as a leading `(?<=\p{Script=Han})\(`, much faster scan).
const PINYIN = new RegExp(
  String.raw`\((?<=\p{Script=Han}\()(?<syllable>[a-zü${TONE_MARKED}]{1,7})\)`,
  "gu",
);
const TONE = new RegExp(`[${TONE_MARKED}]`, "u");

/** "現(xiàn)在" → "現在": pinyin annotations some pages insert after a character are removed. */
export function removePinyin(text: string): StepResult {
  if (!text.includes("(")) return createMapBuilder(text).finish();
  const b = createMapBuilder(text);
  for (const m of text.matchAll(PINYIN)) {
    const syllable = m.groups?.["syllable"] ?? "";
    if (!TONE.test(syllable)) continue;
    b.copyTo(m.index);
    b.replaceTo(m.index + m[0].length, "");
  }
  return b.finish();
}
