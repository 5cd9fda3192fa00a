import { BIG_UNITS, DECIMAL_POINTS, DIGITS, MINUS_SIGNS, SMALL_UNITS, TENS_SHORTHAND } from "./chars.js";

/** 壹拾壹元整, 玖仟陆佰陆拾伍圆壹角捌分, 壹角: an amount of money written out (cheques, invoices). */
const MONEY = /^(?<sign>[负負-]?)(?:(?<yuan>[^元圆角分整正]+)[元圆])?(?:(?<jiao>[^元圆角分整正])角)?(?:(?<fen>[^元圆角分整正]+)分)?[整正]?$/u;

function parseMoney(text: string): number | null {
  const g = MONEY.exec(text)?.groups;
  if (g === undefined || (g.yuan === undefined && g.jiao === undefined && g.fen === undefined)) return null;
  const part = (s: string | undefined): number | null => (s === undefined ? 0 : parseNumber(s.replace(/^零/u, "") || "零"));
  const yuan = part(g.yuan);
  const jiao = part(g.jiao);
  const fen = part(g.fen);
  if (yuan === null || jiao === null || fen === null) return null;
  const value = round(yuan + jiao / 10 + fen / 100);
  return g.sign === "" ? value : -value;
}

/**
 * Converts one written number to its value: Chinese numerals (一百二十, 两千零五, 廿三), 大写 (壹佰贰拾),
 * Arabic digits, mixed forms (3.5万, 1千2百), decimals (三点五, 一万零一十八点一五), digit strings (二〇二〇),
 * the spoken abbreviation 两千六 = 2600, an optional leading 负, and amounts of money (壹拾壹元整 → 11, 壹角 → 0.1). Returns null when `s` is not a number.
 */
export function parseChineseNumber(s: string): number | null {
  const value = parseNumber(s);
  if (value !== null) return value;
  // money needs 元/圆/角/整, or 大写 digits (壹分); "百分" is not an amount
  return /[元圆角整]|^[负負-]?[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟零]+分$/u.test(s) ? parseMoney(s.trim()) : null;
}

/** True when `s` is one or more ASCII digits (the common case: 15, 2024). */
function isAsciiDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i += 1) {
    const code = s.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function parseNumber(s: string): number | null {
  // what the general path below gives for a plain digit string, without its regexes and pieces
  if (isAsciiDigits(s)) return Number(s);
  if (s.length === 1) {
    const single = DIGITS[s] ?? SMALL_UNITS[s] ?? BIG_UNITS[s] ?? TENS_SHORTHAND[s];
    if (single !== undefined) return single;
  }
  let text = s.trim().replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (text.includes(",")) text = text.replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
  if (text === "") return null;
  let sign = 1;
  const first = text[0] ?? "";
  if (MINUS_SIGNS.includes(first)) {
    sign = -1;
    text = text.slice(1);
  }
  const pointAt = findPoint(text);
  if (pointAt < 0) {
    const value = parseInteger(text);
    return value === null ? null : sign * value;
  }
  const integerPart = text.slice(0, pointAt);
  let rest = text.slice(pointAt + 1);
  let multiplier = 1;
  while (rest.length > 0) {
    const last = rest[rest.length - 1] ?? "";
    const big = BIG_UNITS[last] ?? SMALL_UNITS[last];
    if (big === undefined) break;
    multiplier *= big;
    rest = rest.slice(0, -1);
  }
  if (rest === "") return null;
  let fraction = "";
  for (const ch of rest) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    fraction += String(d);
  }
  const whole = integerPart === "" ? 0 : parseInteger(integerPart);
  if (whole === null) return null;
  const value = Number(`${whole}.${fraction}`) * multiplier;
  return Number.isFinite(value) ? sign * round(value) : null;
}

function findPoint(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    if (DECIMAL_POINTS.includes(text[i] ?? "")) return i;
  }
  return -1;
}

/** Removes binary floating noise (3.5 * 10000 = 35000.000000004). */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

type Piece = { readonly kind: "digit"; readonly value: number; readonly arabic: boolean; readonly leadingZero?: boolean } | { readonly kind: "unit"; readonly value: number; readonly big: boolean };

function tokenize(text: string): Piece[] | null {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch >= "0" && ch <= "9") {
      let j = i;
      while (j < text.length && (text[j] ?? "") >= "0" && (text[j] ?? "") <= "9") j += 1;
      pieces.push({ kind: "digit", value: Number(text.slice(i, j)), arabic: true, leadingZero: text[i] === "0" && j - i > 1 });
      i = j;
      continue;
    }
    const tens = TENS_SHORTHAND[ch];
    if (tens !== undefined) {
      pieces.push({ kind: "digit", value: tens / 10, arabic: false }, { kind: "unit", value: 10, big: false });
    } else if (DIGITS[ch] !== undefined) {
      pieces.push({ kind: "digit", value: DIGITS[ch] ?? 0, arabic: false });
    } else if (SMALL_UNITS[ch] !== undefined) {
      pieces.push({ kind: "unit", value: SMALL_UNITS[ch] ?? 1, big: false });
    } else if (BIG_UNITS[ch] !== undefined) {
      pieces.push({ kind: "unit", value: BIG_UNITS[ch] ?? 1, big: true });
    } else {
      return null;
    }
    i += 1;
  }
  return pieces;
}

function parseInteger(text: string): number | null {
  const pieces = tokenize(text);
  if (pieces === null || pieces.length === 0) return null;
  if (pieces.every((p) => p.kind === "digit")) return parseDigitString(pieces);
  let total = 0; // everything at 亿 scale and above, already multiplied
  let wan = 0; // the 万 section, already multiplied
  let current = 0; // below 万
  let digit: number | null = null;
  let lastUnit = 0; // the last unit seen, for 两千六 = 2600
  let zeroSeen = false;
  for (const piece of pieces) {
    if (piece.kind === "digit") {
      if (digit !== null && !(digit === 0 && !piece.arabic)) {
        if (digit !== 0) return null; // 三四百 is a range, not one number
      }
      if (piece.value === 0 && !piece.arabic) zeroSeen = true;
      if (piece.arabic && piece.leadingZero) zeroSeen = true; // 1百01 = 101
      digit = piece.value;
      continue;
    }
    if (!piece.big) {
      const factor = digit === null || digit === 0 ? 1 : digit; // 一千零十 = 1010
      current += factor * piece.value;
      digit = null;
      lastUnit = piece.value;
      zeroSeen = false;
      continue;
    }
    let section = current + (digit ?? 0);
    if (piece.value === 1e4) {
      if (section === 0 && digit === null && lastUnit === 1e4 && wan > 0) {
        wan *= 1e4; // 四万万 = 4亿
      } else {
        if (section === 0) section = wan === 0 && total === 0 ? 1 : 0;
        wan += section * 1e4;
      }
    } else {
      const block = total + wan + section;
      total = (block === 0 ? 1 : block) * piece.value;
      wan = 0;
    }
    current = 0;
    digit = null;
    lastUnit = piece.value;
    zeroSeen = false;
  }
  let tail = digit ?? 0;
  if (digit !== null && digit !== 0 && !zeroSeen && lastUnit >= 100 && pieces[pieces.length - 1]?.kind === "digit" && digit < 10) {
    tail = digit * (lastUnit / 10); // 两千六 = 2600, 一万五 = 15000, 四百五 = 450
  }
  return total + wan + current + tail;
}

/** "二〇二〇" → 2020, "一二三" → 123, "15" → 15. */
function parseDigitString(pieces: readonly Piece[]): number | null {
  if (pieces.length === 1) return pieces[0]?.value ?? null;
  let digits = "";
  for (const p of pieces) digits += String(p.value);
  return Number(digits);
}
