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
function stickyCopy(pattern: RegExp): RegExp {
  let copy = STICKY.get(pattern);
  if (copy === undefined) {
    copy = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}y`);
    STICKY.set(pattern, copy);
  }
  return copy;
}

/** Per list of leads: for each UTF-16 code unit, bit i set when it is in lead i (filled lazily). */
interface LeadTable {
  readonly tests: readonly RegExp[];
  readonly known: Uint8Array;
  readonly masks: Uint32Array;
}
const TABLES = new Map<string, LeadTable>();
const MAX_LEADS = 32;

function tableFor(leads: readonly string[]): LeadTable {
  const key = leads.join("\u0000");
  let table = TABLES.get(key);
  if (table === undefined) {
    if (leads.length > MAX_LEADS) throw new RangeError(`at most ${MAX_LEADS} leads per scan`);
    table = {
      tests: leads.map((lead) => new RegExp(`^[${lead}]$`, "u")),
      known: new Uint8Array(0x10000),
      masks: new Uint32Array(0x10000),
    };
    TABLES.set(key, table);
  }
  return table;
}

/**
 * For each lead (a character-class body, BMP characters only), the ascending offsets of the characters of
 * `text` in it; one pass over the text for all of them.
 */
export function leadPositionsAll(text: string, leads: readonly string[]): number[][] {
  const { tests, known, masks } = tableFor(leads);
  const out: number[][] = leads.map(() => []);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (known[code] === 0) {
      const ch = String.fromCharCode(code);
      let mask = 0;
      tests.forEach((test, bit) => {
        if (test.test(ch)) mask |= 1 << bit;
      });
      masks[code] = mask >>> 0;
      known[code] = 1;
    }
    let mask = masks[code] as number;
    while (mask !== 0) {
      const bit = 31 - Math.clz32(mask);
      (out[bit] as number[]).push(i);
      mask &= ~(1 << bit);
    }
  }
  return out;
}

/** Offsets of every character of `text` in the class `[lead]` (BMP characters only), ascending. */
export function leadPositions(text: string, lead: string): number[] {
  return leadPositionsAll(text, [lead])[0] as number[];
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
