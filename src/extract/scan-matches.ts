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

/** Positions are dense when, past the first SLACK of them, more than one character in DENSE is a lead character. */
const DENSE = 16;
const SLACK = 256;

/**
 * For each lead (a character-class body, BMP characters only), the ascending offsets of the characters of
 * `text` in it, or null when they are dense (more than one in DENSE so far: 一、一、…, a run of digits), where one
 * regex call per position would cost more than letting the engine scan. One pass over the text for all.
 * (Either answer gives the same matches; density only picks the faster way.)
 */
export function leadPositionsAll(text: string, leads: readonly string[]): (number[] | null)[] {
  const { tests, known, masks } = tableFor(leads);
  const out: (number[] | null)[] = leads.map(() => []);
  let active = leads.length >= MAX_LEADS ? 0xffffffff : 2 ** leads.length - 1;
  for (let i = 0; i < text.length && active !== 0; i += 1) {
    const code = text.charCodeAt(i);
    if (known[code] === 0) {
      const ch = String.fromCharCode(code);
      let mask = 0;
      for (let bit = 0; bit < tests.length; bit += 1) if ((tests[bit] as RegExp).test(ch)) mask |= 1 << bit;
      masks[code] = mask >>> 0;
      known[code] = 1;
    }
    let mask = ((masks[code] as number) & active) >>> 0;
    while (mask !== 0) {
      const bit = 31 - Math.clz32(mask);
      const list = out[bit] as number[];
      list.push(i);
      if (list.length > SLACK + i / DENSE) {
        out[bit] = null;
        active = (active & ~(1 << bit)) >>> 0;
      }
      mask = (mask & ~(1 << bit)) >>> 0;
    }
  }
  return out;
}

/** Offsets of every character of `text` in the class `[lead]` (BMP characters only), ascending; null when dense. */
export function leadPositions(text: string, lead: string): number[] | null {
  return leadPositionsAll(text, [lead])[0] ?? null;
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
