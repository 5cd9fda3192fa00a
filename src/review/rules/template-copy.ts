import type { Rule } from "../rule.js";
import { containment, shingles } from "../shingles.js";

/** Share of a plan's 8-character shingles found in another plan of the batch above which it is flagged. */
export const TEMPLATE_COPY_THRESHOLD = 0.5;

/**
 * template-copy: a plan that shares most of its text with another plan in the batch (范文 copying).
 * Only runs when the batch is known (the CLI passes it; `analyse` on one text does not).
 */
export const rule: Rule = {
  id: "template-copy",
  severity: "warning",
  description: `A plan sharing more than ${TEMPLATE_COPY_THRESHOLD * 100}% of its text with another plan of the batch`,
  check: ({ plan, batch }) => {
    if (!batch || plan.text.length < 200) return [];
    const own = shingles(plan.text);
    let best: { title: string; share: number } | null = null;
    for (const other of batch) {
      if (other === plan || other.text === plan.text) continue;
      const share = containment(own, shingles(other.text));
      if (share > TEMPLATE_COPY_THRESHOLD && (best === null || share > best.share)) best = { title: other.title, share };
    }
    if (best === null) return [];
    return [
      {
        start: 0,
        end: Math.min(plan.text.length, plan.title.length || 1),
        message: `Found ${Math.round(best.share * 100)}% of this plan's text in “${best.title}”, expected an original plan`,
        actual: String(Math.round(best.share * 100)),
      },
    ];
  },
  examples: { ok: [], notOk: [] },
};
