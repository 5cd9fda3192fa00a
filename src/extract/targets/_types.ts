import type { Section, Span, Target, TimeExpression } from "../../types.js";
import type { TextIndex } from "./_text-index.js";

/** A target under construction: the quote span grows as refiners attach comparator and period. */
export interface Candidate
  extends Span, Pick<Target, "value" | "max" | "unit" | "comparator" | "per" | "perCount" | "approximate" | "matcher"> {
  /** the number (and unit) that the matcher found, before any context was attached */
  readonly coreStart: number;
  readonly coreEnd: number;
  /** set by matchers that already read their comparator (分别不少于3次和4次) */
  readonly comparatorFixed: boolean;
}

export interface RefineContext {
  readonly text: string;
  readonly sections: readonly Section[];
  readonly dates: readonly TimeExpression[];
  /** sentence and clause boundaries, numeral runs and quotation marks of `text`, computed once */
  readonly bounds: TextIndex;
}

/** One pattern family: a global regex with named groups and a function that reads one match. */
export interface Matcher {
  readonly name: string;
  readonly pattern: RegExp;
  /** a character-class body holding every character a match of `pattern` can start with (see scan-matches.ts) */
  readonly lead: string;
  /** a sorted superset of the offsets where `pattern` can match, from the text's index: numeral runs, 每 … (see _starts.ts) */
  readonly starts: (text: string, index: TextIndex) => readonly number[] | Int32Array;
  readonly extract: (match: RegExpExecArray, text: string) => readonly Candidate[];
}

/** A list → list step over all candidates (never mutates its input). */
export type Refiner = (candidates: readonly Candidate[], context: RefineContext) => readonly Candidate[];
