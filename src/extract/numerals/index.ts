export { parseChineseNumber } from "./parse-chinese-number.js";
export { extractNumbers } from "./extract-numbers.js";
export { BIG_UNITS, DECIMAL_DIGIT_CLASS, DECIMAL_POINTS, numeralPattern, NUMERAL_CLASS } from "./chars.js";
export { NON_NUMERIC_WORDS } from "./non-numeric-words.js";
