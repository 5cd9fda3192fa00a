import { fromMatch } from "../_candidate.js";
import { addDays, dayIso, single } from "../resolve.js";
import type { Matcher } from "../_types.js";

/** Days relative to the reference day: "今天", "明天", "后天", "大后天", "昨天", "前天", "大前天", "今日", "明日", "昨日". */
const OFFSET: Readonly<Record<string, number>> = {
  今天: 0, 今日: 0, 本日: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3, 昨天: -1, 昨日: -1, 前天: -2, 大前天: -3,
};

const PATTERN = /(?<word>大后天|大前天|今天|今日|本日|明天|明日|后天|昨天|昨日|前天)/gu;

export const relativeDay: Matcher = {
  name: "relative-day",
  pattern: PATTERN,
  trigger: { lead: "大今本明后昨前", key: "天日", before: "大后前今本明昨" },
  extract: (match, context) => {
    const offset = OFFSET[match.groups?.word ?? ""] ?? 0;
    const interval = context.reference ? single(addDays(dayIso(context.reference), offset)) : null;
    return fromMatch(match, "relative-day", { interval, grain: "day" });
  },
};
