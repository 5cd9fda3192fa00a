/** A change a cleaning rule asks for: replace text [start, end) of the rule's input with `replacement`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly rule: string;
}

/** One named cleaning rule. `find` never throws and returns edits sorted by start. */
export interface CleanRule {
  /** kebab-case id, the `rule` of every Removal it causes */
  readonly id: string;
  readonly find: (text: string) => readonly Edit[];
}
