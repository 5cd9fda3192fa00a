/**
 * A word list looked up at an offset of the text without slicing it: `text.slice(end - window, end).endsWith(w)`
 * for some w of the list is `list.endingAt(text, end, window) !== undefined`. Indexed by first and last character,
 * so a lookup compares only the few words that can match there (these run per candidate, many times per text).
 */
export class Words {
  readonly words: readonly string[];
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
  /** bit sets of the first and last code units, tested before the maps (most offsets hold neither) */
  private readonly firsts = new Uint32Array(0x10000 / 32);
  private readonly lasts = new Uint32Array(0x10000 / 32);

  constructor(words: readonly string[]) {
    this.words = words;
    const longestFirst = [...words].sort((a, b) => b.length - a.length);
    for (const w of longestFirst) {
      if (w === "") continue;
      append(this.byFirst, w.charCodeAt(0), w);
      append(this.byLast, w.charCodeAt(w.length - 1), w);
      addBit(this.firsts, w.charCodeAt(0));
      addBit(this.lasts, w.charCodeAt(w.length - 1));
    }
  }

  /** The longest word (at most `window` long) that ends at `end`, or undefined. */
  endingAt(text: string, end: number, window = Number.POSITIVE_INFINITY): string | undefined {
    if (!hasBit(this.lasts, text.charCodeAt(end - 1))) return undefined;
    const list = this.byLast.get(text.charCodeAt(end - 1));
    if (list === undefined || end > text.length) return undefined;
    for (const w of list) if (w.length <= window && w.length <= end && occursAt(text, end - w.length, w)) return w;
    return undefined;
  }

  /** true when one of the words lies entirely inside [from, to) (a RegExp alternation's test on that slice). */
  occursIn(text: string, from: number, to: number): boolean {
    for (let at = Math.max(0, from); at < to; at += 1) {
      if (this.startingAt(text, at, to - at) !== undefined) return true;
    }
    return false;
  }

  /** The longest word (at most `window` long) that starts at `at`, or undefined. */
  startingAt(text: string, at: number, window = Number.POSITIVE_INFINITY): string | undefined {
    if (!hasBit(this.firsts, text.charCodeAt(at))) return undefined;
    const list = this.byFirst.get(text.charCodeAt(at));
    if (list === undefined || at < 0) return undefined;
    for (const w of list) if (w.length <= window && at + w.length <= text.length && occursAt(text, at, w)) return w;
    return undefined;
  }
}

const addBit = (bits: Uint32Array, code: number): void => {
  bits[code >>> 5] = ((bits[code >>> 5] as number) | (1 << (code & 31))) >>> 0;
};
/** NaN (an offset outside the text) reads word 0 with bit 0 (U+0000), never set by a word. */
const hasBit = (bits: Uint32Array, code: number): boolean => (((bits[code >>> 5] as number) >>> (code & 31)) & 1) === 1;

function append(index: Map<number, string[]>, code: number, word: string): void {
  const list = index.get(code);
  if (list === undefined) index.set(code, [word]);
  else list.push(word);
}

/** text.startsWith(word, at), by comparing code units (cheaper than the builtin for short words). */
export function occursAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k += 1) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}
