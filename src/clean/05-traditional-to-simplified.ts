import { createRequire } from "node:module";
import type * as OpenCCModule from "opencc-js/t2cn";
import { createMapBuilder, identityMap } from "./offset-map.js";
import type { StepResult } from "./_step.js";

type Convert = (text: string) => string;
let converter: Convert | null = null;

/** Created on first use: building the dictionaries costs time that plain-Simplified input should not pay. */
function convert(text: string): string {
  // opencc loads on first use: most plans are Simplified and never need its dictionaries.
  const OpenCC = createRequire(import.meta.url)("opencc-js/t2cn") as typeof OpenCCModule;
  const run = (converter ??= OpenCC.Converter({ from: "t", to: "cn" }));
  return run(text);
}

/**
 * Traditional → Simplified with OpenCC ("t" → "cn", mainland wording; never "twp", which rewrites phrases).
 * When the conversion keeps the length the map is the identity; otherwise lines are converted alone
 * and a line whose length changes is converted code point by code point, so the map stays exact.
 */
export function traditionalToSimplified(text: string): StepResult {
  const whole = convert(text);
  if (whole.length === text.length) return { text: whole, map: identityMap(text.length) };
  const b = createMapBuilder(text);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const converted = convert(line);
    b.copyTo(lineStart);
    if (converted.length === line.length) {
      b.replaceTo(lineEnd, converted);
    } else {
      let i = lineStart;
      for (const cp of line) {
        b.replaceTo(i + cp.length, convert(cp));
        i += cp.length;
      }
    }
    lineStart = lineEnd + 1;
  }
  return b.finish();
}
