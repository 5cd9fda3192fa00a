export { normaliseText, type NormaliseOptions } from "./normalise-text.js";
export { cleanText, CLEAN_PHASES, type CleanResult } from "./clean-text.js";
export { prepareText, type PreparedText } from "./prepare-text.js";
export {
  composeMaps,
  createMapBuilder,
  identityMap,
  toOriginal,
  toOriginalEnd,
  toOriginalSpan,
  type MapBuilder,
  type OffsetMap,
} from "./offset-map.js";
export type { CleanRule, Edit } from "./_rule.js";
