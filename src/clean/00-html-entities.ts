import { createMapBuilder, identityMap } from "./offset-map.js";
import type { StepResult } from "./_step.js";

/** The named entities scraped Chinese pages leave in their text, decoded; others stay as they are. */
const NAMED: ReadonlyMap<string, string> = new Map([
  ["nbsp", "\u00a0"], ["ensp", "\u2002"], ["emsp", "\u2003"], ["thinsp", "\u2009"], ["zwsp", "\u200b"],
  ["lt", "<"], ["gt", ">"], ["amp", "&"], ["quot", "\""], ["apos", "'"],
  ["middot", "·"], ["hellip", "…"], ["mdash", "—"], ["ndash", "–"], ["ldquo", "“"], ["rdquo", "”"], ["lsquo", "‘"], ["rsquo", "’"],
  ["times", "×"], ["divide", "÷"], ["plusmn", "±"], ["deg", "°"], ["le", "≤"], ["ge", "≥"],
]);

// "&amp;nbsp;" is an entity encoded twice (common in scraped text): read as the inner one. The ";" may be
// missing after nbsp only (as browsers read it). Tags are left alone: an HTML page is the loader's to read.
const ENTITY = /&(?:amp;)?(?:#(?<dec>\d{1,7});|#[xX](?<hex>[0-9a-fA-F]{1,6});|(?<name>[a-zA-Z]{2,6});|(?<bare>nbsp)(?![a-zA-Z;]))/gu;

/**
 * HTML entities left in scraped text decoded: "&nbsp;" → NBSP (made a space by unifyWhiteSpace), "&lt;" → "<",
 * "&#12288;" → U+3000. Runs first: what it makes is normalised by the other steps.
 */
export function decodeEntities(text: string): StepResult {
  ENTITY.lastIndex = 0;
  let m = ENTITY.exec(text);
  if (m === null) return { text, map: identityMap(text.length) };
  const b = createMapBuilder(text);
  for (; m !== null; m = ENTITY.exec(text)) {
    const decoded = decode(m.groups!);
    if (decoded === null) continue;
    b.copyTo(m.index);
    b.replaceTo(m.index + m[0].length, decoded);
  }
  return b.finish();
}

function decode(g: Record<string, string | undefined>): string | null {
  if (g.bare !== undefined) return "\u00a0";
  if (g.name !== undefined) return NAMED.get(g.name.toLowerCase()) ?? null;
  const code = g.dec !== undefined ? Number.parseInt(g.dec, 10) : Number.parseInt(g.hex ?? "", 16);
  // a lone surrogate or a code point beyond Unicode is no char
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}
