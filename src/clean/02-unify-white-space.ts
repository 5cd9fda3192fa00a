import { createMapBuilder } from "./offset-map.js";
import type { StepResult } from "./_step.js";

/**
 * Horizontal white space unified: tabs, NBSP, U+3000 ideographic space and the other Unicode spaces
 * become one ASCII space per run; spaces at the start and end of a line are dropped; zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF) and C0/C1 control characters other than "\n" are deleted.
 *
 * Spaces typed around a number inside Han text are dropped too: every matcher expects a number to touch its
 * unit, its comparator and the 年/月 of a date, and a space there is only typing. "不少于 15 节" → "不少于15节",
 * "达到 85 % 以上" → "达到85%以上", "听课 15-20 节" → "听课15-20节", "于 2020 年 9 月" → "于2020年9月". A run goes
 * when it touches a number (digits, a decimal part or a range "15-20", a trailing %) with a Han ideograph on BOTH
 * sides, each touching it or across one run of spaces within the line; the run before a number after a Han char
 * also goes when the number is a percentage or closes its clause (",", "。", ";"): "不能超过 30%," → "不能超过30%,".
 * Kept: line breaks; spaces beside Latin words ("Word 2010 版"), between two numbers ("1 2"), beside punctuation
 * ("时间:2020-12-14 格式:", "编号:156072405 上传时间" — the fields of a page's upload line), before a list marker
 * ("行事历 2. 江油市", "研究 2、加强"), before a month that does not follow its year ("第一周 9月1日": a new date),
 * and around a number that opens a line ("1 以项目研究为切入点" may be a list item).
 *
 * So does a space between a quantity and the bound or time word after it: "5 篇 以上" → "5篇以上", "45人 以内",
 * "12 月 底前" → "12月底前", "11 月 中旬" → "11月中旬".
 *
 * Letter spacing goes too: a title or heading set out char by char ("工 作 计 划", "一、指　导　思　想") is
 * three or more Han ideographs each parted from the next by one run of spaces; a space goes when the chars on
 * both its sides stand alone. Words of two chars or more parted by spaces ("时间 地点 内容", "张三 李四",
 * "周一 至 周五") are columns or words and stay, and so does the space after a spaced heading ("想 坚持").
 */
export function unifyWhiteSpace(text: string): StepResult {
  const b = createMapBuilder(text);
  let i = 0;
  const n = text.length;
  while (i < n) {
    NOT_OTHER.lastIndex = i;
    const next = NOT_OTHER.exec(text);
    if (next === null) break;
    i = next.index;
    // a run of deletable/space characters
    let j = i;
    let hasSpace = false;
    while (j < n) {
      const k = KINDS[text.charCodeAt(j)];
      if (k === OTHER) break;
      if (k === SPACE) hasSpace = true;
      j++;
    }
    const atLineStart = i === 0 || text.charCodeAt(i - 1) === 0x0a;
    const atLineEnd = j === n || text.charCodeAt(j) === 0x0a;
    const keepSpace = hasSpace && !atLineStart && !atLineEnd;
    if (keepSpace && (spaceInNumber(text, i, j) || letterSpacing(text, i, j) || spaceBeforeBound(text, i, j))) {
      b.copyTo(i);
      b.replaceTo(j, "");
      i = j;
      continue;
    }
    if (keepSpace && j - i === 1 && text.charCodeAt(i) === 0x20) {
      i = j;
      continue; // a lone ASCII space stays as it is
    }
    b.copyTo(i);
    b.replaceTo(j, keepSpace ? " " : "");
    i = j;
  }
  return b.finish();
}

/** Whether the mid-line run [i, j) of white space sits between a number and a Han char of "Han NUMBER Han" (see above). */
function spaceInNumber(text: string, i: number, j: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(j);
  // a percent sign belongs to its number: "95 %" is "95%" wherever it stands
  if (isDigit(before) && isPercent(after)) return true;
  if (isNumberEnd(before) && isHanIdeograph(after)) return isHanIdeograph(text.charCodeAt(skipRunBack(text, numberStart(text, i))));
  if (!isHanIdeograph(before) || !isDigit(after)) return false;
  const end = numberEnd(text, j);
  // a percentage, or a number closing its clause, is a quantity of the words before it ("不能超过 30%,", "人数 30。")
  if (isPercent(text.charCodeAt(end - 1)) || isClauseEnd(text.charCodeAt(end))) return true;
  const unit = text.charCodeAt(skipRun(text, end));
  // a month opens a new date unless it follows its year: "2020 年 9 月" is one date, but in a 行事历 row
  // "第一周 9月1日" / "周一 9月7日" the space parts two expressions (as a column would)
  return isHanIdeograph(unit) && (unit !== 0x6708 || before === 0x5e74);
}

/**
 * The words after a quantity that bound it or place it in time: "5篇 以上" is "5篇以上" (≥ 5), "45人 以内" (≤ 45),
 * "12月 底前" a deadline, "11月 中旬" a part of the month, "10日 前上交" a deadline.
 */
const BOUND_WORDS = /^(?:以上|以下|以内|之内|左右|及以上|及以下|以前|之前|以后|之后|前|后|内|底|初|末|中旬|上旬|下旬)/u;
/** First chars of BOUND_WORDS. */
const BOUND_STARTS = new Set([..."以之左及前后内底初末中上下"].map((c) => c.charCodeAt(0)));
const isBoundStart = (c: number): boolean => BOUND_STARTS.has(c);

/**
 * Whether the mid-line run [i, j) parts a quantity (a number and a unit of one to three Han chars: "5篇",
 * "2小时") from the bound word after it.
 */
function spaceBeforeBound(text: string, i: number, j: number): boolean {
  if (!isBoundStart(text.charCodeAt(j)) || !BOUND_WORDS.test(text.slice(j, j + 3))) return false;
  let k = i - 1;
  while (k >= i - 3 && isHanIdeograph(text.charCodeAt(k))) k--;
  // the unit may be typed apart from its number too: "5 篇 以上"
  return k < i - 1 && isNumberEnd(text.charCodeAt(skipRunBack(text, k + 1)));
}

/** Whether the mid-line run [i, j) parts two Han ideographs of a chain of three or more set out char by char (see above). */
function letterSpacing(text: string, i: number, j: number): boolean {
  const left = i - 1;
  const right = j;
  if (!isHanIdeograph(text.charCodeAt(left)) || !isHanIdeograph(text.charCodeAt(right))) return false;
  // both chars stand alone (no Han char touches them on their other side): "想 坚持" parts a heading from its text
  if (isHanIdeograph(text.charCodeAt(left - 1)) || isHanIdeograph(text.charCodeAt(right + 1))) return false;
  // and a third char stands alone beyond one of them
  const back = skipRunBack(text, left);
  if (back < left - 1 && isHanIdeograph(text.charCodeAt(back))) return true;
  const forward = skipRun(text, right + 1);
  return forward > right + 1 && isHanIdeograph(text.charCodeAt(forward));
}

/** Start of the number ending just before `end` ("85%", "2.5", "15-20", "95 %"); `end` when there is none. */
function numberStart(text: string, end: number): number {
  let k = end;
  if (isPercent(text.charCodeAt(k - 1))) k = skipRunBack(text, k - 1) + 1;
  if (!isDigit(text.charCodeAt(k - 1))) return end;
  while (k > 0 && (isDigit(text.charCodeAt(k - 1)) || (isInNumber(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k - 2)) && isDigit(text.charCodeAt(k))))) k--;
  return k;
}

/** End of the number starting at `start` (a digit), with its % across white space. */
function numberEnd(text: string, start: number): number {
  const n = text.length;
  let k = start;
  while (k < n && (isDigit(text.charCodeAt(k)) || (isInNumber(text.charCodeAt(k)) && isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 1))))) k++;
  const next = skipRun(text, k);
  return isPercent(text.charCodeAt(next)) ? next + 1 : k;
}

/** Offset of the char before `k`, across one run of white space (not a line break); -1 at the text start. */
function skipRunBack(text: string, k: number): number {
  let p = k - 1;
  while (p >= 0 && KINDS[text.charCodeAt(p)] !== OTHER) p--;
  return p;
}

/** Offset of the char at `k`, across one run of white space (not a line break). */
function skipRun(text: string, k: number): number {
  let p = k;
  while (p < text.length && KINDS[text.charCodeAt(p)] !== OTHER) p++;
  return p;
}

// half- and full-width forms: this step runs before fullWidthToHalfWidth
const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isPercent = (c: number): boolean => c === 0x25 || c === 0xff05;
/** Between two digits, part of one number: a decimal point or the dash/tilde of a range ("15-20 节", "1—2 次"). */
const isInNumber = (c: number): boolean =>
  c === 0x2e || c === 0xff0e || c === 0x2d || c === 0xff0d || c === 0x7e || c === 0xff5e || c === 0x301c || c === 0x2013 || c === 0x2014;
const isNumberEnd = (c: number): boolean => isDigit(c) || isPercent(c);
/** ， 。 ； and their half-width forms: after a number they close its clause (a list marker is followed by 、 or .). */
const isClauseEnd = (c: number): boolean => c === 0x2c || c === 0xff0c || c === 0x3002 || c === 0x3b || c === 0xff1b;
/** CJK Unified Ideographs, Extension A and the compatibility block: not the CJK punctuation, which separates. */
const isHanIdeograph = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/**
 * Whether a lone ASCII space between `before` and `after` may be dropped by unifyWhiteSpace (a number on one
 * side, a Han ideograph on the other; a Han char before a bound word): the prefilter of normaliseText runs the step for such a space.
 */
export const mayDropSpaceBetween = (before: number, after: number): boolean =>
  (isNumberEnd(before) && isHanIdeograph(after)) || (isHanIdeograph(before) && isBoundStart(after)) || (isHanIdeograph(before) && isDigit(after)) || (isDigit(before) && isPercent(after));

/**
 * Whether the lone ASCII space at `i` (between two other chars) is letter spacing in a chain of lone ASCII
 * spaces ("工 作 计"); a chain holding any other white space makes the step run anyway.
 */
export const mayBeLetterSpacing = (codes: Uint16Array, i: number): boolean =>
  isHanIdeograph(codes[i - 1]!) && isHanIdeograph(codes[i + 1]!) &&
  ((codes[i - 2] === 0x20 && isHanIdeograph(codes[i - 3] ?? 0)) || (codes[i + 2] === 0x20 && isHanIdeograph(codes[i + 3] ?? 0)));

function classify(c: number): "space" | "drop" | "other" {
  if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f) {
    return "space";
  }
  if (c >= 0x2000 && c <= 0x200a) return "space";
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) return "drop";
  if (c === 0x0a) return "other";
  if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f)) return "drop";
  return "other";
}

/** The characters classify() does not call "other": the regex finds the next run much faster than a loop. */
const NOT_OTHER = /[\0-\x09\x0b-\x20\x7f-\xa0\xad\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/g;

/** Whether unifyWhiteSpace may change or drop the char (the "\n" it keeps and every other char: never). */
export const isWhiteSpaceOrControl = (c: number): boolean => KINDS[c] !== OTHER;

/** classify() of every char code, looked up instead of computed inside a run. */
const [OTHER, SPACE, DROP] = [0, 1, 2];
const KINDS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const kind = classify(c);
  KINDS[c] = kind === "space" ? SPACE : kind === "drop" ? DROP : OTHER;
}
