import { findAll } from "./aho-corasick.js";
import type { CompiledChecklist } from "./compile-checklist.js";
import { INITIAL_CAPACITY, RETAINED_CAPACITY, resizedInt32 } from "../int32-buffers.js";
import { OccurrenceList } from "./occurrence-list.js";
import { sentenceStop, trimEnd, trimStart } from "./split-sentences.js";

/**
 * The counted mentions of every item of a checklist in one text, as flat arrays (no object per match or
 * sentence). An entry is one sentence of one item holding a counted mention; entries are numbered in text order
 * (sentence by sentence), and each item's entries are chained through `nextEntry`. The arrays are buffers kept
 * between calls: valid until the next tallyMentions call, and longer than the items and entries they hold.
 */
export interface Mentions {
  /** per item: counted mentions, distinct phrases among them, its entries, and its first entry (-1: none) */
  readonly mentions: Int32Array;
  readonly phrases: Int32Array;
  readonly entries: Int32Array;
  readonly firstEntry: Int32Array;
  /** per entry (entryCount of them): the sentence's span, its distinct phrases and mentions, and the item's next
   * entry (-1: none) */
  readonly entryCount: number;
  readonly sentenceStart: Int32Array;
  readonly sentenceEnd: Int32Array;
  readonly phrasesIn: Int32Array;
  readonly mentionsIn: Int32Array;
  readonly nextEntry: Int32Array;
}

/** The per-entry columns, in buffers kept between calls (src/int32-buffers.ts). */
class EntryColumns {
  count = 0;
  sentenceStart: Int32Array = new Int32Array(INITIAL_CAPACITY);
  sentenceEnd: Int32Array = new Int32Array(INITIAL_CAPACITY);
  phrasesIn: Int32Array = new Int32Array(INITIAL_CAPACITY);
  mentionsIn: Int32Array = new Int32Array(INITIAL_CAPACITY);
  nextEntry: Int32Array = new Int32Array(INITIAL_CAPACITY);

  /** Empties the columns (giving back the room a huge text made). */
  clear(): void {
    this.count = 0;
    if (this.nextEntry.length > RETAINED_CAPACITY) this.resize(INITIAL_CAPACITY);
  }

  add(start: number, end: number): number {
    if (this.count === this.nextEntry.length) this.resize(this.count * 2);
    const entry = this.count++;
    this.sentenceStart[entry] = start;
    this.sentenceEnd[entry] = end;
    this.phrasesIn[entry] = 0;
    this.mentionsIn[entry] = 0;
    this.nextEntry[entry] = -1;
    return entry;
  }

  private resize(capacity: number): void {
    this.sentenceStart = resizedInt32(this.sentenceStart, capacity, this.count);
    this.sentenceEnd = resizedInt32(this.sentenceEnd, capacity, this.count);
    this.phrasesIn = resizedInt32(this.phrasesIn, capacity, this.count);
    this.mentionsIn = resizedInt32(this.mentionsIn, capacity, this.count);
    this.nextEntry = resizedInt32(this.nextEntry, capacity, this.count);
  }
}

/** (item, listing, start) triples waiting for their sentence to end, in buffers kept between calls. */
class PendingMentions {
  count = 0;
  item: Int32Array = new Int32Array(INITIAL_CAPACITY);
  listing: Int32Array = new Int32Array(INITIAL_CAPACITY);
  start: Int32Array = new Int32Array(INITIAL_CAPACITY);

  /** Empties the list (giving back the room a huge sentence made). */
  clear(): void {
    this.count = 0;
    if (this.item.length > RETAINED_CAPACITY) this.resize(INITIAL_CAPACITY);
  }

  add(item: number, listing: number, start: number): void {
    if (this.count === this.item.length) this.resize(this.count * 2);
    const k = this.count++;
    this.item[k] = item;
    this.listing[k] = listing;
    this.start[k] = start;
  }

  private resize(capacity: number): void {
    this.item = resizedInt32(this.item, capacity, this.count);
    this.listing = resizedInt32(this.listing, capacity, this.count);
    this.start = resizedInt32(this.start, capacity, this.count);
  }
}

/** Reused by every call (all synchronous): the matches never leave tallyMentions. */
const MATCHES = new OccurrenceList();

/**
 * One pass over the matches and sentence ends in order of start (then longest first). A match of an item's anyOf
 * phrase counts unless it lies inside an occurrence of one of the item's noneOf phrases, or inside a longer match
 * of the same item (in this order such a match comes first), or outside a sentence, or — for an item with allOf —
 * in a sentence that does not hold every allOf phrase. Whether a match lies in a sentence (and which allOf phrases
 * the sentence holds) is known when the sentence ends, so the matches that pass the first two tests wait there.
 *
 * A noneOf occurrence blocks its items up to its end. A match's noneOf role is applied before its other roles: so
 * when a match is handed to an item, `blockedUpTo` is the furthest end of the item's noneOf occurrences starting
 * at or before it, and it lies inside one of them exactly when that end is at or after its own.
 *
 * A match inside a 《…》 that cites a document as the plan's basis is not counted either: 根据《关于进一步减轻义务教育
 * 阶段学生作业负担和校外培训负担的意见》 names a source, it does not commit the plan to homework (see Tally.closeTitle).
 */
export function tallyMentions(compiled: CompiledChecklist, text: string): Mentions {
  const tally = TALLY;
  tally.reset(compiled);
  const found = findAll(compiled.automaton, text, MATCHES);
  const { anyOfStart, anyOfItem, allOfStart, allOfItem, noneOfStart, noneOfItem, firstSentenceEnd, firstTitleMark } =
    compiled;
  const { blockedUpTo, maxEnd, pending, pendingAllOf } = tally;
  for (let m = 0; m < found.length; m += 1) {
    const pattern = found.pattern[m]!;
    const start = found.start[m]!;
    if (pattern >= firstTitleMark) {
      if (pattern === firstTitleMark) tally.titleOpen = start;
      else tally.closeTitle(text, start);
      continue;
    }
    if (pattern >= firstSentenceEnd) {
      tally.close(text, sentenceStop(text, start));
      tally.rawStart = start + 1;
      continue;
    }
    const end = found.end[m]!;
    for (let k = noneOfStart[pattern]!; k < noneOfStart[pattern + 1]!; k += 1) {
      const owner = noneOfItem[k]!;
      if (end > blockedUpTo[owner]!) blockedUpTo[owner] = end;
    }
    for (let k = anyOfStart[pattern]!; k < anyOfStart[pattern + 1]!; k += 1) {
      const owner = anyOfItem[k]!;
      if (blockedUpTo[owner]! >= end || end <= maxEnd[owner]!) continue;
      maxEnd[owner] = end;
      pending.add(owner, k, start);
    }
    for (let k = allOfStart[pattern]!; k < allOfStart[pattern + 1]!; k += 1) {
      const owner = allOfItem[k]!;
      if (blockedUpTo[owner]! < end) pendingAllOf.add(owner, k, start);
    }
  }
  tally.close(text, text.length);
  return tally;
}

/** The tally of one text, in buffers kept between calls (sized for the largest checklist seen). */
class Tally implements Mentions {
  /** per item: the Mentions counts, its last entry, and how far noneOf blocks it / its counted matches reach */
  mentions = new Int32Array(0);
  phrases = new Int32Array(0);
  entries = new Int32Array(0);
  firstEntry = new Int32Array(0);
  private lastEntry = new Int32Array(0);
  blockedUpTo = new Int32Array(0);
  maxEnd = new Int32Array(0);
  /** per item: the allOf phrases the sentence being closed holds */
  private held = new Int32Array(0);
  /** per anyOf listing: the start of the last sentence it was counted in (-1: never) */
  private countedIn = new Int32Array(0);
  /** per allOf listing: the number of the last sentence it was held in (-1: never) */
  private heldIn = new Int32Array(0);

  private readonly columns = new EntryColumns();
  readonly pending = new PendingMentions();
  readonly pendingAllOf = new PendingMentions();
  /** where the sentence being read begins: after the previous sentence end */
  rawStart = 0;
  /** the offset of the 《 of the sentence that has not been closed yet (-1: none) */
  titleOpen = -1;
  /** the offset after the last 》 of the sentence whose title was cited as a basis (-1: none) */
  private citedEnd = -1;
  /** the number of the sentence being read, counting every stretch closed before it */
  private sentence = 0;
  private allOfPhrases: Int32Array = new Int32Array(0);
  private hasAllOf = false;

  get entryCount(): number {
    return this.columns.count;
  }
  get sentenceStart(): Int32Array {
    return this.columns.sentenceStart;
  }
  get sentenceEnd(): Int32Array {
    return this.columns.sentenceEnd;
  }
  get phrasesIn(): Int32Array {
    return this.columns.phrasesIn;
  }
  get mentionsIn(): Int32Array {
    return this.columns.mentionsIn;
  }
  get nextEntry(): Int32Array {
    return this.columns.nextEntry;
  }

  reset(compiled: CompiledChecklist): void {
    const items = compiled.items.length;
    if (this.mentions.length < items) {
      this.mentions = new Int32Array(items);
      this.phrases = new Int32Array(items);
      this.entries = new Int32Array(items);
      this.firstEntry = new Int32Array(items);
      this.lastEntry = new Int32Array(items);
      this.blockedUpTo = new Int32Array(items);
      this.maxEnd = new Int32Array(items);
      this.held = new Int32Array(items);
    }
    if (this.countedIn.length < compiled.anyOfItem.length) this.countedIn = new Int32Array(compiled.anyOfItem.length);
    if (this.heldIn.length < compiled.allOfItem.length) this.heldIn = new Int32Array(compiled.allOfItem.length);
    this.mentions.fill(0, 0, items);
    this.phrases.fill(0, 0, items);
    this.entries.fill(0, 0, items);
    this.firstEntry.fill(-1, 0, items);
    this.lastEntry.fill(-1, 0, items);
    this.blockedUpTo.fill(-1, 0, items);
    this.maxEnd.fill(-1, 0, items);
    this.countedIn.fill(-1, 0, compiled.anyOfItem.length);
    this.heldIn.fill(-1, 0, compiled.allOfItem.length);
    this.columns.clear();
    this.pending.clear();
    this.pendingAllOf.clear();
    this.rawStart = 0;
    this.titleOpen = this.citedEnd = -1;
    this.sentence = 0;
    this.allOfPhrases = compiled.allOfPhrases;
    this.hasAllOf = compiled.hasAllOf;
  }

  /**
   * A 》 at `at`: when the 《…》 opened in this sentence cites a policy document, law or plan as the plan's basis
   * (根据《…》, 以《…》为指导, 贯彻落实《…》精神: see citesDocument), its mentions are dropped. 贯彻落实《关于进一步减轻
   * 义务教育阶段学生作业负担和校外培训负担的意见》精神 names a source; it does not commit the plan to homework (a plan
   * that takes the item up says so in its own words too). Other titles count: a course or textbook (开设《心理健康》
   * 课), a research project (课题《利用微课引导学生自主学习的研究》), a document the plan is to write, study or carry out
   * (制定《课后服务实施方案》, 学习《义务教育课程标准》, 全面实施《国家学生体质健康标准》). The pending mentions are in
   * order of start, so the title's are a suffix of them.
   */
  closeTitle(text: string, at: number): void {
    const open = this.titleOpen;
    this.titleOpen = -1;
    if (open < 0 || !citesDocument(text, open, at, this.citedEnd)) return;
    this.citedEnd = at + 1;
    this.pending.count = before(this.pending, open);
    this.pendingAllOf.count = before(this.pendingAllOf, open);
  }

  /** Ends the sentence at `rawEnd`: counts the pending mentions that lie in it once trimmed. */
  close(text: string, rawEnd: number): void {
    const { pending, allOfPhrases } = this;
    if (pending.count > 0) {
      const start = trimStart(text, this.rawStart, rawEnd);
      const end = trimEnd(text, start, rawEnd);
      if (this.hasAllOf) this.countAllOf(start, end);
      for (let k = 0; k < pending.count; k += 1) {
        const item = pending.item[k]!;
        const at = pending.start[k]!;
        if (at < start || at >= end) continue;
        if (allOfPhrases[item]! > 0 && this.held[item] !== allOfPhrases[item]) continue;
        this.count(item, pending.listing[k]!, start, end);
      }
    }
    pending.count = this.pendingAllOf.count = 0;
    this.titleOpen = this.citedEnd = -1;
    this.sentence += 1;
  }

  /** Per item, how many of its distinct allOf phrases occur in the sentence start..end. */
  private countAllOf(start: number, end: number): void {
    const { pendingAllOf, held, heldIn } = this;
    held.fill(0);
    for (let k = 0; k < pendingAllOf.count; k += 1) {
      const at = pendingAllOf.start[k]!;
      const listing = pendingAllOf.listing[k]!;
      if (at < start || at >= end || heldIn[listing] === this.sentence) continue;
      heldIn[listing] = this.sentence;
      const item = pendingAllOf.item[k]!;
      held[item] = held[item]! + 1;
    }
  }

  private count(item: number, listing: number, start: number, end: number): void {
    const { columns } = this;
    let entry = this.lastEntry[item]!;
    if (entry < 0 || columns.sentenceStart[entry] !== start) {
      const added = columns.add(start, end);
      if (entry < 0) this.firstEntry[item] = added;
      else columns.nextEntry[entry] = added;
      this.lastEntry[item] = entry = added;
      this.entries[item] = this.entries[item]! + 1;
    }
    columns.mentionsIn[entry] = columns.mentionsIn[entry]! + 1;
    this.mentions[item] = this.mentions[item]! + 1;
    const seenIn = this.countedIn[listing]!;
    if (seenIn === start) return;
    columns.phrasesIn[entry] = columns.phrasesIn[entry]! + 1;
    if (seenIn < 0) this.phrases[item] = this.phrases[item]! + 1;
    this.countedIn[listing] = start;
  }
}

const TALLY = new Tally();

/** How many of the pending mentions start at or before `offset` (they are in order of start). */
function before(list: PendingMentions, offset: number): number {
  let count = list.count;
  while (count > 0 && list.start[count - 1]! > offset) count -= 1;
  return count;
}

/** The last words of a policy document's, law's or plan's title (the kinds of 公文 and 法律 that plans cite). */
const DOCUMENT_ENDS = [
  "意见", "通知", "方案", "纲要", "指南", "规划", "计划", "标准", "要点", "规定", "办法", "决定", "条例", "准则",
  "规范", "教育法", "保护法", "促进法", "教师法",
];
/**
 * Right before a 《…》: the document is cited as the plan's basis (根据《…》, 以《…》为指导). Not 按照: 按照本校《教研活动
 * 计划》开展活动 follows the school's own plan, a commitment (按照《…》要求 is caught by 要求).
 */
const CITED_AFTER = ["根据", "依据", "遵照", "遵循", "依照", "以"];
/** Right after a 《…》: the document is cited as the plan's basis (《…》精神, 《…》为指导, 《…》的要求). */
const CITED_BEFORE = ["精神", "的精神", "为指导", "为指针", "为依据", "为引领", "为统领", "要求", "的要求"];
/** Between two titles of one list (根据《甲》、《乙》和《丙》): the later ones are cited as the first is. */
const LIST_JOINS = ["、", "和", "及", "与", "以及", ""];
/** The longest edition note read before 》: （2022年版）, (试行), （修订） */
const MAX_NOTE = 12;

/**
 * Whether the 《 at `open` … 》 at `close` cites a document as the plan's basis: a document's title (DOCUMENT_ENDS,
 * before an optional edition note) cited with a basis word before or after it, or listed right after a title so
 * cited (`cited`: the end of the last one in the sentence, -1 when none).
 */
function citesDocument(text: string, open: number, close: number, cited: number): boolean {
  let end = close;
  const last = text.charCodeAt(end - 1);
  if (last === 0xff09 || last === 0x29) {
    // an edition note: look back for its opening bracket, within reach
    for (let k = end - 2; k > open && k >= close - MAX_NOTE; k -= 1) {
      const code = text.charCodeAt(k);
      if (code === 0xff08 || code === 0x28) {
        end = k;
        break;
      }
    }
  }
  if (!DOCUMENT_ENDS.some((word) => end - word.length > open && text.startsWith(word, end - word.length))) return false;
  if (cited >= 0 && LIST_JOINS.some((join) => cited + join.length === open && text.startsWith(join, cited))) return true;
  return (
    CITED_AFTER.some((word) => open >= word.length && text.startsWith(word, open - word.length)) ||
    CITED_BEFORE.some((word) => text.startsWith(word, close + 1))
  );
}
