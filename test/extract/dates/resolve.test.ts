import { describe, expect, it } from "vitest";
import {
  addDays, currentTerm, mondayOf, parseReference, shiftTerm, termMonth, termOfDay, termWeek, weekday,
} from "../../../src/extract/dates/resolve.js";
import { readCalendarNumber } from "../../../src/extract/dates/_numerals.js";

describe("resolve", () => {
  it("parseReference accepts YYYY-MM-DD (and a time part), refuses junk", () => {
    expect(parseReference("2020-10-14")).toEqual({ year: 2020, month: 10, day: 14 });
    expect(parseReference("2020-10-14T10:00:00")).toEqual({ year: 2020, month: 10, day: 14 });
    expect(parseReference("2020-13-01")).toBeNull();
    expect(parseReference(undefined)).toBeNull();
  });

  it("calendar arithmetic: addDays across a leap day, weekday, mondayOf", () => {
    expect(addDays("2020-02-28", 1)).toBe("2020-02-29");
    expect(addDays("2021-01-01", -1)).toBe("2020-12-31");
    expect(weekday("2020-09-01")).toBe(2);
    expect(mondayOf("2020-09-06")).toBe("2020-08-31");
  });

  it("terms: reference day → term, shift, month, week", () => {
    expect(termOfDay({ year: 2021, month: 1, day: 5 })).toEqual({ year: 2020, term: "autumn" });
    expect(termOfDay({ year: 2021, month: 8, day: 20 })).toEqual({ year: 2021, term: "autumn" });
    expect(shiftTerm({ year: 2020, term: "autumn" }, 1)).toEqual({ year: 2021, term: "spring" });
    expect(shiftTerm({ year: 2020, term: "autumn" }, -1)).toEqual({ year: 2020, term: "spring" });
    expect(termMonth({ year: 2020, term: "autumn" }, -1)).toEqual({ from: "2021-01-01", to: "2021-01-31" });
    expect(termWeek({ year: 2020, term: "autumn" }, 7)).toEqual({ from: "2020-10-12", to: "2020-10-18" });
    expect(currentTerm({ text: "", anchor: { year: 2022, term: "year" }, reference: null })).toBeNull();
  });

  it("Chinese calendar numbers: 十一 → 11, 二十九 → 29, 廿二 → 22, 二〇二〇 → 2020, 十 → 10", () => {
    expect(["十一", "二十九", "廿二", "二〇二〇", "十", "三十一", "9"].map(readCalendarNumber)).toEqual([11, 29, 22, 2020, 10, 31, 9]);
    expect(readCalendarNumber("十十")).toBeNaN();
  });
});
