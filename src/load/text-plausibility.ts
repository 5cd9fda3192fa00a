/**
 * How much a decoded string looks like Chinese (or plain ASCII) prose: the share of code units that are
 * ASCII printable / white space, common CJK ideographs, CJK or full-width punctuation and common symbols.
 * Used to choose between candidate decodings (UTF-16 read as GBK gives control bytes and stray letters).
 */
const GOOD_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x206f],
  [0x2160, 0x217f],
  [0x2460, 0x24ff],
  [0x2500, 0x25ff],
  [0x3000, 0x303f],
  [0x4e00, 0x9fff],
  [0xfe30, 0xfe4f],
  [0xff01, 0xff5e],
];

function isGood(code: number): boolean {
  for (const [lo, hi] of GOOD_RANGES) if (code >= lo && code <= hi) return true;
  return false;
}

export function textPlausibility(text: string, maxUnits = 16_384): number {
  const n = Math.min(text.length, maxUnits);
  if (n === 0) return 0;
  let good = 0;
  for (let i = 0; i < n; i++) if (isGood(text.charCodeAt(i))) good++;
  return good / n;
}

export function replacementRatio(text: string, maxUnits = 65_536): number {
  const n = Math.min(text.length, maxUnits);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad / n;
}
