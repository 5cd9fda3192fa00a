import type { Candidate, Refiner } from "../_types.js";
import { PAST_MARKERS, PAST_SECTION_KINDS, PAST_SENTENCE_MARKERS } from "../exclusions.js";
import { enclosing, lowerBound, type TextIndex } from "../_text-index.js";
import { inSpans, spansOfKinds } from "../_context.js";
import { Words } from "../_words.js";
import { charSet } from "../../../char-table.js";

const PAST = new Words(PAST_MARKERS);
const PAST_SENTENCE = new Words(PAST_SENTENCE_MARKERS);
/** What ends the state a PAST_SENTENCE marker describes: clause and sentence punctuation. */
const STATE_END = charSet("，,；;。！？!?\n");
const NUMBER = charSet("0123456789０１２３４５６７８９一二两三四五六七八九十百千万");
const SENTENCE_WINDOW = 80;

const CLAUSE_WINDOW = 40;

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
    for (at += marker.length; at < to && !STATE_END(text.charCodeAt(at)); at += 1) if (NUMBER(text.charCodeAt(at))) return true;
    scanFrom = at;
  }
  return false;
}

/**
 * Drops quantities that only describe the past: in a situation section (基本情况, 工作回顾), or after a past
 * marker in the same clause (去年, 上学期, 已, 现有, 在…的基础上 — exclusions.ts PAST_MARKERS), or after a
 * state description earlier in the sentence (我校现有…，学生1056人 — PAST_SENTENCE_MARKERS).
 */
export const dropPast: Refiner = (candidates, { text, sections, bounds }) => {
  if (candidates.length === 0) return candidates;
  const pastSections = spansOfKinds(sections, PAST_SECTION_KINDS);
  const kept: Candidate[] = [];
  for (const c of candidates) if (!inSpans(pastSections, c.start) && !isPast(c, text, bounds)) kept.push(c);
  return kept;
};

/** After a past marker in the clause, or a state description earlier in the sentence. */
function isPast(c: Candidate, text: string, bounds: TextIndex): boolean {
  const clause = enclosing(bounds.clause, bounds.length, c.start, c.end);
  if (PAST.occursIn(text, Math.max(clause.start, c.start - CLAUSE_WINDOW), Math.min(clause.end, c.end + 30))) return true;
  const sentence = enclosing(bounds.sentence, bounds.length, c.start, c.end);
  return countsAState(text, bounds.stateMarkers, Math.max(sentence.start, c.start - SENTENCE_WINDOW), c.start);
}
