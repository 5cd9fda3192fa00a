import type { DateGrain } from "../../types.js";
import type { IsoInterval } from "./school-calendar.js";
import type { Candidate, WrittenParts } from "./_types.js";

export interface CandidateFields {
  readonly interval: IsoInterval | null;
  readonly grain: DateGrain;
  readonly deadline?: boolean;
  readonly placeholder?: boolean;
  readonly parts?: WrittenParts;
}

/** A candidate spanning the whole match. */
export function fromMatch(match: RegExpExecArray, matcher: string, fields: CandidateFields): Candidate {
  return fromSpan(match.index, match[0], matcher, fields);
}

export function fromSpan(start: number, text: string, matcher: string, fields: CandidateFields): Candidate {
  const placeholder = fields.placeholder ?? false;
  const interval = placeholder ? null : fields.interval;
  const from = interval?.from ?? null;
  const to = interval?.to ?? null;
  const end = start + text.length;
  const deadline = fields.deadline ?? false;
  const id = matcherId(matcher);
  const grain = fields.grain;
  // two literals rather than a conditional spread: spreading per candidate was a hot spot
  return fields.parts
    ? { start, end, text, from, to, deadline, grain, placeholder, matcher: id, parts: fields.parts }
    : { start, end, text, from, to, deadline, grain, placeholder, matcher: id };
}

/** "dates/<name>", one string per matcher (the refiners compare and look these up per candidate). */
const IDS = new Map<string, string>();
function matcherId(name: string): string {
  let id = IDS.get(name);
  if (id === undefined) {
    id = `dates/${name}`;
    IDS.set(name, id);
  }
  return id;
}
