import type { NumberMention } from "../../types.js";
import { DECIMAL_DIGIT_CLASS, NUMERAL_CLASS } from "./chars.js";
import { NON_NUMERIC_WORDS } from "./non-numeric-words.js";
import { parseChineseNumber } from "./parse-chinese-number.js";

/**
 * One numeral run: a maximal stretch of numeral characters (a global greedy regex never starts inside
 * the previous match, so runs are maximal without a lookbehind), an optional decimal part and 万/亿.
 * 几 joins the run so 十几 and 几十 arrive whole.
 */
const RUN = new RegExp(`[${NUMERAL_CLASS}几]+(?:[.点點][${DECIMAL_DIGIT_CLASS}]+[万亿萬億]?)?`, "g");
const RANGE_SEPARATORS = "到至~～-—－–";
const PERCENT_SIGNS = "%％";

/** Two adjacent digits that mean "N to M": 两三个, 三五天. */
const PAIRS: Readonly<Record<string, readonly [number, number]>> = {
  一两: [1, 2], 两三: [2, 3], 二三: [2, 3], 三四: [3, 4], 三五: [3, 5], 四五: [4, 5], 五六: [5, 6], 六七: [6, 7], 七八: [7, 8], 八九: [8, 9],
};

interface Run { readonly start: number; readonly end: number; readonly text: string }

/** Start/end of every non-number word occurrence, so "一些", "进一步" are skipped. */
function nonNumericMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  for (const word of NON_NUMERIC_WORDS) {
    let at = text.indexOf(word);
    while (at >= 0) {
      mask.fill(1, at, at + word.length);
      at = text.indexOf(word, at + 1);
    }
  }
  return mask;
}

function runAt(runs: readonly Run[], index: number, position: number): Run | null {
  const next = runs[index + 1];
  return next !== undefined && next.start === position ? next : null;
}

/** Reads the mention that starts with runs[i]; returns it and how many runs it used. */
function readMention(text: string, runs: readonly Run[], i: number): { mention: NumberMention | null; used: number } {
  const run = runs[i] as Run;
  const after = text.charAt(run.end);
  const mention = (start: number, end: number, value: number, max: number | null, kind: NumberMention["kind"], approximate?: boolean): NumberMention => ({
    text: text.slice(start, end), start, end, value, max, kind, ...(approximate === true ? { approximate } : {}),
  });
  // fractions and 百分之: N分之M → M/N as a percentage (百分之九十五 = 95, 十分之一 = 10)
  if (text.startsWith("分之", run.end)) {
    const top = runAt(runs, i, run.end + 2);
    const den = parseChineseNumber(run.text);
    const num = top === null ? null : parseChineseNumber(top.text);
    if (top !== null && den !== null && num !== null && den !== 0) {
      const value = Number(((num / den) * 100).toPrecision(12));
      // 百分之八十到九十 / 百分之八十到百分之九十
      const sep = text.charAt(top.end);
      if (RANGE_SEPARATORS.includes(sep) && sep !== "") {
        const skip = text.startsWith("百分之", top.end + 1) ? 3 : 0;
        const upper = runs.find((r, k) => k > i + 1 && k <= i + 4 && r.start === top.end + 1 + skip);
        const hi = upper === undefined ? null : parseChineseNumber(upper.text);
        if (upper !== undefined && hi !== null && skip === 3) return { mention: mention(run.start, upper.end, value, hi, "range"), used: runs.indexOf(upper) - i + 1 };
        if (upper !== undefined && hi !== null) return { mention: mention(run.start, upper.end, value, Number(((hi / den) * 100).toPrecision(12)), "range"), used: 3 };
      }
      return { mention: mention(run.start, top.end, value, null, "percent"), used: 2 };
    }
  }
  if (text.charAt(run.start - 1) === "第") {
    const value = parseChineseNumber(run.text);
    return { mention: value === null ? null : mention(run.start - 1, run.end, value, null, "ordinal"), used: 1 };
  }
  const pair = PAIRS[run.text];
  if (pair !== undefined) return { mention: mention(run.start, run.end, pair[0], pair[1], "range", true), used: 1 };
  if (run.text.includes("几")) {
    if (run.text.startsWith("几")) {
      const unit = parseChineseNumber(run.text.slice(1));
      return { mention: unit === null ? null : mention(run.start, run.end, unit, unit * 9, "range", true), used: 1 };
    }
    const value = parseChineseNumber(run.text.slice(0, run.text.indexOf("几")));
    return { mention: value === null ? null : mention(run.start, run.end, value, null, "number", true), used: 1 };
  }
  const value = parseChineseNumber(run.text);
  if (value === null) return { mention: null, used: 1 };
  // ranges: 一到两, 1-2, 三至五, 90%-95%
  const signed = PERCENT_SIGNS.includes(after) && after !== "" ? 1 : 0;
  const sep = text.charAt(run.end + signed);
  if (sep !== "" && RANGE_SEPARATORS.includes(sep)) {
    const upper = runAt(runs, i, run.end + signed + 1);
    const hi = upper === null ? null : parseChineseNumber(upper.text);
    if (upper !== null && hi !== null && hi >= value) {
      const closing = PERCENT_SIGNS.includes(text.charAt(upper.end)) && text.charAt(upper.end) !== "" ? 1 : 0;
      return { mention: mention(run.start, upper.end + closing, value, hi, "range"), used: 2 };
    }
  }
  if (signed === 1) return { mention: mention(run.start, run.end + 1, value, null, "percent"), used: 1 };
  if (text.startsWith("个百分点", run.end)) return { mention: mention(run.start, run.end + 4, value, null, "percent"), used: 1 };
  if (after === "多" || after === "余") {
    const big = "十百千万亿".includes(text.charAt(run.end + 1)) && text.charAt(run.end + 1) !== "" ? text.charAt(run.end + 1) : "";
    const scale = big === "" ? 1 : (parseChineseNumber(big) ?? 1);
    return { mention: mention(run.start, run.end + 1 + big.length, value * scale, null, "number", true), used: 1 };
  }
  return { mention: mention(run.start, run.end, value, null, "number"), used: 1 };
}

/**
 * Every number mentioned in `text`, converted per span (offsets into `text`, never rewritten):
 * plain numbers, percents (百分之九十五, 95%, 十分之一 → 10), ordinals (第三批), ranges (一到两次, 1-2篇,
 * 两三个) and approximations (十几, 二十多). Sorted by start, then end. Linear in the length of `text`.
 */
export function extractNumbers(text: string): NumberMention[] {
  const runs: Run[] = [];
  for (const m of text.matchAll(RUN)) runs.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const mask = nonNumericMask(text);
  const out: NumberMention[] = [];
  for (let i = 0; i < runs.length; ) {
    const { mention, used } = readMention(text, runs, i);
    i += Math.max(1, used);
    if (mention === null) continue;
    while (i < runs.length && (runs[i]?.start ?? 0) < mention.end) i += 1;
    if (mention.kind === "number" && mask[mention.start] === 1 && mask[mention.end - 1] === 1) continue;
    out.push(mention);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
