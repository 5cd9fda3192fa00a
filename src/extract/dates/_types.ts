import type { Anchor, TimeExpression } from "../../types.js";

/** A calendar day as numbers (month 1–12). */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What a matcher gets besides the match: the text and what the plan is anchored to. */
export interface DateContext {
  readonly text: string;
  /** the plan's period; null when the caller gave none */
  readonly anchor: Anchor | null;
  /** the reference day for 明天, 下周三, 29日 …; null when the caller gave none */
  readonly reference: Day | null;
}

/** The components the text actually wrote (chrono's "assign"); used to merge "9月21日—25日". */
export interface WrittenParts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

/** A time expression before the refiners: a TimeExpression plus what was written. */
export interface Candidate extends TimeExpression {
  readonly parts?: WrittenParts;
}

/**
 * Where a pattern can match (see ./_find-matches.ts): every match starts with a `lead` character and holds a `key`
 * character, with only characters of `before` ahead of its first key. Each may hold more characters, never less.
 */
export interface Trigger {
  /** a character-class body */
  readonly lead: string;
  /** the characters one by one (no ranges, no escapes) */
  readonly key: string;
  /** a character-class body; "" when a match starts with its key */
  readonly before: string;
}

/** chrono's Parser as a plain object: a global, sticky-free pattern and an extract step. */
export interface Matcher {
  readonly name: string;
  readonly pattern: RegExp;
  readonly trigger: Trigger;
  readonly extract: (match: RegExpExecArray, context: DateContext) => Candidate | null;
}

/** chrono's Refiner: list in, new list out (never mutates). */
export type Refiner = (candidates: readonly Candidate[], context: DateContext) => Candidate[];
