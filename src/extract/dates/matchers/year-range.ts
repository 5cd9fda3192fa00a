import { fromMatch } from "../_candidate.js";
import { CONNECTOR_KEY } from "../_patterns.js";
import { isoDate } from "../school-calendar.js";
import type { Matcher } from "../_types.js";

/**
 * A run of years written without 年, as in plan titles: "三年发展规划(2021-2023)", "2016—2018".
 * Only 1–10 years apart and not inside a longer number, so phone or document numbers stay out.
 */
const PATTERN = /(?<![0-9A-Za-z.\-/〔\[])(?<y1>(?:19|20)\d{2})\s*(?:[—–\-~～]{1,2}|至|到)\s*(?<y2>(?:19|20)\d{2})(?![0-9A-Za-z.\-/年学〕\]号])/gu;

export const yearRange: Matcher = {
  name: "year-range",
  pattern: PATTERN,
  trigger: { lead: "12", key: CONNECTOR_KEY, before: "0-9\\s" },
  extract: (match) => {
    const y1 = Number(match.groups?.y1);
    const y2 = Number(match.groups?.y2);
    if (!(y2 > y1 && y2 - y1 <= 10)) return null;
    return fromMatch(match, "year-range", { interval: { from: isoDate(y1, 1, 1), to: isoDate(y2, 12, 31) }, grain: "year" });
  },
};
