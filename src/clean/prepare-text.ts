import { cleanText } from "./clean-text.js";
import { normaliseText, type NormaliseOptions } from "./normalise-text.js";
import { composeMaps, toOriginal, toOriginalSpan, type OffsetMap } from "./offset-map.js";
import type { Removal } from "../types.js";

export interface PreparedText {
  /** the clean text every later stage indexes into */
  readonly text: string;
  /** what cleaning removed; offsets into `normalised` */
  readonly removals: readonly Removal[];
  /** the text after normalisation, before cleaning */
  readonly normalised: string;
  /** clean text → raw input, composed from the normalisation and cleaning maps */
  readonly map: OffsetMap;
  /** an offset (a start) in `text` → an offset in the raw input */
  readonly toOriginal: (offset: number) => number;
  /** a span of `text` → the span of the raw input it came from */
  readonly toOriginalSpan: (start: number, end: number) => { start: number; end: number };
}

/** Normalise, then clean, with one offset map from the clean text back to `raw`. Never throws. */
export function prepareText(raw: string, options: NormaliseOptions = {}): PreparedText {
  const normalised = normaliseText(raw, options);
  const cleaned = cleanText(normalised.text);
  const map = composeMaps(normalised.map, cleaned.map);
  return {
    text: cleaned.text,
    removals: cleaned.removals,
    normalised: normalised.text,
    map,
    // bound, not arrow functions: no closure to make (and name) per text
    toOriginal: toOriginal.bind(null, map),
    toOriginalSpan: toOriginalSpan.bind(null, map),
  };
}
