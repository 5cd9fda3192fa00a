/**
 * Global-regex matching that only tries the positions where a match can begin.
 *
 * `text.matchAll(/…/g)` tests every position of the text; for the target patterns (which all begin with a
 * numeral character, 每 or 分别) nearly every position fails at once, but the engine still pays for the
 * lookbehinds there. `scanMatches` lists the possible first characters once (`lead`, a character-class
 * body), then runs a sticky copy of the pattern at those positions only. The result is exactly what
 * `matchAll` gives, provided every match of `pattern` starts with a character of `lead`.
 */

const STICKY = new WeakMap<RegExp, RegExp>();
/** Per lead: 0 = not yet known, 1 = in the class, 2 = not, for each UTF-16 code unit (filled lazily). */
const LEAD = new Map<string, { readonly test: RegExp; readonly known: Uint8Array }>();

function stickyCopy(pattern: RegExp): RegExp {
  let copy = STICKY.get(pattern);
  if (copy === undefined) {
    copy = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}y`);
    STICKY.set(pattern, copy);
  }
  return copy;
}

/** Offsets of every character of `text` in the class `[lead]` (BMP characters only), ascending. */
export function leadPositions(text: string, lead: string): number[] {
  let table = LEAD.get(lead);
  if (table === undefined) {
    table = { test: new RegExp(`^[${lead}]$`, "u"), known: new Uint8Array(0x10000) };
    LEAD.set(lead, table);
  }
  const { test, known } = table;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let state = known[code];
    if (state === 0) {
      state = test.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = state;
    }
    if (state === 1) out.push(i);
  }
  return out;
}

/**
 * The matches `text.matchAll(pattern)` would give (same order, same groups and indices), trying only the
 * sorted offsets in `starts`, which must include every offset where a match of `pattern` can start.
 */
export function scanMatches(text: string, pattern: RegExp, starts: readonly number[]): RegExpExecArray[] {
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
