import type { NumberMention } from "../../types.js";
import { DECIMAL_DIGIT_CLASS, NUMERAL_CLASS } from "./chars.js";
import { NON_NUMERIC_WORDS } from "./non-numeric-words.js";
import { parseChineseNumber } from "./parse-chinese-number.js";

/**
 * One numeral run: a maximal stretch of numeral characters (a global greedy regex never starts inside
 * the previous match, so runs are maximal without a lookbehind), an optional decimal part and 万/亿.
 * 几 joins the run so 十几 and 几十 arrive whole.
 */
const RUN = new RegExp(`(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])(?:\\.\\d+)?|[${NUMERAL_CLASS}几幾]+(?:[.．点點][${DECIMAL_DIGIT_CLASS}]+[万亿萬億]*)?)`, "g");
/** A minus sign right before a run (not after another number: 1-2 is a range). */
const MINUS = "负負-−";
const RANGE_SEPARATORS = "到至~～-—－–";
const PERCENT_SIGNS = "%％";

/** Two adjacent digits that mean "N to M": 两三个, 三五天. */
const PAIRS: Readonly<Record<string, readonly [number, number]>> = {
  一两: [1, 2], 两三: [2, 3], 二三: [2, 3], 三四: [3, 4], 三五: [3, 5], 四五: [4, 5], 五六: [5, 6], 六七: [6, 7], 七八: [7, 8], 八九: [8, 9],
};

const MAGNITUDE_TAIL = /[十百千万亿拾佰仟萬億]+$/u;

/**
 * 两到三万 → 20000..30000, 一百二十到一百五十万 → 1200000..: the lower bound shares the upper bound's
 * trailing magnitude when it has none of its own that large. 1-2, 三至五 stay as written.
 */
function scaledLower(lowText: string, low: number, highText: string, high: number | null): number {
  const tail = MAGNITUDE_TAIL.exec(highText)?.[0];
  if (tail === undefined || high === null || tail.length === highText.length) return low;
  const scale = parseChineseNumber(tail);
  if (scale === null) return low;
  const lowTail = MAGNITUDE_TAIL.exec(lowText)?.[0];
  const lowScale = lowTail === undefined ? 1 : (parseChineseNumber(lowTail) ?? 1);
  if (lowScale >= scale) return low;
  const scaled = low * scale;
  return scaled <= high ? scaled : low;
}

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
        let k = i + 2;
        while (k < runs.length && k <= i + 4 && (runs[k]?.start ?? 0) < top.end + 1 + skip) k += 1;
        const upper = runs[k] !== undefined && runs[k]?.start === top.end + 1 + skip ? runs[k] : undefined;
        const hi = upper === undefined ? null : parseChineseNumber(upper.text);
        if (upper !== undefined && hi !== null && skip === 3) return { mention: mention(run.start, upper.end, value, hi, "range"), used: k - i + 1 };
        if (upper !== undefined && hi !== null) return { mention: mention(run.start, upper.end, value, Number(((hi / den) * 100).toPrecision(12)), "range"), used: k - i + 1 };
      }
      return { mention: mention(run.start, top.end, value, null, "percent"), used: 2 };
    }
  }
  if (text.charAt(run.start - 1) === "第") {
    const value = parseChineseNumber(run.text);
    return { mention: value === null ? null : mention(run.start - 1, run.end, value, null, "ordinal"), used: 1 };
  }
  const pair = PAIRS[run.text.slice(0, 2)];
  const pairScale = pair === undefined ? null : run.text.length === 2 ? 1 : parseChineseNumber(run.text.slice(2));
  if (pair !== undefined && pairScale !== null && /^[十百千万亿拾佰仟萬億]*$/u.test(run.text.slice(2))) {
    // 两三个, 三五百 → 300..500, 八九亿
    return { mention: mention(run.start, run.end, pair[0] * pairScale, pair[1] * pairScale, "range", true), used: 1 };
  }
  const few = run.text.search(/[几幾]/u);
  if (few >= 0) {
    if (few === 0) {
      const unit = parseChineseNumber(run.text.slice(1));
      return { mention: unit === null ? null : mention(run.start, run.end, unit, unit * 9, "range", true), used: 1 };
    }
    // 十几 → 10, 二十几万 → 200000, 一百零几万 → 1000000
    const head = parseChineseNumber(run.text.slice(0, few));
    const tail = run.text.slice(few + 1);
    const scale = tail === "" ? 1 : parseChineseNumber(tail);
    return { mention: head === null || scale === null ? null : mention(run.start, run.end, head * scale, null, "number", true), used: 1 };
  }
  const value = parseChineseNumber(run.text);
  if (value === null) return { mention: null, used: 1 };
  // ranges: 一到两, 1-2, 三至五, 90%-95%
  const signed = PERCENT_SIGNS.includes(after) && after !== "" ? 1 : 0;
  const sep = text.charAt(run.end + signed);
  if (sep !== "" && RANGE_SEPARATORS.includes(sep)) {
    const upper = runAt(runs, i, run.end + signed + 1);
    const hi = upper === null ? null : parseChineseNumber(upper.text);
    const lo = upper === null ? value : scaledLower(run.text, value, upper.text, hi);
    if (upper !== null && hi !== null && hi >= lo) {
      const closing = PERCENT_SIGNS.includes(text.charAt(upper.end)) && text.charAt(upper.end) !== "" ? 1 : 0;
      return { mention: mention(run.start, upper.end + closing, lo, hi, "range"), used: 2 };
    }
  }
  if (signed === 1) return { mention: mention(run.start, run.end + 1, value, null, "percent"), used: 1 };
  if (text.startsWith("个百分点", run.end) || text.startsWith("個百分點", run.end)) return { mention: mention(run.start, run.end + 4, value, null, "percent"), used: 1 };
  // 两成 = 20 %, 2.5成 = 25 %, 九折 = 90 %, 五五折 = 55 %, 八点五折 = 85 %
  if (after === "成" && value > 0 && value <= 10) return { mention: mention(run.start, run.end + 1, Number((value * 10).toPrecision(12)), null, "percent"), used: 1 };
  if (after === "折" && value > 0 && value < 100) {
    const tenths = value < 10 ? value * 10 : value;
    return { mention: mention(run.start, run.end + 1, Number(tenths.toPrecision(12)), null, "percent"), used: 1 };
  }
  if (after === "多" || after === "余") {
    const big = "十百千万亿萬億".includes(text.charAt(run.end + 1)) && text.charAt(run.end + 1) !== "" ? text.charAt(run.end + 1) : "";
    const scale = big === "" ? 1 : (parseChineseNumber(big) ?? 1);
    return { mention: mention(run.start, run.end + 1 + big.length, value * scale, null, "number", true), used: 1 };
  }
  return { mention: mention(run.start, run.end, value, null, "number"), used: 1 };
}

/** 负三十二 / -10000 → negative, the sign joins the span; not after a digit (1-2 is a range). */
function withSign(text: string, m: NumberMention): NumberMention {
  if ((m.kind !== "number" && m.kind !== "percent") || m.start === 0) return m;
  const sign = text.charAt(m.start - 1);
  if (!MINUS.includes(sign) || sign === "") return m;
  if (/[0-9A-Za-z.]/u.test(text.charAt(m.start - 2))) return m;
  return { ...m, text: text.slice(m.start - 1, m.end), start: m.start - 1, value: -m.value };
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
    out.push(withSign(text, mention));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
