const [OPEN_PAREN, OPEN_PAREN_WIDE, CLOSE_PAREN, CLOSE_PAREN_WIDE] = [..."(（)）"].map((ch) => ch.charCodeAt(0));

/**
 * How many parentheses are open at a position, counted from the start of its line (a newline closes them
 * all). Positions must be asked in increasing order; whole lines before the one asked about are jumped
 * over with indexOf, so only the part of a line before an asked position is read, once.
 */
export function createParenDepth(text: string): (position: number) => number {
  const newlineFrom = (from: number): number => {
    const newline = text.indexOf("\n", from);
    return newline === -1 ? text.length : newline;
  };
  let at = 0;
  let depth = 0;
  let lineEnd = newlineFrom(0);
  return (position) => {
    while (lineEnd < position) {
      at = lineEnd + 1;
      depth = 0;
      lineEnd = newlineFrom(at);
    }
    for (; at < position; at += 1) {
      const code = text.charCodeAt(at);
      if (code === OPEN_PAREN || code === OPEN_PAREN_WIDE) depth += 1;
      else if ((code === CLOSE_PAREN || code === CLOSE_PAREN_WIDE) && depth > 0) depth -= 1;
    }
    return depth;
  };
}
