/**
 * Global-regex matching that only tries the positions where a match can begin.
 *
 * `text.matchAll(/…/g)` tests every position of the text; for the target patterns (which all begin with a
 * numeral character, 每 or 分别) nearly every position fails at once, but the engine still pays for the
 * lookbehinds there. `scanMatches` runs a sticky copy of the pattern only at the offsets it is given (the targets'
 * text index lists them). The result is exactly what `matchAll` gives, provided every match starts at one of them.
 */

const STICKY = new WeakMap<RegExp, RegExp>();
function stickyCopy(pattern: RegExp): RegExp {
  let copy = STICKY.get(pattern);
  if (copy === undefined) {
    copy = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}y`);
    STICKY.set(pattern, copy);
  }
  return copy;
}

/**
 * The matches `text.matchAll(pattern)` would give (same order, same groups and indices), trying only the
 * sorted offsets in `starts`, which must include every offset where a match of `pattern` can start
 * (null: dense, scan the whole text).
 */
export function scanMatches(text: string, pattern: RegExp, starts: readonly number[] | Int32Array | null): RegExpExecArray[] {
  if (starts === null) return [...text.matchAll(pattern)];
  const sticky = stickyCopy(pattern);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push(m);
    from = m[0].length === 0 ? at + 1 : at + m[0].length;
  }
  return out;
}
