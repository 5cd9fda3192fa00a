import { fromMatch } from "../_candidate.js";
import { RELATIVE_YEAR_OFFSET } from "../_patterns.js";
import { currentYear } from "../resolve.js";
import { monthInterval, yearInterval } from "../school-calendar.js";
import type { Matcher } from "../_types.js";

/**
 * Years relative to the plan: "今年", "明年", "去年", "本年度", "年内", "年底", "年末", "年初", "年终", "下年度", "今年年底".
 * Resolved against the anchor's year (a 2022 plan's 年内 is 2022), else the reference's year.
 * Not "三年内" / "近年" (durations): a bare 年内/年底 must not follow a number or 近/每/学.
 */
const PATTERN =
  /(?:(?<rel>今年|明年|去年|前年|后年|本年度|本年|下年度|上年度|(?<![以之])上年|次年|下年(?!级))(?:度)?(?<part>年?底|年?末|年?初(?![中一二三级])|内)?|(?<![0-9〇零一二两三四五六七八九十百千几多个半每近前去今明本学当同次上下整全成青少老新周])年(?<bare>底|末|终|初(?![中一二三级])|内))/gu;

export const relativeYear: Matcher = {
  name: "relative-year",
  pattern: PATTERN,
  trigger: { lead: "今明去前后本下上次年", key: "年", before: "今明去前后本下上次" },
  extract: (match, context) => {
    const g = match.groups ?? {};
    const base = currentYear(context);
    const offset = g.rel === undefined ? 0 : (RELATIVE_YEAR_OFFSET[g.rel] ?? 0);
    const y = base === null ? null : base + offset;
    const part = (g.part ?? g.bare ?? "").replace("年", "");
    if (part === "底" || part === "末" || part === "终" || part === "初") {
      const interval = y === null ? null : monthInterval(y, part === "初" ? 1 : 12);
      return fromMatch(match, "relative-year", { interval, grain: "month" });
    }
    return fromMatch(match, "relative-year", { interval: y === null ? null : yearInterval(y), grain: "year" });
  },
};
