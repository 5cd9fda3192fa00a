/**
 * The element nesting depth of an HTML page, measured by one linear scan (no DOM, no recursion), the way
 * a browser would close tags: void elements never nest, a close tag closes everything opened after its
 * match, and p/li/td/tr/option… close an open sibling of the same name. Script/style/svg/math bodies and
 * comments are skipped.
 */
const TAG = /<(?<close>\/?)(?<name>[A-Za-z][A-Za-z0-9:-]*)[^<>]*>/y;
const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);
const SELF_CLOSING_SIBLINGS = new Set(["p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot"]);
const RAW_TEXT_END = new Map(
  ["script", "style", "textarea", "title", "noscript", "svg", "math"].map((name) => [name, new RegExp(`</${name}`, "gi")] as const),
);

export function htmlNestingDepth(html: string, stopAbove = Number.POSITIVE_INFINITY): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let deepest = 0;
  const pop = (): void => {
    const name = stack.pop();
    if (name !== undefined) open.set(name, (open.get(name) ?? 1) - 1);
  };
  TAG.lastIndex = 0;
  for (let at = 0; at < html.length; ) {
    const lt = html.indexOf("<", at);
    if (lt === -1) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m || m.index !== lt) {
      at = lt + 1;
      continue;
    }
    at = TAG.lastIndex;
    const name = (m.groups?.name ?? "").toLowerCase();
    if (m.groups?.close) {
      if ((open.get(name) ?? 0) > 0) while (stack.length > 0 && stack.at(-1) !== name) pop();
      if (stack.at(-1) === name) pop();
      continue;
    }
    // "<div/>" opens a div in HTML (only void elements and SVG/MathML content self-close)
    if (VOID.has(name)) continue;
    const rawEnd = RAW_TEXT_END.get(name);
    if (rawEnd) {
      rawEnd.lastIndex = at;
      const end = rawEnd.exec(html);
      at = end === null ? html.length : end.index;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && stack.at(-1) === name) pop();
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    deepest = Math.max(deepest, stack.length);
    if (deepest > stopAbove) return deepest;
  }
  return deepest;
}
