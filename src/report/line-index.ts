/** 1-based line and column of an offset (vfile-location): offsets are stored, line:col derived only for people. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

export type LineLocator = (offset: number) => Point;

export function createLineLocator(text: string): LineLocator {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}
