import type { MarkerStyle } from "./marker.js";

/** A place that may start a heading; offsets into the plan text. */
export interface HeadingCandidate {
  readonly start: number;
  /** end of the marker; equal to start for a label heading */
  readonly markerEnd: number;
  readonly style: MarkerStyle | "label";
  /** 0 for a label */
  readonly number: number;
  /** label headings only: where the title ends (before the colon) */
  readonly labelEnd?: number;
  /** a bare section word on its own ("工作重点", "指导思想"): always a top-level heading */
  readonly topLevel?: boolean;
  /** a month or week label ("九月份:", "第3周:"): a sibling of the month or week label before it */
  readonly calendar?: boolean;
  /** a label naming a calendar part ("活动安排:", "【行事历】"): the month or week labels after it are its children */
  readonly namesCalendar?: boolean;
}

/** An accepted heading with its title end. */
export interface Heading extends HeadingCandidate {
  readonly titleEnd: number;
}

/*
 * Every candidate is made by one of these two, with the same keys in the same order: the loops that walk the
 * candidates read them with one object shape.
 */
export function markerCandidate(start: number, markerEnd: number, style: MarkerStyle, number: number): HeadingCandidate {
  return { start, markerEnd, style, number, labelEnd: undefined, topLevel: undefined, calendar: undefined, namesCalendar: undefined };
}

export function labelCandidate(
  start: number,
  labelEnd: number,
  topLevel: boolean | undefined,
  calendar: boolean | undefined,
  namesCalendar?: boolean,
): HeadingCandidate {
  return { start, markerEnd: start, style: "label", number: 0, labelEnd, topLevel, calendar, namesCalendar };
}
