/**
 * Word list numbers (ST_NumberFormat, w:numFmt) rendered as the visible text: 3 → "三", "③", "c", "iii" …
 */
const CN_DIGITS = "零一二三四五六七八九";
const CN_UNITS = ["", "十", "百", "千"];
const LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
const LEGAL_UNITS = ["", "拾", "佰", "仟"];
const IDEOGRAPH_DIGITS = "〇一二三四五六七八九";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

/** 0 < n < 10000 in positional Chinese: 105 → 一百零五, 1010 → 一千零一十. */
function chineseBelow10000(n: number, digits: string, units: readonly string[]): string {
  let out = "";
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out !== "") pendingZero = true;
      continue;
    }
    if (pendingZero) out += digits[0];
    pendingZero = false;
    out += (digits[d] ?? "") + (units[pos] ?? "");
  }
  return out;
}

function chineseNumber(n: number, digits: string, units: readonly string[], tenThousand: string, omitLeadingOne: boolean): string {
  if (n <= 0) return digits[0] ?? "";
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = "";
  if (high > 0) out = chineseNumber(high, digits, units, tenThousand, false) + tenThousand;
  if (low > 0) out += (high > 0 && low < 1000 ? (digits[0] ?? "") : "") + chineseBelow10000(low, digits, units);
  // 十一 and 十万, not 一十一 and 一十万 (Word's counting formats)
  if (omitLeadingOne && out.startsWith((digits[1] ?? "") + (units[1] ?? ""))) out = out.slice(1);
  return out;
}

function enclosed(n: number, ranges: readonly (readonly [number, number, number])[]): string {
  for (const [from, to, base] of ranges) {
    if (n >= from && n <= to) return String.fromCodePoint(base + n - from);
  }
  return String(n);
}

function letters(n: number, alphabet: string): string {
  if (n <= 0) return String(n);
  const letter = alphabet[(n - 1) % 26] ?? "";
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: readonly (readonly [number, string])[] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let rest = n;
  let out = "";
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) (out += symbol), (rest -= value);
  }
  return out;
}

function cyclic(n: number, symbols: string): string {
  if (n <= 0) return String(n);
  return symbols[(n - 1) % symbols.length] ?? "";
}

function perDigit(n: number, digits: string): string {
  return String(n).replace(/\d/g, (d) => digits[Number(d)] ?? d);
}

export function formatListNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case "none":
      return "";
    case "chineseCounting":
    case "chineseCountingThousand":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "japaneseCounting":
      return chineseNumber(n, CN_DIGITS, CN_UNITS, "万", true);
    case "chineseLegalSimplified":
      return chineseNumber(n, LEGAL_DIGITS, LEGAL_UNITS, "万", false);
    case "ideographDigital":
    case "taiwaneseDigital":
    case "japaneseDigitalTenThousand":
      return perDigit(n, IDEOGRAPH_DIGITS);
    case "ideographTraditional":
      return cyclic(n, HEAVENLY_STEMS);
    case "ideographZodiac":
      return cyclic(n, EARTHLY_BRANCHES);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return perDigit(n, "０１２３４５６７８９");
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosed(n, [[1, 20, 0x2460], [21, 35, 0x3251], [36, 50, 0x32b1]]);
    case "decimalEnclosedFullstop":
      return enclosed(n, [[1, 20, 0x2488]]);
    case "decimalEnclosedParen":
      return enclosed(n, [[1, 20, 0x2474]]);
    case "ideographEnclosedCircle":
      return enclosed(n, [[1, 10, 0x3280]]);
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case "upperLetter":
      return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}
