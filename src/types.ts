/**
 * The shared data types of planlens. No logic lives here.
 * Every span is a pair of UTF-16 offsets (JS slice semantics, end exclusive) into ONE string,
 * named in the doc comment of the type that holds it (for a Plan: `plan.text`).
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Invariant, checked in tests for every item: source.slice(start, end) === text */
export interface Quote extends Span {
  readonly text: string;
}

export type Term = "autumn" | "spring" | "year" | "unknown";

/** The school period a plan is written for. autumn = Sep of `year` – Jan of year+1; spring = Feb–Jul of `year`. */
export interface Anchor {
  readonly year: number | null;
  readonly term: Term;
}

export type SectionKind = "guiding" | "situation" | "goals" | "measures" | "safeguards" | "calendar" | "other";

export interface Section extends Span {
  readonly kind: SectionKind;
  /** heading text as written, numbering included, trailing run-in body excluded */
  readonly title: string;
  readonly titleSpan: Span;
  /** 1 = top level; the order in which the marker style first appears in the plan */
  readonly level: number;
  /** the marker as written ("一、", "(一)", "1." …) or "" for a label heading ("工作目标:") */
  readonly marker: string;
  readonly children: readonly Section[];
}

export type NumberKind = "number" | "percent" | "ordinal" | "range";

export interface NumberMention extends Quote {
  readonly value: number;
  readonly max: number | null;
  readonly kind: NumberKind;
  /** "十几", "几十", "约" … : the number is approximate */
  readonly approximate?: boolean;
}

export type Comparator = ">=" | ">" | "<=" | "<" | "=" | "range";

export interface Target extends Quote {
  readonly value: number;
  readonly max: number | null;
  readonly unit: string;
  readonly comparator: Comparator;
  /** the period of a frequency: "周" "月" "学期" "学年" "年" "天" "课" … or null */
  readonly per: string | null;
  /** "二周一次" → per "周", perCount 2; 1 when per is set and no multiplier; null when per is null */
  readonly perCount: number | null;
  /** 左右 / 约 / 力争 / 大约 … */
  readonly approximate: boolean;
  /** the sentence the target belongs to */
  readonly sentence: Span;
  /** titles of the sections that hold it, outermost first (filled by analyse) */
  readonly sectionPath: readonly string[];
  /** "每位教师", "教研组长" … when the sentence names who must meet it */
  readonly subject: string | null;
  /** a time expression in the same clause, when there is one (filled by analyse) */
  readonly deadline: Quote | null;
  /** provenance: "targets/min-count" … */
  readonly matcher: string;
}

export type DateGrain = "day" | "week" | "month" | "term" | "year" | "schoolYear" | "period";

export interface TimeExpression extends Quote {
  /** ISO dates (YYYY-MM-DD), both inclusive; null when it cannot be resolved */
  readonly from: string | null;
  readonly to: string | null;
  readonly deadline: boolean;
  readonly grain: DateGrain;
  /** "20xx年" and friends: a template placeholder, from/to null */
  readonly placeholder: boolean;
  readonly matcher: string;
}

export interface CalendarEntry {
  readonly when: Quote & { readonly from: string | null; readonly to: string | null };
  readonly items: readonly Quote[];
}

export interface Token extends Quote {
  readonly tag?: string;
}

export interface Keyword {
  readonly term: string;
  readonly score: number;
}

export interface CoverageItem {
  readonly id: string;
  readonly label: string;
  readonly covered: boolean;
  readonly strength: number;
  readonly hasTarget: boolean;
  readonly hasDate: boolean;
  readonly evidence: readonly Quote[];
}

export interface Coverage {
  readonly checklist: string;
  /** 0–100, formula in README */
  readonly score: number;
  readonly items: readonly CoverageItem[];
}

export type Severity = "error" | "warning" | "info";

export interface Finding extends Span {
  readonly ruleId: string;
  readonly source: "planlens";
  readonly severity: Severity;
  /** one sentence: what was found, what was expected */
  readonly message: string;
  readonly note?: string;
  readonly actual?: string;
  readonly expected?: readonly string[];
  readonly related?: readonly (Span & { readonly message: string })[];
}

/** A template placeholder left in the text ("20xx年", "XX县", "XXXX小学", "××"). */
export interface Placeholder extends Quote {
  readonly kind: "year" | "name" | "other";
}

/** A piece of the input removed by cleaning: offsets into the normalised input text. */
export interface Removal extends Quote {
  readonly rule: string;
}

export interface PlanResult {
  readonly title: string;
  readonly anchor: Anchor;
  /** the cleaned text that every start/end of this plan indexes into */
  readonly text: string;
  readonly sections: readonly Section[];
  readonly targets: readonly Target[];
  readonly dates: readonly TimeExpression[];
  readonly calendar: readonly CalendarEntry[];
  readonly coverage: Coverage | null;
  readonly findings: readonly Finding[];
  readonly keywords: readonly Keyword[];
  readonly placeholders: readonly Placeholder[];
}

export interface FileError {
  /** one of ERROR_CODES (src/load/error-codes.ts): "not-found", "is-directory", "unreadable", "too-large", "too-deep", "empty", "binary", "unsupported", "encrypted", "corrupt", "decode", "internal" */
  readonly code: string;
  readonly message: string;
}

export interface FileResult {
  readonly file: string;
  readonly error: FileError | null;
  readonly plans: readonly PlanResult[];
}

export type LoadFormat = "txt" | "md" | "docx" | "html";

export type LoadResult =
  | { readonly ok: true; readonly file: string; readonly text: string; readonly format: LoadFormat; readonly encoding: string }
  | { readonly ok: false; readonly file: string; readonly error: FileError };
