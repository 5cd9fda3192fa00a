/** Character shingles of the Han/latin/digit content of a text (punctuation and spaces ignored). */
export const SHINGLE_SIZE = 8;

export function shingles(text: string, size: number = SHINGLE_SIZE): Set<string> {
  const content = text.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, "");
  const result = new Set<string>();
  for (let i = 0; i + size <= content.length; i += 1) result.add(content.slice(i, i + size));
  return result;
}

/** The share of `a`'s shingles that also occur in `b` (containment, not Jaccard: a short plan copied into a long one still counts). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared += 1;
  return shared / a.size;
}
