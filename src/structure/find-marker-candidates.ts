import { markerCandidate, type HeadingCandidate } from "./_heading.js";
import { findNextMarker, precededByNumeral } from "./marker.js";
import { charSet } from "./_chars.js";

const isCnNumeral = charSet("一二三四五六七八九十两");

/**
 * Every numbered marker in the text ("一、", "(一)", "1.", "⑴", "第一部分" …) with its style and number.
 * A marker glued to another numeral is a list of numbers, not a heading: "一、二本教育名著", "三、四年级".
 */
export function findMarkerCandidates(text: string): HeadingCandidate[] {
  const found: HeadingCandidate[] = [];
  let from = 0;
  for (let match = findNextMarker(text, from); match !== null; match = findNextMarker(text, from)) {
    from = match.index + match.length;
    const { marker } = match;
    if (marker === null) continue;
    if (precededByNumeral(marker.style, text.charCodeAt(match.index - 1))) {
      // "20、" inside "2020、": look again from the next character, the match may hide a real marker
      from = match.index + 1;
      continue;
    }
    const end = match.index + match.length;
    if ((marker.style === "cn" || marker.style === "di-dun") && isCnNumeral(text.charCodeAt(end))) continue;
    found.push(markerCandidate(match.index, end, marker.style, marker.number));
  }
  return found;
}
