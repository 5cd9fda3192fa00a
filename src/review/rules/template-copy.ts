import type { Rule, RuleFinding } from "../rule.js";
import { countUpTo, estimateContainment, fingerprintLimit, fingerprintText, MIN_SAMPLE, type TextFingerprint } from "../shingles.js";

/** Share of a plan's 8-character shingles found in another plan of the batch above which it is flagged. */
export const TEMPLATE_COPY_THRESHOLD = 0.5;
/** Plans shorter than this (characters) are not judged: a few lines in common mean little. */
export const TEMPLATE_COPY_MIN_LENGTH = 200;

/** One plan of a batch as the batch check sees it: a fingerprint, not the text. */
export interface BatchPrint {
  /** plans with the same group (the same file: a compilation of 范文) are not compared with each other */
  readonly group: string;
  readonly length: number;
  readonly fingerprint: TextFingerprint;
}

/** Plan `index` of the batch shares `share` (0–1) of its shingles with plan `other`, its closest match. */
export interface TemplateCopy {
  readonly index: number;
  readonly other: number;
  readonly share: number;
}

/** The finding's message; `other` names the plan copied from (a file and title in the CLI, a title in the library). */
export function templateCopyMessage(share: number, other: string): string {
  return `Found ${Math.round(share * 100)}% of this plan's text in ${other}, expected an original plan`;
}

/** The finding for a plan (`planLength` characters, `title`) that shares `share` with `other`: it spans the title. */
export function templateCopyFinding(planLength: number, title: string, share: number, other: string): RuleFinding {
  return {
    start: 0,
    end: Math.max(1, Math.min(planLength, title.length)),
    message: templateCopyMessage(share, other),
    note: "A plan that repeats another (a 范文 or a neighbour's plan) rarely fits the school: rewrite it from the school's own situation.",
    actual: String(Math.round(share * 100)),
  };
}

/**
 * Every plan of a batch whose text is mostly found in another plan, with its closest match (ties: the earlier plan).
 * Works on fingerprints only; candidates come from an inverted index of sketch hashes, so plans that share no
 * sampled shingle are never compared.
 */
/**
 * Only the first plans (in batch order) holding a sampled hash are candidates through it: a batch of thousands of
 * copies of one 范文 would otherwise compare every pair. A copy still finds one of those earlier copies.
 */
export const MAX_PLANS_PER_HASH = 64;

export function findTemplateCopies(prints: readonly BatchPrint[], threshold: number = TEMPLATE_COPY_THRESHOLD): TemplateCopy[] {
  // only the first MAX_PLANS_PER_HASH plans of a hash are ever read, so no more are kept
  const postings = new Map<number, number[]>();
  prints.forEach((print, index) => {
    for (const hash of print.fingerprint.sketch) {
      const list = postings.get(hash);
      if (list === undefined) postings.set(hash, [index]);
      else if (list.length < MAX_PLANS_PER_HASH) list.push(index);
    }
  });
  const limits = Float64Array.from(prints, (print) => fingerprintLimit(print.fingerprint));
  const groups = groupNumbers(prints);
  const copies: TemplateCopy[] = [];
  // shared-hash counts per other plan: a dense array reset through the list of touched plans (a Map per plan
  // was most of the batch's end pass: up to SKETCH_SIZE × MAX_PLANS_PER_HASH updates per plan)
  const shared = new Int32Array(prints.length);
  const touched: number[] = [];
  // plain loops and a separate function for the rare part: as one forEach callback, V8 optimised the scoring with
  // no feedback for it (no copy seen yet) and then deoptimised at the same point for each later copy (26 times in
  // a batch of 500 files)
  for (let index = 0; index < prints.length; index += 1) {
    const print = prints[index]!;
    if (print.length < TEMPLATE_COPY_MIN_LENGTH) continue;
    const group = groups[index]!;
    const limit = limits[index]!;
    for (const hash of print.fingerprint.sketch) {
      const list = postings.get(hash)!;
      for (let k = 0; k < list.length; k += 1) {
        const other = list[k]!;
        if (groups[other] === group || hash > limit || hash > limits[other]!) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other] = shared[other]! + 1;
      }
    }
    if (touched.length === 0) continue;
    const best = closestOf(print, index, touched, shared, limits, threshold);
    touched.length = 0;
    if (best) copies.push(best);
  }
  return copies;
}

/**
 * The touched plan sharing the largest share of `print`'s sampled hashes above `threshold` (ties: the earlier
 * plan), or null; resets the touched plans' counts in `shared`.
 */
function closestOf(
  print: BatchPrint, index: number, touched: readonly number[], shared: Int32Array, limits: Float64Array, threshold: number,
): TemplateCopy | null {
  let best: TemplateCopy | null = null;
  for (let t = 0; t < touched.length; t += 1) {
    const other = touched[t]!;
    const count = shared[other]!;
    shared[other] = 0;
    const sample = countUpTo(print.fingerprint.sketch, Math.min(limits[index]!, limits[other]!));
    if (sample === 0) continue;
    const share = count / sample;
    if (share <= threshold || sample < MIN_SAMPLE) continue;
    if (best === null || share > best.share || (share === best.share && other < best.other)) best = { index, other, share };
  }
  return best;
}

/** Each print's group as a number (equal groups, equal numbers; a plan is always in its own group). */
function groupNumbers(prints: readonly BatchPrint[]): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(prints, (print) => {
    let number = numbers.get(print.group);
    if (number === undefined) numbers.set(print.group, (number = numbers.size));
    return number;
  });
}

/**
 * template-copy: a plan that shares most of its text with another plan in the batch (范文 copying).
 * Only runs when the batch is known: `runRules(plan, { batch })` in the library; the CLI keeps one fingerprint per
 * plan and runs findTemplateCopies at the end of the batch.
 */
export const rule: Rule = {
  id: "template-copy",
  severity: "warning",
  description: `A plan sharing more than ${TEMPLATE_COPY_THRESHOLD * 100}% of its text with another plan of the batch`,
  check: ({ plan, batch }) => {
    if (!batch || plan.text.length < TEMPLATE_COPY_MIN_LENGTH) return [];
    const own = fingerprintText(plan.text);
    let best: { title: string; share: number } | null = null;
    for (const other of batch) {
      if (other === plan) continue;
      const share = estimateContainment(own, fingerprintText(other.text));
      if (share !== null && share > TEMPLATE_COPY_THRESHOLD && (best === null || share > best.share)) best = { title: other.title, share };
    }
    if (best === null) return [];
    return [templateCopyFinding(plan.text.length, plan.title, best.share, `“${best.title}”`)];
  },
  examples: { ok: [], notOk: [] },
};
