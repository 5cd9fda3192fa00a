import { findAll } from "./aho-corasick.js";
import type { CompiledChecklist } from "./compile-checklist.js";
import { INITIAL_CAPACITY, RETAINED_CAPACITY, resizedInt32 } from "../int32-buffers.js";
import { OccurrenceList } from "./occurrence-list.js";
import { sentenceStop, trimEnd, trimStart } from "./split-sentences.js";

/**
 * The counted mentions of every item of a checklist in one text, as flat arrays (no object per match or
 * sentence). An entry is one sentence of one item holding a counted mention; entries are numbered in text order
 * (sentence by sentence), and each item's entries are chained through `nextEntry`.
 */
interface ItemCounts {
  /** per item: counted mentions, distinct phrases among them, its entries, and its first and last (-1: none) */
  readonly mentions: number[];
  readonly phrases: number[];
  readonly entries: number[];
  readonly firstEntry: number[];
  readonly lastEntry: number[];
}

export interface Mentions extends ItemCounts {  /** per entry (entryCount of them): the sentence's span, its distinct phrases and mentions, and the item's next
   * entry (-1: none); views valid until the next tallyMentions call */
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

const ENTRIES = new EntryColumns();

/** Reused by every call (all synchronous): the matches never leave tallyMentions. */
const MATCHES = new OccurrenceList();

/**
 * One pass over the matches and sentence ends in order of start (then longest first). A match of an item's anyOf
 * phrase counts unless it lies inside an occurrence of one of the item's noneOf phrases, or inside a longer match
 * of the same item (in this order such a match comes first), or outside a sentence, or — for an item with allOf —
 * in a sentence that does not hold every allOf phrase. Whether a match lies in a sentence (and which allOf phrases
 * the sentence holds) is known when the sentence ends, so the matches that pass the first two tests wait there.
 */
export function tallyMentions(compiled: CompiledChecklist, text: string): Mentions {
  const itemCount = compiled.items.length;
  const counts: ItemCounts = {
    mentions: new Array<number>(itemCount).fill(0),
    phrases: new Array<number>(itemCount).fill(0),
    entries: new Array<number>(itemCount).fill(0),
    firstEntry: new Array<number>(itemCount).fill(-1),
    lastEntry: new Array<number>(itemCount).fill(-1),
  };
  ENTRIES.clear();
  const found = findAll(compiled.automaton, text, MATCHES);
  const { anyOfItems, anyOfListing, allOfItems, allOfListing, noneOfItems, firstSentenceEnd } = compiled;
  const blockedUpTo = new Array<number>(itemCount).fill(-1);
  const maxEnd = new Array<number>(itemCount).fill(-1);
  const sentence = new PendingSentence(compiled, counts, ENTRIES);
  for (let m = 0; m < found.length; m += 1) {
    const pattern = found.pattern[m]!;
    const start = found.start[m]!;
    if (pattern >= firstSentenceEnd) {
      sentence.close(text, sentenceStop(text, start));
      sentence.rawStart = start + 1;
      continue;
    }
    const end = found.end[m]!;
    blockOwners(noneOfItems[pattern]!, end, blockedUpTo);
    const owners = anyOfItems[pattern]!;
    for (let k = 0; k < owners.length; k += 1) {
      const owner = owners[k]!;
      if (blockedUpTo[owner]! >= end || end <= maxEnd[owner]!) continue;
      maxEnd[owner] = end;
      sentence.mention(owner, anyOfListing[pattern]! + k, start);
    }
    const allOfOwners = allOfItems[pattern]!;
    for (let k = 0; k < allOfOwners.length; k += 1) {
      const owner = allOfOwners[k]!;
      if (blockedUpTo[owner]! < end) sentence.holds(owner, allOfListing[pattern]! + k, start);
    }
  }
  sentence.close(text, text.length);
  const entryCount = ENTRIES.count;
  const view = (column: Int32Array): Int32Array => column.subarray(0, entryCount);
  return {
    mentions: counts.mentions, phrases: counts.phrases, entries: counts.entries, firstEntry: counts.firstEntry,
    lastEntry: counts.lastEntry, entryCount, sentenceStart: view(ENTRIES.sentenceStart),
    sentenceEnd: view(ENTRIES.sentenceEnd), phrasesIn: view(ENTRIES.phrasesIn), mentionsIn: view(ENTRIES.mentionsIn),
    nextEntry: view(ENTRIES.nextEntry),
  };
}

/**
 * A noneOf occurrence blocks its items up to its end. Matches come in order of start, longest first, and a
 * match's noneOf role is applied before its other roles: so when a match is handed to an item, `blockedUpTo` is
 * the furthest end of the item's noneOf occurrences starting at or before it, and it lies inside one of them
 * exactly when that end is at or after its own.
 */
function blockOwners(owners: readonly number[], end: number, blockedUpTo: number[]): void {
  for (let k = 0; k < owners.length; k += 1) {
    const owner = owners[k]!;
    if (end > blockedUpTo[owner]!) blockedUpTo[owner] = end;
  }
}

/** The mentions (and allOf phrases) of the sentence being read, counted into the tally when it ends. */
class PendingSentence {
  /** where the sentence's stretch of text begins: after the previous sentence end */
  rawStart = 0;
  /** the number of the sentence, counting every stretch closed so far */
  private number = 0;
  /** per pending mention (the first `mentions` entries): the item, its (phrase, item) listing and where it starts */
  private mentions = 0;
  private readonly owner: number[] = [];
  private readonly listing: number[] = [];
  private readonly start: number[] = [];
  /** the same for the allOf phrases the sentence holds (the arrays are reused: resetting a length is slow) */
  private allOfMentions = 0;
  private readonly allOfOwner: number[] = [];
  private readonly allOfListing: number[] = [];
  private readonly allOfStart: number[] = [];
  /** per anyOf listing: the start of the last sentence it was counted in (-1: never) */
  private readonly countedIn: number[];
  /** per allOf listing: the number of the last sentence it was held in; per item: the allOf phrases held */
  private readonly heldIn: number[];
  private readonly held: number[];

  constructor(
    private readonly compiled: CompiledChecklist,
    private readonly tally: ItemCounts,
    private readonly entries: EntryColumns,
  ) {
    this.countedIn = new Array<number>(compiled.anyOfListings).fill(-1);
    this.heldIn = new Array<number>(compiled.allOfListings).fill(-1);
    this.held = new Array<number>(compiled.hasAllOf ? compiled.items.length : 0).fill(0);
  }

  mention(owner: number, listing: number, start: number): void {
    const k = this.mentions++;
    this.owner[k] = owner;
    this.listing[k] = listing;
    this.start[k] = start;
  }

  holds(owner: number, listing: number, start: number): void {
    const k = this.allOfMentions++;
    this.allOfOwner[k] = owner;
    this.allOfListing[k] = listing;
    this.allOfStart[k] = start;
  }

  /** Ends the sentence at `rawEnd`: counts the pending mentions that lie in it once trimmed. */
  close(text: string, rawEnd: number): void {
    if (this.mentions > 0) {
      const start = trimStart(text, this.rawStart, rawEnd);
      const end = trimEnd(text, start, rawEnd);
      if (this.compiled.hasAllOf) this.countAllOf(start, end);
      const { allOfPhrases } = this.compiled;
      for (let k = 0; k < this.mentions; k += 1) {
        const owner = this.owner[k]!;
        const at = this.start[k]!;
        if (at < start || at >= end) continue;
        if (allOfPhrases[owner]! > 0 && this.held[owner] !== allOfPhrases[owner]) continue;
        this.count(owner, this.listing[k]!, start, end);
      }
    }
    this.mentions = this.allOfMentions = 0;
    this.number += 1;
  }

  /** Per item, how many of its distinct allOf phrases occur in the sentence start..end. */
  private countAllOf(start: number, end: number): void {
    this.held.fill(0);
    for (let k = 0; k < this.allOfMentions; k += 1) {
      const at = this.allOfStart[k]!;
      const listing = this.allOfListing[k]!;
      if (at < start || at >= end || this.heldIn[listing] === this.number) continue;
      this.heldIn[listing] = this.number;
      const owner = this.allOfOwner[k]!;
      this.held[owner] = this.held[owner]! + 1;
    }
  }

  private count(item: number, listing: number, start: number, end: number): void {
    const { tally, entries } = this;
    let entry = tally.lastEntry[item]!;
    if (entry < 0 || entries.sentenceStart[entry] !== start) {
      const added = entries.add(start, end);
      if (entry < 0) tally.firstEntry[item] = added;
      else entries.nextEntry[entry] = added;
      tally.lastEntry[item] = entry = added;
      tally.entries[item] = tally.entries[item]! + 1;
    }
    entries.mentionsIn[entry] = entries.mentionsIn[entry]! + 1;
    tally.mentions[item] = tally.mentions[item]! + 1;
    const seenIn = this.countedIn[listing]!;
    if (seenIn === start) return;
    entries.phrasesIn[entry] = entries.phrasesIn[entry]! + 1;
    if (seenIn < 0) tally.phrases[item] = tally.phrases[item]! + 1;
    this.countedIn[listing] = start;
  }
}
