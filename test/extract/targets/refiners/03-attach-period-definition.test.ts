import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Candidate } from "../../../../src/extract/targets/index.js";
import { attachPeriod } from "../../../../src/extract/targets/refiners/03-attach-period.js";
import { alternation, PERIOD_ALTERNATION } from "../../../../src/extract/targets/_patterns.js";
import { enclosing, indexText } from "../../../../src/extract/targets/_text-index.js";
import { normalisePeriod } from "../../../../src/extract/targets/periods.js";
import { ADJACENT_ONE_PERIODS, ONE_PERIODS, UNITS } from "../../../../src/extract/targets/units.js";
import { SUBJECT_HEADS, SUBJECT_NOUNS, SUBJECT_WORDS } from "../../../../src/extract/targets/subjects.js";
import { NUMERAL_CLASS, parseChineseNumber } from "../../../../src/extract/numerals/index.js";
import type { TextIndex } from "../../../../src/extract/targets/_text-index.js";

/** The definition attachPeriod implements by looking words up in place: these regexes over slices of the text. */
const EVERY_LEAD = "每(?:隔)?(?:(?<half>半)|(?<count>[一二两三四五六七八九十0-9]{1,3}))?(?:个)?";
const EVERY = new RegExp(`${EVERY_LEAD}(?<period>${PERIOD_ALTERNATION})(?!(?<=年)级)`, "gu");
const ADJACENT = new RegExp(`(?:${EVERY_LEAD}|一(?:个)?(?=(?:${alternation(ADJACENT_ONE_PERIODS)})$))(?<period>${PERIOD_ALTERNATION})$`, "u");
const SLASH = new RegExp(`^[/／](?<period>${PERIOD_ALTERNATION})`, "u");
const ONE = new RegExp(`(?<!第)一(?:个)?(?<period>${alternation(ONE_PERIODS)})`, "gu");

/** 半 → 0.5, a numeral → its value (每两周 → 2), none → 1. */
const countOf = (groups: Record<string, string | undefined>): number =>
  groups.half !== undefined ? 0.5 : groups.count !== undefined ? (parseChineseNumber(groups.count) ?? 1) : 1;

interface Found { period: string; count: number; index: number; end: number }

function lastPeriod(pattern: RegExp, lead: string): Found | null {
  let found: Found | null = null;
  for (const m of lead.matchAll(pattern)) {
    if (m.groups?.period !== undefined) found = { period: m.groups.period, count: countOf(m.groups), index: m.index, end: m.index + m[0].length };
  }
  return found;
}

/** A clause's own frame: a time, 每, a total, or a subject phrase. */
const OWN_FRAME = new RegExp(`[年月日期周天每共总累合]|(?:${alternation(SUBJECT_HEADS)})(?:${alternation(SUBJECT_NOUNS)})|${alternation(SUBJECT_WORDS)}`, "u");
const SPAN_UNITS = ["学年", "学期", "年度", "季度", "年", "个月", "月", "个星期", "星期", "周", "天", "日"];
/** The first whole number with a unit (not after 第), and the unit's first character. */
const COUNTED = new RegExp(`(?<![${NUMERAL_CLASS}第])[${NUMERAL_CLASS}]+(?![${NUMERAL_CLASS}])(?=(?<unit>${alternation(UNITS)}))`, "u");
const NUMERAL = new RegExp(`[${NUMERAL_CLASS}]`, "u");

/** A 每X opening the quantities of the comma clause(s) before carries into a clause with no frame of its own. */
function carried(c: Candidate, text: string, index: TextIndex, clauseStart: number): Found | null {
  if (c.unit === "%" || SPAN_UNITS.includes(c.unit) || c.coreStart - clauseStart > 40 || OWN_FRAME.test(text.slice(clauseStart, c.coreStart))) return null;
  let start = clauseStart;
  for (let hop = 0; hop < 3; hop += 1) {
    if (!/[，,]/u.test(text.charAt(start - 1))) return null;
    const previous = enclosing(index.clause, index.length, start - 1, start - 1);
    if (start - 1 - previous.start > 40) return null;
    const lead = text.slice(previous.start, start - 1);
    const found = lastPeriod(EVERY, lead) ?? lastPeriod(ONE, lead);
    if (found !== null) {
      if (NUMERAL.test(lead.slice(0, found.index))) return null;
      const counted = COUNTED.exec(lead.slice(found.end));
      if (counted === null) return null;
      const events = /^[次场轮]/u;
      return !events.test(counted.groups?.unit ?? "") || events.test(c.unit) ? found : null;
    }
    if (OWN_FRAME.test(lead)) return null;
    start = previous.start;
  }
  return null;
}

function bySlices(c: Candidate, text: string): Candidate {
  const adjacent = ADJACENT.exec(text.slice(Math.max(0, c.start - 5), c.start));
  if (adjacent?.groups?.period !== undefined) {
    return { ...c, start: c.start - adjacent[0].length, per: normalisePeriod(adjacent.groups.period), perCount: countOf(adjacent.groups) };
  }
  const slash = SLASH.exec(text.slice(c.end, c.end + 4));
  if (slash?.groups?.period !== undefined) return { ...c, end: c.end + slash[0].length, per: normalisePeriod(slash.groups.period), perCount: 1 };
  const index = indexText(text);
  const clause = enclosing(index.clause, index.length, c.start, c.end);
  const lead = text.slice(Math.max(clause.start, c.start - 40), c.start);
  let found = lastPeriod(EVERY, lead) ?? lastPeriod(ONE, lead);
  // 其中 opening the clause after ，/； takes the period of the clause before
  if (found === null && text.startsWith("其中", clause.start) && /[，,；;]/u.test(text.charAt(clause.start - 1))) {
    const previous = enclosing(index.clause, index.length, clause.start - 1, clause.start - 1);
    const previousLead = text.slice(Math.max(previous.start, clause.start - 1 - 40), clause.start - 1);
    found = lastPeriod(EVERY, previousLead) ?? lastPeriod(ONE, previousLead);
  }
  found ??= carried(c, text, index, clause.start);
  return found === null ? c : { ...c, per: normalisePeriod(found.period), perCount: found.count };
}

const PIECES = [..."每半一个二两十3周月年天日课第级，；。/／", "其中", "学期", "学年", "星期", "年度", "堂课", "节课", "课时", "单元", "每隔", "，", ",", "本", "全年", "篇", "教师", "听课"];

describe("attachPeriod", () => {
  it("random leads and tails of 每/一/半/个, periods and slashes: same per, perCount and quote as the regexes over slices", () => {
    const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 });
    fc.assert(fc.property(pieces, pieces, (before, after) => {
      const lead = before.join("");
      const text = `${lead}3次${after.join("")}`;
      const c: Candidate = {
        start: lead.length, end: lead.length + 2, coreStart: lead.length, coreEnd: lead.length + 2, value: 3, max: null, unit: "次",
        comparator: "=", per: null, perCount: null, approximate: false, matcher: "targets/plain-count",
      };
      const context = { text, sections: [], dates: [], bounds: indexText(text) };
      expect(attachPeriod([c], context)).toEqual([bySlices(c, text)]);
    }), { numRuns: 5000 });
  });

  it("clauses opening with a 每X and comma clauses after it (the carried period): same as the regexes over slices", () => {
    const clause = fc.array(fc.constantFrom("每", "学期", "周", "年", "一", "二", "3", "本", "次", "篇", "场", "全年", "教师", "听课", "写", "第", "个", "认真撰写教学反思并及时上交教务处"), { maxLength: 6 });
    const ends = fc.constantFrom("，", ",", "；", "。");
    const clauses = fc.array(fc.tuple(clause, ends), { maxLength: 4 });
    fc.assert(fc.property(clauses, clause, fc.constantFrom("次", "篇", "%", "周"), (before, last, unit) => {
      const lead = before.map(([pieces, end]) => pieces.join("") + end).join("") + last.join("");
      const text = `${lead}3${unit}`;
      const c: Candidate = {
        start: lead.length, end: text.length, coreStart: lead.length, coreEnd: text.length, value: 3, max: null, unit,
        comparator: "=", per: null, perCount: null, approximate: false, matcher: "targets/plain-count",
      };
      const context = { text, sections: [], dates: [], bounds: indexText(text) };
      expect(attachPeriod([c], context)).toEqual([bySlices(c, text)]);
    }), { numRuns: 5000 });
  });
});
