import type { Section } from "../../../types.js";
import type { Candidate, Refiner } from "../_types.js";
import { PAST_MARKERS, PAST_SECTION_KINDS, PAST_SENTENCE_MARKERS } from "../exclusions.js";
import { enclosing } from "../_text-index.js";
import { alternation } from "../_patterns.js";
import { sectionsAt } from "../_context.js";
import { Words } from "../_words.js";

const PAST = new Words(PAST_MARKERS);
const PAST_SENTENCE = new RegExp(`(?:${alternation(PAST_SENTENCE_MARKERS)})(?<rest>[^，,；;。！？!?\n]*)`, "gu");
/** Every first character of PAST_SENTENCE_MARKERS: a lead without one cannot hold a state description. */
const PAST_SENTENCE_FIRST = new RegExp(`[${PAST_SENTENCE_MARKERS.map((w) => w.charAt(0)).join("")}]`, "u");
const HAS_NUMBER = /[0-9０-９一二两三四五六七八九十百千万]/u;
const SENTENCE_WINDOW = 80;

const CLAUSE_WINDOW = 40;

function inPastSection(sections: readonly Section[], at: number): boolean {
  for (const s of sectionsAt(sections, at)) if (PAST_SECTION_KINDS.includes(s.kind)) return true;
  return false;
}

/**
 * Drops quantities that only describe the past: in a situation section (基本情况, 工作回顾), or after a past
 * marker in the same clause (去年, 上学期, 已, 现有, 在…的基础上 — exclusions.ts PAST_MARKERS), or after a
 * state description earlier in the sentence (我校现有…，学生1056人 — PAST_SENTENCE_MARKERS).
 */
export const dropPast: Refiner = (candidates, { text, sections, bounds }) => {
  if (candidates.length === 0) return candidates;
  return candidates.filter((c: Candidate) => {
    if (inPastSection(sections, c.start)) return false;
    const clause = enclosing(bounds.clause, bounds.length, c.start, c.end);
    if (PAST.occursIn(text, Math.max(clause.start, c.start - CLAUSE_WINDOW), Math.min(clause.end, c.end + 30))) return false;
    const sentence = enclosing(bounds.sentence, bounds.length, c.start, c.end);
    // only a state description that itself counts something: 现有教学班24个 (not 对现有课题进行管理)
    const lead = text.slice(Math.max(sentence.start, c.start - SENTENCE_WINDOW), c.start);
    if (!PAST_SENTENCE_FIRST.test(lead)) return true;
    for (const m of lead.matchAll(PAST_SENTENCE)) if (HAS_NUMBER.test(m.groups?.rest ?? "")) return false;
    return true;
  });
};
