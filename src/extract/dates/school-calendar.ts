import type { Anchor } from "../../types.js";

/** An inclusive ISO date interval. */
export interface IsoInterval {
  readonly from: string;
  readonly to: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function lastDayOfMonth(year: number, month: number): number {
  // the usual case without a Date per call; Date.UTC reads years 0–99 as 19xx and rolls other months over
  if (Number.isInteger(year) && year >= 100 && Number.isInteger(month) && month >= 1 && month <= 12) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

export function monthInterval(year: number, month: number): IsoInterval {
  return { from: isoDate(year, month, 1), to: isoDate(year, month, lastDayOfMonth(year, month)) };
}

export function yearInterval(year: number): IsoInterval {
  return { from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) };
}

/**
 * The term a plan is written for: autumn = Sep 1 of `year` – Jan 31 of year+1, spring = Feb 1 – Jul 31,
 * year = the calendar year. null when the anchor has no year or no term.
 */
export function termInterval(anchor: Anchor): IsoInterval | null {
  if (anchor.year === null) return null;
  switch (anchor.term) {
    case "autumn":
      return { from: isoDate(anchor.year, 9, 1), to: isoDate(anchor.year + 1, 1, 31) };
    case "spring":
      return { from: isoDate(anchor.year, 2, 1), to: isoDate(anchor.year, 7, 31) };
    case "year":
      return yearInterval(anchor.year);
    default:
      return null;
  }
}

/**
 * The calendar year a bare month ("一月份", "9月") falls in for a plan with this anchor.
 * An autumn plan runs Sep–Jan, so its January (and February, the winter break) belongs to year+1.
 */
export function yearOfMonth(month: number, anchor: Anchor): number | null {
  if (anchor.year === null) return null;
  if (anchor.term === "autumn" && month <= 2) return anchor.year + 1;
  return anchor.year;
}

/** A bare month resolved against the plan's period; null when the anchor has no year. */
export function resolveMonth(month: number, anchor: Anchor): IsoInterval | null {
  const year = yearOfMonth(month, anchor);
  return year === null ? null : monthInterval(year, month);
}
