import { termInterval, yearInterval, type IsoInterval } from "../../extract/dates/index.js";
import type { Anchor, PlanResult, TimeExpression } from "../../types.js";
import type { Rule, RuleFinding } from "../rule.js";

/**
 * stale-year: a date with a written year that falls outside the plan's period — "2020年" deadlines in a
 * plan for 2023 are the mark of an old plan copied forward and not updated.
 *
 * What counts: only expressions that write a year (2020年, 2020年9月, 2021.1.29, 2020—2021学年度);
 * relative ones (本学期, 12月) are resolved inside the period by construction. A dated item (day, week,
 * month, term, a deadline) outside the period is flagged; a whole-year mention only when it is two or more
 * years away (naming last year's results is normal); a whole school year (2022-2023学年) counts as such a
 * mention. A whole year after the period is a long-range goal ("到2025年建成示范校"), not an old plan's year,
 * and a year inside a cited title ("《义务教育课程方案（2022年版）》", "《2019年…工作要点》") is the
 * document's. The 红头 publication or signature date (a day that ends its line) is skipped when it is within a
 * year of the period.
 */
const WRITTEN_YEAR = /[12]\d{3}|[一二][〇零○一二三四五六七八九]{3}/u;
const DAY_MS = 86_400_000;

function period(anchor: Anchor): IsoInterval | null {
  if (anchor.year === null) return null;
  return termInterval(anchor) ?? yearInterval(anchor.year);
}

function label(anchor: Anchor): string {
  const year = String(anchor.year);
  return anchor.term === "autumn" || anchor.term === "spring" ? `${anchor.term} ${year}` : year;
}

function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

/** Days between the date and the period (0 when they overlap). */
function distance(date: IsoInterval, range: IsoInterval): number {
  if (date.to < range.from) return days(date.to, range.from);
  if (date.from > range.to) return days(range.to, date.from);
  return 0;
}

/** How far back a cited title's 《 is looked for: titles are short, and a 》 or a line break ends the search. */
const TITLE_REACH = 60;

/** Whether the date lies inside 《…》 on its line: a year that names a cited document, not the plan's work. */
function inCitedTitle(date: TimeExpression, text: string): boolean {
  for (let at = date.start - 1; at >= 0 && date.start - at <= TITLE_REACH; at -= 1) {
    const char = text.charCodeAt(at);
    if (char === 0x300a /* 《 */) return true;
    if (char === 0x300b /* 》 */ || char === 0x0a) return false;
  }
  return false;
}

const WHOLE_YEAR_GRAINS: ReadonlySet<string> = new Set(["year", "schoolYear"]);

/** A day that ends its line: the 红头 issue date or the signature date under a notice. */
function isPublicationDate(date: TimeExpression, text: string): boolean {
  if (date.grain !== "day") return false;
  const rest = text.slice(date.end, text.indexOf("\n", date.end) === -1 ? text.length : text.indexOf("\n", date.end));
  return /^[\s)）]*$/u.test(rest);
}

export function findStaleYears(plan: PlanResult): RuleFinding[] {
  const range = period(plan.anchor);
  if (range === null) return [];
  const found: RuleFinding[] = [];
  for (const date of plan.dates) {
    if (date.placeholder || date.from === null || date.to === null || !WRITTEN_YEAR.test(date.text)) continue;
    const gap = distance({ from: date.from, to: date.to }, range);
    if (gap === 0) continue;
    if (isPublicationDate(date, plan.text) && gap <= 366) continue;
    const wholeYear = WHOLE_YEAR_GRAINS.has(date.grain);
    if (wholeYear && !date.deadline && gap <= 366) continue;
    if (wholeYear && date.from > range.to) continue;
    if (inCitedTitle(date, plan.text)) continue;
    found.push({
      start: date.start,
      end: date.end,
      message: `Found ${date.text} in a plan for ${label(plan.anchor)}, expected dates within ${range.from}..${range.to}`,
      actual: date.text,
      expected: [`${range.from}..${range.to}`],
    });
  }
  return found;
}

export const rule: Rule = {
  id: "stale-year",
  severity: "warning",
  description: "A date with a written year outside the plan's period (a copied old plan)",
  check: ({ plan }) => findStaleYears(plan),
  examples: {
    ok: [
      "2023年学校工作计划\n一、重点工作\n2023年9月完成课题结题。",
      "2020—2021学年度(2020年秋)工作要点\n江油市教育和体育局2020年8月20日\n一、重点工作\n2021年1月29日学生离校。",
    ],
    notOk: [
      {
        name: "an old year left in a copied plan",
        input: "2023年学校工作计划\n一、重点工作\n力争2020年完成课题结题。",
        expected: ["Found 2020年 in a plan for 2023, expected dates within 2023-01-01..2023-12-31"],
      },
    ],
  },
};
