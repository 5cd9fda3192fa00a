import { markerCandidate, type HeadingCandidate } from "./_heading.js";
import { MARKER_NUMERALS, MarkerRead, precededByNumeral, readNextMarker } from "./marker.js";
import { charSet } from "./_chars.js";

const isCnNumeral = charSet(`${MARKER_NUMERALS}两`);
/** What may stand before a "1)" marker: a line start, a space, a sentence end. */
const isHalfParenLead = charSet("\n\r \t\u3000\u00a0。；;：:！？!?");

/**
 * Every numbered marker in the text ("一、", "(一)", "1.", "⑴", "第一部分" …) with its style and number.
 * A marker glued to another numeral is a list of numbers, not a heading: "一、二本教育名著", "三、四年级".
 * `units` is the code units of `text`.
 */
export function findMarkerCandidates(text: string, units: Uint16Array): HeadingCandidate[] {
  const found: HeadingCandidate[] = [];
  const read = new MarkerRead();
  let from = 0;
  while (readNextMarker(read, text, units, from)) {
    const end = read.index + read.length;
    from = end;
    const { style } = read;
    if (style === null) continue;
    if (precededByNumeral(style, text.charCodeAt(read.index - 1))) {
      // "20、" inside "2020、": look again from the next character, the match may hide a real marker
      from = read.index + 1;
      continue;
    }
    if ((style === "cn" || style === "di-dun") && isCnNumeral(text.charCodeAt(end))) continue;
    // "1)" glued to the word before it closes a parenthesis ("（见附件1）", "（见附件一）"), it numbers nothing
    if ((style === "arabic-half-paren" || style === "cn-half-paren") && read.index > 0 && !isHalfParenLead(text.charCodeAt(read.index - 1))) continue;
    found.push(markerCandidate(read.index, end, style, read.number));
  }
  return found;
}
