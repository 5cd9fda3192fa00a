import { parseMarker, type ParsedMarker } from "../structure/index.js";

/** Distinct markers remembered at most; a plan repeats a handful ("一、", "(1)" …), hostile input could make more. */
const MAX_REMEMBERED = 4096;
const remembered = new Map<string, ParsedMarker | null>();

/** parseMarker, once per distinct marker string: headings repeat few markers, and each parse builds a RegExp. */
export function parseMarkerOnce(marker: string): ParsedMarker | null {
  const known = remembered.get(marker);
  if (known !== undefined) return known;
  const parsed = parseMarker(marker);
  if (remembered.size < MAX_REMEMBERED) remembered.set(marker, parsed);
  return parsed;
}
