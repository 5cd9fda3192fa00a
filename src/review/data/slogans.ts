/**
 * Words that make a sentence sound like work without saying what will be done.
 * A reviewer can extend this list; vague-language counts them per 1,000 characters.
 */
export const SLOGANS: readonly string[] = [
  "进一步", "大力", "积极", "努力", "切实", "不断", "扎实", "认真", "深入", "着力", "全力", "全面",
  "狠抓", "务实", "有效", "充分", "坚持不懈", "持续", "力争", "争取",
];

/** Slogans per 1,000 characters above which a plan is flagged; the 19 corpus plans run 1.2–19.0 (measured). */
export const VAGUE_DENSITY_THRESHOLD = 20;
