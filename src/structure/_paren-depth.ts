const [OPEN_PAREN, OPEN_PAREN_WIDE, CLOSE_PAREN, CLOSE_PAREN_WIDE] = [..."(（)）"].map((ch) => ch.charCodeAt(0));

/**
 * How many parentheses are open at a position, counted from the start of its line (a newline closes them
 * all). Positions must be asked in increasing order; whole lines before the one asked about are jumped
 * over with indexOf, so only the part of a line before an asked position is read, once.
 */
export class ParenDepth {
  private readonly text: string;
  private readonly units: Uint16Array;
  private readAt = 0;
  private depth = 0;
  private lineEnd: number;

  /** `units` is the code units of `text` */
  constructor(text: string, units: Uint16Array) {
    this.text = text;
    this.units = units;
    this.lineEnd = this.newlineFrom(0);
  }

  private newlineFrom(from: number): number {
    const newline = this.text.indexOf("\n", from);
    return newline === -1 ? this.text.length : newline;
  }

  depthAt(position: number): number {
    while (this.lineEnd < position) {
      this.readAt = this.lineEnd + 1;
      this.depth = 0;
      this.lineEnd = this.newlineFrom(this.readAt);
    }
    // locals in the loop: fields (like a closure's captured variables) would be written back on every character
    const units = this.units;
    let depth = this.depth;
    let at = this.readAt;
    for (; at < position; at += 1) {
      const code = units[at] as number;
      if (code === OPEN_PAREN || code === OPEN_PAREN_WIDE) depth += 1;
      else if ((code === CLOSE_PAREN || code === CLOSE_PAREN_WIDE) && depth > 0) depth -= 1;
    }
    this.readAt = at;
    this.depth = depth;
    return depth;
  }
}
