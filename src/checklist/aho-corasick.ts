/** One occurrence of a pattern: `pattern` is its index in the list the automaton was built from. */
export interface PatternMatch {
  readonly pattern: number;
  readonly start: number;
  readonly end: number;
}

interface Node {
  readonly next: Map<number, Node>;
  fail: Node | null;
  /** patterns ending here, own and inherited through failure links */
  outputs: number[];
}

export interface Automaton {
  readonly patterns: readonly string[];
  readonly root: Node;
  /** 1 for each UTF-16 code unit that starts some pattern: elsewhere the root stays the root */
  readonly rootStarts: Uint8Array;
}

/** Builds an Aho–Corasick automaton over UTF-16 code units; empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const root: Node = { next: new Map(), fail: null, outputs: [] };
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let node = root;
    for (let i = 0; i < pattern.length; i += 1) {
      const code = pattern.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), fail: null, outputs: [] }));
      node = child;
    }
    node.outputs.push(index);
  });
  const queue: Node[] = [];
  for (const child of root.next.values()) {
    child.fail = root;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as Node;
    for (const [code, child] of node.next) {
      let fail = node.fail;
      while (fail && !fail.next.has(code)) fail = fail.fail;
      child.fail = fail?.next.get(code) ?? root;
      child.outputs = [...child.outputs, ...child.fail.outputs];
      queue.push(child);
    }
  }
  const rootStarts = new Uint8Array(0x10000);
  for (const code of root.next.keys()) rootStarts[code] = 1;
  return { patterns, root, rootStarts };
}

/** Every occurrence of every pattern (overlapping ones included), in order of end, then longest first. */
export function findAll(automaton: Automaton, text: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  const { root, patterns, rootStarts } = automaton;
  let node = root;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (node === root && rootStarts[code] === 0) continue;
    let child = node.next.get(code);
    while (child === undefined && node !== root) {
      node = node.fail ?? root;
      child = node.next.get(code);
    }
    node = child ?? root;
    if (node.outputs.length === 0) continue;
    for (const pattern of node.outputs) {
      const length = (patterns[pattern] as string).length;
      matches.push({ pattern, start: i + 1 - length, end: i + 1 });
    }
  }
  return matches;
}
