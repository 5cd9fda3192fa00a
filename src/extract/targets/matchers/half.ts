import type { Candidate, Matcher } from "../_types.js";
import { baseCandidate } from "../_patterns.js";
import { UNIT_NAMES } from "../units.js";
import { parseChineseNumber } from "../../numerals/index.js";
import { charSet } from "../../../char-table.js";

/**
 * "半小时", "半个小时", "半天", "半个月" → 0.5 of the unit; "一个半小时", "两个半月" → 1.5, 2.5 (the whole part,
 * NUM个 right before 半, is read back from the text; not for 天: 两个半天 may be two half-days).
 * A match starts at 半, one of TextIndex.intervalMarks.
 * Only time units: 一半 / 半数 are shares, not quantities. Not after 上/下/前/后 (上半天 is a part of the day),
 * 大/多 (大半天 is vague) or 每 (每半月 is a period, attach-period reads it).
 */
const PATTERN = /(?<![上下前后大多每])半(?<unit>个小时|个课时|个学时|个月|小时|课时|学时|天|月)/gu;

const WHOLE_DIGIT = charSet("一二两三四五六七八九十0123456789");
const WHOLE_LENGTH = 3;
const PIECE = "个".charCodeAt(0);

/** The whole part N个 ending at `at` (the 半): its start and value, or null. */
function wholeBefore(text: string, at: number): { start: number; value: number } | null {
  if (text.charCodeAt(at - 1) !== PIECE) return null;
  let start = at - 1;
  while (at - 1 - start < WHOLE_LENGTH && start > 0 && WHOLE_DIGIT(text.charCodeAt(start - 1))) start -= 1;
  if (start === at - 1 || WHOLE_DIGIT(text.charCodeAt(start - 1))) return null;
  const value = parseChineseNumber(text.slice(start, at - 1));
  return value === null ? null : { start, value };
}

export const half: Matcher = {
  name: "half",
  pattern: PATTERN,
  lead: "半",
  starts: (_text, index) => index.intervalMarks,
  extract(match, text): readonly Candidate[] {
    const written = match.groups?.unit;
    if (written === undefined) return [];
    const whole = wholeBefore(text, match.index);
    // 半月 alone is too often 上半月-like or a period; read 月 only as 半个月 or N个半月
    if (written === "月" && whole === null) return [];
    // 两个半天 is as often two half-day sessions as two and a half days: leave it
    if (written === "天" && whole !== null) return [];
    const unit = UNIT_NAMES[written] ?? written;
    const start = whole?.start ?? match.index;
    return [baseCandidate(start, match.index + match[0].length, (whole?.value ?? 0) + 0.5, unit, "targets/half")];
  },
};
