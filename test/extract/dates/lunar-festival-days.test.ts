import { describe, expect, it } from "vitest";
import { LUNAR_FESTIVAL_DAYS, LUNAR_FIRST_YEAR } from "../../../src/extract/dates/data/lunar-festival-days.js";

const LUNAR_DATE = { 春节: [1, 1], 元宵: [1, 15], 端午: [5, 5], 中秋: [8, 15], 重阳: [9, 9] } as const;
const dayOf = (festival: keyof typeof LUNAR_FESTIVAL_DAYS, year: number): number | undefined =>
  LUNAR_FESTIVAL_DAYS[festival][year - LUNAR_FIRST_YEAR];

describe("the lunar festival table", () => {
  it.each([
    ["春节", 2022, 201], ["春节", 2023, 122], ["春节", 2024, 210], ["春节", 2025, 129], ["元宵", 2024, 224],
    ["端午", 2022, 603], ["端午", 2023, 622], ["端午", 2024, 610], ["中秋", 2021, 921], ["中秋", 2022, 910],
    ["中秋", 2023, 929], ["中秋", 2024, 917], ["重阳", 2023, 1023],
  ] as const)("%s %i falls on month×100+day %i (the published holiday dates)", (festival, year, expected) => {
    expect(dayOf(festival, year)).toBe(expected);
  });

  it("agrees with ICU's Chinese calendar for every year it holds", () => {
    const chinese = new Intl.DateTimeFormat("en-u-ca-chinese", { month: "numeric", day: "numeric", timeZone: "UTC" });
    for (const [festival, [month, day]] of Object.entries(LUNAR_DATE) as [keyof typeof LUNAR_DATE, readonly [number, number]][]) {
      LUNAR_FESTIVAL_DAYS[festival].forEach((monthDay, index) => {
        const parts = chinese.formatToParts(new Date(Date.UTC(LUNAR_FIRST_YEAR + index, Math.floor(monthDay / 100) - 1, monthDay % 100)));
        expect([parts.find((p) => p.type === "month")?.value, parts.find((p) => p.type === "day")?.value]).toEqual([String(month), String(day)]);
      });
    }
  });
});
