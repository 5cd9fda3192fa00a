import type { Candidate, Refiner } from "../_types.js";
import {
  CHANGE_VERBS, COMPARISON_BASELINES, CUMULATIVE_COMMITTED_BEFORE, CUMULATIVE_MARKERS, COMPARISON_WORDS, DONE_MARKERS, PAST_MARKERS,
  PAST_SECTION_KINDS, PAST_SENTENCE_MARKERS, STATE_OPENINGS, HAS_ADVERBS, PAST_FRAMES, PAST_FRAME_ENDS, PAST_FRAME_REOPENERS,
  PERFECTIVE_TOTALS, NOT_TOTALS_AFTER_GONG, NOT_PERFECTIVE_BEFORE_LE,
} from "../exclusions.js";
import { enclosing, lowerBound, type TextIndex } from "../_text-index.js";
import { inSpans, spansOfKinds } from "../_context.js";
import { Words } from "../_words.js";
import { charSet, isWhiteSpace } from "../../../char-table.js";

const PAST = new Words(PAST_MARKERS);
const PAST_SENTENCE = new Words(PAST_SENTENCE_MARKERS);
const CHANGE = new Words(CHANGE_VERBS);
const BASELINE = new Words(COMPARISON_BASELINES);
const DONE = new Words(DONE_MARKERS);
const COMPARISON = new Words(COMPARISON_WORDS);
/** The past markers and 累计 in one list, so one scan over the clause finds both. */
const PAST_OR_TOTAL = new Words([...PAST_MARKERS, ...CUMULATIVE_MARKERS]);
const CUMULATIVE = new Set(CUMULATIVE_MARKERS);
const CUMULATIVE_COMMITTED = new Words(CUMULATIVE_COMMITTED_BEFORE);
const COMMITTED_WINDOW = Math.max(...CUMULATIVE_COMMITTED_BEFORE.map((word) => word.length));

/**
 * A past marker in text[from, to), or a 累计 that reports a total (see CUMULATIVE_MARKERS): the quantity is a plain
 * figure (no bound, no period) and no word of intent stands right before 累计.
 */
function pastMarkerIn(c: Candidate, text: string, from: number, to: number): boolean {
  const plainFigure = c.comparator === "=" && c.per === null;
  for (let at = Math.max(0, from); at < to; at += 1) {
    const word = PAST_OR_TOTAL.startingAt(text, at, to - at);
    if (word === undefined || isSchoolHours(text, at + word.length)) continue;
    if (!CUMULATIVE.has(word)) return true;
    if (plainFigure && CUMULATIVE_COMMITTED.endingAt(text, at, COMMITTED_WINDOW) === undefined) return true;
  }
  return false;
}

const QI = "期".charCodeAt(0);
const JIAN = "间".charCodeAt(0);
/** 上学期间 is 上学 + 期间 ("while at school"), not 上学期 ("last term"): 间 right after a past word ending in 期. */
function isSchoolHours(text: string, end: number): boolean {
  return text.charCodeAt(end) === JIAN && text.charCodeAt(end - 1) === QI;
}

/** A baseline in text[from, to): 基础上, or 比/较 right before a past marker (比去年). */
function namesBaseline(text: string, from: number, to: number): boolean {
  for (let at = Math.max(0, from); at < to; at += 1) {
    if (BASELINE.startingAt(text, at, to - at) !== undefined) return true;
    const word = COMPARISON.startingAt(text, at, to - at);
    if (word !== undefined && PAST.startingAt(text, at + word.length, to - at - word.length) !== undefined) return true;
  }
  return false;
}
/** What ends the state a PAST_SENTENCE marker describes: clause and sentence punctuation. */
const STATE_END = charSet("，,；;。！？!?\n");
const NUMBER = charSet("0123456789０１２３４５６７８９一二两三四五六七八九十百千万");
const SENTENCE_WINDOW = 80;

const CLAUSE_WINDOW = 40;
const STATE_OPENING = new Words(STATE_OPENINGS);

const NOT_HOLDING = new Words(HAS_ADVERBS);
/** How many characters name the thing held between 有 and its count (有教职工120人), or open a listed holding (学生1500人). */
const STATE_NOUN = 8;

/**
 * 学校有教职工120人，学生1500人。: the sentence opens with a STATE_OPENINGS word whose count follows within STATE_NOUN
 * characters (not 学校有信心确保合格率达到100%), and the candidate is in that clause or in a later short clause that
 * only names a holding and its count (学生1500人, 其中高级教师20名; not 本学期每人上公开课1节).
 */
function opensWithState(text: string, sentenceStart: number, clauseStart: number, c: Candidate): boolean {
  let at = sentenceStart;
  while (at < c.coreStart && isWhiteSpace(text.charCodeAt(at))) at += 1;
  const opening = STATE_OPENING.startingAt(text, at, c.coreStart - at);
  if (opening === undefined) return false;
  const held = at + opening.length;
  if (NOT_HOLDING.startingAt(text, held - 1, c.coreStart - held + 1) !== undefined) return false;
  let count = held;
  while (count <= c.coreStart && !STATE_END(text.charCodeAt(count)) && !NUMBER(text.charCodeAt(count))) count += 1;
  if (count - held > STATE_NOUN || !NUMBER(text.charCodeAt(count))) return false;
  return clauseStart <= held || c.coreStart - clauseStart <= STATE_NOUN;
}

/**
 * Whether [from, to) holds a state description that itself counts something: a PAST_SENTENCE marker with a
 * number after it before the next punctuation (现有教学班24个, not 对现有课题进行管理). Markers are read
 * left to right, longest first, each reading past the markers up to that punctuation (the regex
 * `(?:MARKERS)[^，,；;。！？!?\n]*` scanning globally); they start at TextIndex.stateMarkers.
 */
function countsAState(text: string, markers: ArrayLike<number>, from: number, to: number): boolean {
  let scanFrom = from;
  for (let i = lowerBound(markers, from); i < markers.length && (markers[i] as number) < to; i += 1) {
    let at = markers[i] as number;
    if (at < scanFrom) continue;
    const marker = PAST_SENTENCE.startingAt(text, at, to - at);
    if (marker === undefined) continue;
    for (at += marker.length; at < to && !STATE_END(text.charCodeAt(at)); at += 1) {
      // 学校现有教师85人，今年计划招聘10人: a word of the plan after the state turns to what is to be done
      if (NUMBER(text.charCodeAt(at))) return !REOPENER.occursIn(text, at, to);
    }
    scanFrom = at;
  }
  return false;
}

/**
 * Drops quantities that only describe the past: in a situation section (基本情况, 工作回顾), or after a past
 * marker in the same clause (去年, 上学期, 已, 现有, 在…的基础上 — exclusions.ts PAST_MARKERS; 累计 with a plain
 * figure — CUMULATIVE_MARKERS), or after a
 * state description earlier in the sentence (我校现有…，学生1056人 — PAST_SENTENCE_MARKERS; 学校有教职工120人 at the
 * sentence start — STATE_OPENINGS).
 */
export const dropPast: Refiner = (candidates, { text, sections, bounds }) => {
  if (candidates.length === 0) return candidates;
  const pastSections = spansOfKinds(sections, PAST_SECTION_KINDS);
  const kept: Candidate[] = [];
  for (const c of candidates) if (!inSpans(pastSections, c.start) && !isPast(c, text, bounds)) kept.push(c);
  return kept;
};

/**
 * Whether the quantity is a change against a baseline named before it in the clause (比去年提高2个百分点,
 * 在去年的基础上提高5%): a CHANGE_VERBS verb ends at the quote or the number, is not marked done (DONE_MARKERS: 已提高),
 * and a baseline (namesBaseline) stands between the clause start and the verb. Returns the verb's start, or -1.
 */
function isChangeFromBaseline(c: Candidate, text: string, leadStart: number): number {
  let verbEnd = c.start;
  let verb = CHANGE.endingAt(text, verbEnd);
  if (verb === undefined) verb = CHANGE.endingAt(text, (verbEnd = c.coreStart));
  if (verb === undefined) return -1;
  const verbStart = verbEnd - verb.length;
  if (DONE.endingAt(text, verbStart) !== undefined) return -1;
  return namesBaseline(text, leadStart, verbStart) ? verbStart : -1;
}

/** After a past marker in the clause (not one that only names a baseline), or a state description earlier in the sentence. */
function isPast(c: Candidate, text: string, bounds: TextIndex): boolean {
  const clause = enclosing(bounds.clause, bounds.length, c.start, c.end);
  const leadStart = Math.max(clause.start, c.start - CLAUSE_WINDOW);
  const tailEnd = Math.min(clause.end, c.end + 30);
  // a change against a baseline: past markers before the verb name the baseline; only the rest of the clause is read
  const verbStart = isChangeFromBaseline(c, text, leadStart);
  const pastFrom = verbStart < 0 ? leadStart : c.start;
  if (pastMarkerIn(c, text, pastFrom, tailEnd)) return true;
  const sentence = enclosing(bounds.sentence, bounds.length, c.start, c.end);
  if (c.start - sentence.start <= SENTENCE_WINDOW && opensWithState(text, sentence.start, clause.start, c)) return true;
  if (countsAState(text, bounds.stateMarkers, Math.max(sentence.start, c.start - SENTENCE_WINDOW), c.start)) return true;
  return reportsDoneTotal(text, leadStart, c.coreStart) || inPastFrame(text, bounds, sentence.start, c.coreStart);
}

const FRAME = new Words(PAST_FRAMES);
const FRAME_END = new Words(PAST_FRAME_ENDS);
const REOPENER = new Words(PAST_FRAME_REOPENERS);
/** How far after the sentence start a past frame still reaches (a sentence runs on over many commas in web text). */
const FRAME_WINDOW = 120;
/** A first clause ending in 以来 is a frame only when short (2023年以来，/ 自新课改实施以来，), not a long clause. */
const FRAME_CLAUSE = 12;
/** List numbering before a sentence: 1、 2. （3） ⑴ ①. */
const NUMBERING = charSet("0123456789０１２３４５６７８９一二三四五六七八九十（）()、.．");
const NUMBERING_END = charSet("、.．）)");
const CIRCLED = (code: number): boolean => (code >= 0x2460 && code <= 0x249b);

/** Where the words of the sentence start: after white space and list numbering (1、 （一） ⑴), not into 一年来. */
function sentenceWordsStart(text: string, sentenceStart: number, limit: number): number {
  let at = sentenceStart;
  while (at < limit && isWhiteSpace(text.charCodeAt(at))) at += 1;
  if (CIRCLED(text.charCodeAt(at))) return at + 1;
  let end = at;
  while (end < limit && end - at < 5 && NUMBERING(text.charCodeAt(end))) end += 1;
  return end > at && NUMBERING_END(text.charCodeAt(end - 1)) ? end : at;
}

/**
 * "过去的一年里，我校共开展教研活动12次" / "开学以来，…共组织听课8次": the sentence opens with a past time frame
 * (PAST_FRAMES, or a short first clause ending in 以来), so its quantities report what happened — unless a word of
 * the plan (PAST_FRAME_REOPENERS: 本学期, 今年, 力争, 将, 要 …) stands between the frame and the quantity.
 */
function inPastFrame(text: string, bounds: TextIndex, sentenceStart: number, coreStart: number): boolean {
  if (coreStart - sentenceStart > FRAME_WINDOW) return false;
  const at = sentenceWordsStart(text, sentenceStart, coreStart);
  let frameEnd = -1;
  const frame = FRAME.startingAt(text, at, coreStart - at);
  if (frame !== undefined) frameEnd = isSchoolHours(text, at + frame.length) ? -1 : at + frame.length;
  else {
    const first = enclosing(bounds.clause, bounds.length, at, at);
    const end = first.end - 1; // the clause's closing punctuation
    if (end < coreStart && end - at <= FRAME_CLAUSE && CLAUSE_MARK(text.charCodeAt(end)) && FRAME_END.endingAt(text, end, 2) !== undefined) frameEnd = end;
  }
  if (frameEnd < 0) return false;
  return !REOPENER.occursIn(text, frameEnd, coreStart);
}
const CLAUSE_MARK = charSet("，,");

const TOTAL = new Words(PERFECTIVE_TOTALS);
const NOT_TOTAL_AFTER = new Words(NOT_TOTALS_AFTER_GONG);
const NOT_PERFECTIVE = new Words(NOT_PERFECTIVE_BEFORE_LE);
const LE = "了".charCodeAt(0);
const GONG_PUBLIC = "公".charCodeAt(0);
const JIE = "解".charCodeAt(0);

/** "本学期共开展了公开课20节": a total (PERFECTIVE_TOTALS) and, after it, a perfective 了 before the number in its clause. */
function reportsDoneTotal(text: string, leadStart: number, coreStart: number): boolean {
  let totalEnd = -1;
  for (let at = leadStart; at < coreStart; at += 1) {
    if (totalEnd < 0) {
      const total = TOTAL.startingAt(text, at, coreStart - at);
      if (total === undefined) continue;
      const end = at + total.length;
      // 共同 / 共享 / 公共 are not totals
      if (total === "共" && (text.charCodeAt(at - 1) === GONG_PUBLIC || NOT_TOTAL_AFTER.startingAt(text, end, 1) !== undefined)) continue;
      totalEnd = end;
      at = end - 1;
    } else if (text.charCodeAt(at) === LE && text.charCodeAt(at + 1) !== JIE && NOT_PERFECTIVE.endingAt(text, at, 2) === undefined) {
      return true;
    }
  }
  return false;
}
