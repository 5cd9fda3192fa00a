import type { OffsetMap } from "./offset-map.js";

/** One normalisation step: text in, text out, with the map from its output back to its input. */
export interface StepResult {
  readonly text: string;
  readonly map: OffsetMap;
}
export type Step = (text: string) => StepResult;
