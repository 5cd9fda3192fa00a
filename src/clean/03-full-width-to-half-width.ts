import { createMapBuilder, identityMap } from "./offset-map.js";
import type { StepResult } from "./_step.js";

/** Full-width forms always turned half-width: digits, latin letters, brackets and a few signs. */
export const ALWAYS_HALF_WIDTH: ReadonlySet<string> = new Set([..."（）［］｛｝％＋－＜＞＝＃＆＊＠＿｜"]);

/** Full-width forms turned half-width only between (or, for "．", after) digits or latin letters. */
export const HALF_WIDTH_BETWEEN_ALNUM: ReadonlySet<string> = new Set([..."．：／"]);

const isFullWidthAlnum = (c: number): boolean =>
  (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
const isAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || isFullWidthAlnum(c);

/**
 * "１５％" → "15%", "（一）" → "(一)", "１３：３０" → "13:30", "１．" → "1.".
 * Chinese punctuation ，。；：、！？“” stays as it is (a "：" not between digits is Chinese punctuation).
 */
export function fullWidthToHalfWidth(text: string): StepResult {
  if (!/[\uff01-\uff5e]/u.test(text)) return { text, map: identityMap(text.length) };
  const b = createMapBuilder(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xff01 || c > 0xff5e) continue;
    const ch = text[i] ?? "";
    const half = String.fromCharCode(c - 0xfee0);
    let convert = isFullWidthAlnum(c) || ALWAYS_HALF_WIDTH.has(ch);
    if (!convert && HALF_WIDTH_BETWEEN_ALNUM.has(ch)) {
      const before = isAlnum(text.charCodeAt(i - 1));
      const after = isAlnum(text.charCodeAt(i + 1));
      convert = ch === "．" ? before : before && after;
    }
    if (convert) {
      b.copyTo(i);
      b.replaceTo(i + 1, half);
    }
  }
  return b.finish();
}
