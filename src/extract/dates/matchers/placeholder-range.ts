import { fromMatch } from "../_candidate.js";
import type { Matcher } from "../_types.js";

/** A template year range with no 年: "(20xx--20xx)", "20xx—20xx" → placeholder, from/to null. */
const PATTERN = /(?<![0-9A-Za-z])(?:20|19)[xX×Ｘ]{2}\s*(?:[—–\-~～]{1,2}|至|到)\s*(?:20|19)[xX×Ｘ]{2}(?![0-9A-Za-z×Ｘ年学])/gu;

export const placeholderRange: Matcher = {
  name: "placeholder-range",
  pattern: PATTERN,
  trigger: { lead: "12", key: "xX×Ｘ", before: "0-9" },
  extract: (match) => fromMatch(match, "placeholder-range", { interval: null, grain: "year", placeholder: true }),
};
