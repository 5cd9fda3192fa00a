import { describe, expect, it } from "vitest";
import { intervalFrequency } from "../../../../src/extract/targets/matchers/interval-frequency.js";
import { run } from "./_run.js";

describe("matchers/interval-frequency", () => {
  it.each([
    ["二周一次", "二周一次", 1, "次", "周", 2],
    ["每两月一次", "每两月一次", 1, "次", "月", 2],
    ["一周两节", "一周两节", 2, "节", "周", 1],
    ["每隔三天一次", "每隔三天一次", 1, "次", "天", 3],
    ["三个月一次", "三个月一次", 1, "次", "月", 3],
    ["两周开展一次集体备课", "两周开展一次", 1, "次", "周", 2],
    ["三个月召开一次家长会", "三个月召开一次", 1, "次", "月", 3],
    ["教研组活动隔周开展一次", "隔周开展一次", 1, "次", "周", 2],
    ["双周一次", "双周一次", 1, "次", "周", 2],
    ["半月一次", "半月一次", 1, "次", "月", 0.5],
    ["半个月开展一次", "半个月开展一次", 1, "次", "月", 0.5],
    ["每隔半月一次", "每隔半月一次", 1, "次", "月", 0.5],
  ] as const)("%s → %s per %s ×%d", (text, quote, value, unit, per, perCount) => {
    const [c] = run(intervalFrequency, text);
    expect(c && text.slice(c.start, c.end)).toBe(quote);
    expect(c).toMatchObject({ value, unit, per, perCount });
  });
  it.each(["9月开展一次家长会", "15日召开一次", "2023年组织2次", "第三周召开一次", "上半月开展一次", "下半年召开一次"])(
    "%s → no interval (a date, an ordinal or a part of a period)",
    (text) => {
      expect(run(intervalFrequency, text)).toEqual([]);
    },
  );
});
