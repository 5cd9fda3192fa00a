import { isWhiteSpace } from "../char-table.js";
import type { OffsetMap } from "./offset-map.js";
import type { Edit } from "./_rule.js";

export interface Line {
  /** offset of the first char of the line */
  readonly start: number;
  /** offset of the "\n" ending the line, or the text length */
  readonly end: number;
  /** the line without surrounding spaces */
  readonly trimmed: string;
  /** offset of `trimmed` in the text */
  readonly trimmedStart: number;
}

/** The lines of one text as parallel offset arrays, built once and shared by the rules that look at that text. */
export interface LineTable {
  readonly count: number;
  /** offset of the first char of line i */
  readonly start: Int32Array;
  /** offset of the "\n" ending line i, or the text length */
  readonly end: Int32Array;
  /** the line without surrounding spaces is text [trimmedStart[i], trimmedEnd[i]) (empty for a blank line) */
  readonly trimmedStart: Int32Array;
  readonly trimmedEnd: Int32Array;
}

/**
 * The lines a rule needs to test: those whose trimmed text starts with one of the chars of `startingWith` or ends
 * with one of `endingWith`, and those holding one of the words `containing`. Made once per rule module by
 * lineTrigger().
 */
export interface LineTrigger {
  readonly bit: number;
}

// Every trigger owns one bit. The bits of all triggers are found once per text (line first and last chars looked
// up, all words by one regex), so a rule whose trigger is absent from the text costs nothing. Prefer an edge char to
// a one-char word: each word is one more alternative for the regex, which runs over the whole text (adding "【" and
// "[打" to the words made it ~4 × slower on the corpus).
const MAX_TRIGGERS = 31;
let triggerCount = 0;
/** the bits of the triggers whose `startingWith` (`endingWith`) holds the char code */
const firstCharBits = new Map<number, number>();
const lastCharBits = new Map<number, number>();
/** one bit per char code: whether firstCharBits or lastCharBits holds it (8 KB: stays in the CPU cache, unlike a
 * 64K-entry table) */
const isEdgeChar = new Int32Array(0x10000 >> 5);
/** each word of any trigger's `containing`, with the bits of the triggers that hold it */
const wordBits = new Map<string, number>();
/** all words of wordBits, made again when a trigger is registered */
let anyWord: RegExp | null = null;

/** Registers a trigger (at module load of a rule: there are a few dozen at most). */
export function lineTrigger(where: {
  readonly startingWith?: string;
  readonly endingWith?: string;
  readonly containing?: readonly string[];
}): LineTrigger {
  if (triggerCount >= MAX_TRIGGERS) throw new RangeError(`at most ${MAX_TRIGGERS} line triggers`);
  const bit = 1 << triggerCount;
  triggerCount += 1;
  const { startingWith = "", endingWith = "", containing = [] } = where;
  for (const [chars, bits] of [[startingWith, firstCharBits], [endingWith, lastCharBits]] as const) {
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      bits.set(c, (bits.get(c) ?? 0) | bit);
      isEdgeChar[c >> 5]! |= 1 << (c & 31);
    }
  }
  for (const word of containing) wordBits.set(word, (wordBits.get(word) ?? 0) | bit);
  const words = [...wordBits.keys()].map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
  anyWord = words.length === 0 ? null : new RegExp(words.join("|"), "gu");
  return { bit };
}

interface IndexedLines extends LineTable {
  readonly text: string;
  /** the one array the columns are views of */
  readonly cells: Int32Array;
  /** how many triggers were registered when `byTrigger` was computed */
  triggers: number;
  /** the trigger bits of each line */
  bits: Int32Array;
  /** for each trigger (by the index of its bit), the positions of the lines it fires on, in order; none: no line */
  byTrigger: (number[] | undefined)[];
}

let cached: IndexedLines | null = null;
/**
 * The cells of the table `cached` held before, for the next table to fill: only `cached` is handed to rules,
 * and allocating a typed array costs more than filling it. Huge ones are not kept.
 */
let spareCells: Int32Array | null = null;
const MAX_SPARE_CELLS = 1 << 18;

function setCached(table: IndexedLines): void {
  if (cached !== null && cached.cells.length <= MAX_SPARE_CELLS) spareCells = cached.cells;
  cached = table;
}

function takeCells(length: number): Int32Array {
  const cells = spareCells;
  if (cells === null || cells.length < length) return new Int32Array(length);
  spareCells = null;
  return cells;
}

/** Lines of `text` in order (linear). Rules looking at the same text share the last result. */
export function lineTable(text: string): LineTable {
  return cachedLines(text);
}

function cachedLines(text: string): IndexedLines {
  let table = cached;
  if (table === null || table.text !== text) {
    table = buildLines(text);
    setCached(table);
  }
  return table;
}

/** lineTable(text) with the lines each trigger fires on (found on first use). */
function indexed(text: string): IndexedLines {
  const table = cachedLines(text);
  if (table.triggers !== triggerCount) findTriggers(table);
  return table;
}

function buildLines(text: string): IndexedLines {
  const lines = new LineColumns((text.length >> 5) + 16);
  let from = 0;
  for (;;) {
    const to = readLine(lines, text, from, false);
    if (to === text.length) break;
    from = to + 1;
  }
  return lines.table(text);
}

/**
 * Adds the line of `text` starting at `from` (its trims found by reading it; its trigger bits too when `withBits`,
 * else left for findTriggers) and returns where it ends.
 */
function readLine(lines: LineColumns, text: string, from: number, withBits: boolean): number {
  let to = text.indexOf("\n", from);
  if (to < 0) to = text.length;
  let s = from;
  while (s < to && isWhiteSpace(text.charCodeAt(s))) s++;
  let e = to;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  lines.add(from, to, s, e, withBits && s < e ? edgeBitsOf(text, s, e) | wordsIn(text.slice(from, to)) : 0);
  return to;
}

/**
 * The columns of a line table being built: blocks of one typed array grown by doubling (cheaper than pushing to
 * number arrays; one buffer, as allocating a typed array costs more than filling it).
 */
class LineColumns {
  count = 0;
  private capacity: number;
  private cells: Int32Array;

  constructor(capacity: number) {
    this.cells = takeCells(COLUMNS * capacity);
    this.capacity = Math.floor(this.cells.length / COLUMNS);
  }

  add(start: number, end: number, trimmedStart: number, trimmedEnd: number, bits: number): void {
    if (this.count === this.capacity) this.grow();
    const { cells, capacity } = this;
    const i = this.count++;
    cells[i] = start;
    cells[capacity + i] = end;
    cells[2 * capacity + i] = trimmedStart;
    cells[3 * capacity + i] = trimmedEnd;
    cells[4 * capacity + i] = bits;
  }

  table(text: string): IndexedLines {
    const { count } = this;
    return {
      text,
      cells: this.cells,
      count,
      start: this.column(0),
      end: this.column(1),
      trimmedStart: this.column(2),
      trimmedEnd: this.column(3),
      triggers: -1,
      bits: this.column(4),
      byTrigger: [],
    };
  }

  private column(k: number): Int32Array {
    return this.cells.subarray(k * this.capacity, k * this.capacity + this.count);
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const cells = new Int32Array(COLUMNS * capacity);
    for (let k = 0; k < COLUMNS; k++) cells.set(this.column(k), k * capacity);
    this.capacity = capacity;
    this.cells = cells;
  }
}

/** start, end, trimmedStart, trimmedEnd, bits */
const COLUMNS = 5;

function findTriggers(table: IndexedLines): void {
  const { text, count, end, trimmedStart, trimmedEnd, bits } = table;
  for (let i = 0; i < count; i++) {
    const s = trimmedStart[i]!;
    const e = trimmedEnd[i]!;
    bits[i] = s < e ? edgeBitsOf(text, s, e) : 0;
  }
  const pattern = anyWord;
  if (pattern !== null) {
    pattern.lastIndex = 0;
    let line = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const at = m.index;
      while (end[line]! < at) line++;
      bits[line]! |= wordsAt(text, at);
      pattern.lastIndex = at + 1;
    }
  }
  setFlagged(table);
}

/** The bits of the triggers a line's first char (at `s`) and last char (before `e`) fire. */
function edgeBitsOf(text: string, s: number, e: number): number {
  const first = text.charCodeAt(s);
  const last = text.charCodeAt(e - 1);
  return (isEdge(first) ? (firstCharBits.get(first) ?? 0) : 0) | (isEdge(last) ? (lastCharBits.get(last) ?? 0) : 0);
}

const isEdge = (c: number): boolean => (isEdgeChar[c >> 5]! & (1 << (c & 31))) !== 0;

/** The bits of the words starting at `at` (the regex names one; another may start there too). */
function wordsAt(text: string, at: number): number {
  let found = 0;
  for (const [word, bit] of wordBits) if (text.startsWith(word, at)) found |= bit;
  return found;
}

function setFlagged(table: IndexedLines): void {
  const { count, bits } = table;
  // one pass sorting the lines by trigger: each rule then reads its own list instead of testing every flagged line
  const byTrigger: (number[] | undefined)[] = [];
  for (let i = 0; i < count; i++) {
    for (let b = bits[i]!; b !== 0; b &= b - 1) (byTrigger[bitIndex(b & -b)] ??= []).push(i);
  }
  table.byTrigger = byTrigger;
  table.triggers = triggerCount;
}

const bitIndex = (bit: number): number => 31 - Math.clz32(bit);

/**
 * Seeds the line table of `next`, made from `previous` by a few edits (`map` takes `next` back to `previous`),
 * with previous's table: a line of `next` copied whole from a line of `previous` keeps that line's trims and
 * trigger bits (shifted), and only the lines an edit touched are read again. The result is the table
 * lineTable(next) would build; nothing is done unless previous's table and triggers are at hand.
 * The linear segments of `map` must be copies (no same-length replacement).
 */
export function carryLines(previous: string, next: string, map: OffsetMap): void {
  const old = cached;
  if (old === null || old.text !== previous || old.triggers !== triggerCount || previous === next) return;
  const lines = new LineColumns(old.count + 16);
  const segments = map.outStart.length;
  let segment = 0;
  let line = 0; // position in `old` of the first line not before the last one copied
  let from = 0; // start of the next line of `next`
  for (;;) {
    while (segment + 1 < segments && map.outStart[segment + 1]! <= from) segment++;
    if (map.linear[segment] === true) {
      const segmentEnd = segment + 1 < segments ? map.outStart[segment + 1]! : map.outputLength;
      const shift = map.outStart[segment]! - map.inStart[segment]!;
      const inEnd = segmentEnd - shift;
      while (line < old.count && old.start[line]! < from - shift) line++;
      // the old lines from here on that the segment copies whole, up to a "\n" that ends them in `next` too
      while (from < segmentEnd && line < old.count && old.start[line] === from - shift) {
        const lineEnd = old.end[line]!;
        if (lineEnd > inEnd) break;
        const to = lineEnd + shift;
        if (lineEnd === inEnd && to !== next.length && next.charCodeAt(to) !== 0x0a) break;
        lines.add(from, to, old.trimmedStart[line]! + shift, old.trimmedEnd[line]! + shift, old.bits[line]!);
        line++;
        if (to === next.length) return setCarried(lines.table(next));
        from = to + 1;
      }
      if (from >= segmentEnd && segment + 1 < segments) continue;
    }
    const to = readLine(lines, next, from, true);
    if (to === next.length) return setCarried(lines.table(next));
    from = to + 1;
  }
}

function setCarried(table: IndexedLines): void {
  setFlagged(table);
  setCached(table);
}

/** The bits of the words `line` holds. */
function wordsIn(line: string): number {
  const pattern = anyWord;
  if (pattern === null) return 0;
  let found = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
    found |= wordsAt(line, m.index);
    pattern.lastIndex = m.index + 1;
  }
  return found;
}

/** Line `i` of `table` (over `text`) as a Line. */
function lineOf(text: string, table: LineTable, i: number): Line {
  const trimmedStart = table.trimmedStart[i]!;
  return { start: table.start[i]!, end: table.end[i]!, trimmed: text.slice(trimmedStart, table.trimmedEnd[i]!), trimmedStart };
}

/** Positions in lineTable(text) of the lines `trigger` fires on, in order. */
export function linePositionsWhere(text: string, trigger: LineTrigger): readonly number[] {
  return positionsWhere(indexed(text), trigger);
}

function positionsWhere(table: IndexedLines, trigger: LineTrigger): readonly number[] {
  return table.byTrigger[bitIndex(trigger.bit)] ?? NO_LINES;
}

const NO_LINES: readonly number[] = [];

/** The lines `trigger` fires on, in order. Other lines are never read: most rules look for boilerplate a plan does not hold. */
export function linesWhere(text: string, trigger: LineTrigger): Line[] {
  const table = indexed(text);
  const lines: Line[] = [];
  for (const i of positionsWhere(table, trigger)) lines.push(lineOf(text, table, i));
  return lines;
}

/** Removes a whole line with its "\n" (the last line has none; blank lines left over are tidied later). */
export function removeLine(text: string, line: { readonly start: number; readonly end: number }, rule: string): Edit {
  return { start: line.start, end: Math.min(line.end + 1, text.length), replacement: "", rule };
}

/** A rule that removes every line `test` accepts among those `trigger` fires on (lines longer than `maxLength` are never tested). */
export function findLines(text: string, rule: string, maxLength: number, test: (line: string) => boolean, trigger: LineTrigger): Edit[] {
  const edits: Edit[] = [];
  const table = indexed(text);
  for (const i of positionsWhere(table, trigger)) {
    const s = table.trimmedStart[i]!;
    const e = table.trimmedEnd[i]!;
    if (e === s || e - s > maxLength) continue;
    if (test(text.slice(s, e))) edits.push(removeLine(text, { start: table.start[i]!, end: table.end[i]! }, rule));
  }
  return edits;
}
