import { extractDates } from "../../../src/extract/dates/index.js";
import type { Anchor, PlanResult } from "../../../src/types.js";

/** The anchor a title states ("2023年…计划" → 2023 year, "2020年秋…" → autumn 2020), for these tests only. */
function anchorOf(title: string): Anchor {
  const autumn = /(?<y>\d{4})年?(?:秋|下半年)/u.exec(title);
  if (autumn?.groups) return { year: Number(autumn.groups.y), term: "autumn" };
  const spring = /(?<y>\d{4})年?(?:春|上半年)/u.exec(title);
  if (spring?.groups) return { year: Number(spring.groups.y), term: "spring" };
  const year = /(?<y>\d{4})年/u.exec(title);
  return year?.groups ? { year: Number(year.groups.y), term: "year" } : { year: null, term: "unknown" };
}

/** A PlanResult carrying only what the date rules read: text, anchor and dates. */
export function datePlan(text: string, anchor: Anchor = anchorOf(text.split("\n")[0] ?? "")): PlanResult {
  return {
    title: text.split("\n")[0] ?? "",
    anchor,
    text,
    sections: [],
    targets: [],
    dates: extractDates(text, { anchor }),
    calendar: [],
    coverage: null,
    findings: [],
    keywords: [],
    placeholders: [],
  };
}
