/** One occurrence of a pattern: `pattern` is its index in the list the automaton was built from. */
export interface PatternMatch {
  readonly pattern: number;
  readonly start: number;
  readonly end: number;
}

/**
 * An Aho–Corasick automaton compiled to a full transition table (failure links folded in), so the scan
 * does one table read per UTF-16 code unit and never follows a failure chain.
 */
export interface Automaton {
  readonly patterns: readonly string[];
  /** per UTF-16 code unit: its column in `next`; 0 for a unit no pattern holds (every state goes to the root) */
  readonly columnOf: Uint16Array;
  /** columns per state row */
  readonly columns: number;
  /** next[state × columns + column]: the state after reading a unit; state 0 is the root */
  readonly next: Uint32Array;
  /** the patterns ending in state s, own and inherited through failure links, longest first:
   * outputs[outputStart[s] … outputStart[s + 1]] */
  readonly outputStart: Uint32Array;
  readonly outputs: Uint32Array;
}

interface TrieNode {
  readonly children: Map<number, TrieNode>;
  readonly id: number;
  /** patterns ending here, own and inherited through failure links */
  outputs: number[];
}

/** Builds an Aho–Corasick automaton over UTF-16 code units; empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const columnOf = new Uint16Array(0x10000);
  let columns = 1;
  const nodes: TrieNode[] = [];
  const newNode = (): TrieNode => {
    const node: TrieNode = { children: new Map(), id: nodes.length, outputs: [] };
    nodes.push(node);
    return node;
  };
  const root = newNode();
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let node = root;
    for (let i = 0; i < pattern.length; i += 1) {
      const code = pattern.charCodeAt(i);
      if (columnOf[code] === 0) columnOf[code] = columns++;
      let child = node.children.get(code);
      if (!child) node.children.set(code, (child = newNode()));
      node = child;
    }
    node.outputs.push(index);
  });

  // breadth first, so a state's failure state has its row filled before the state itself
  const next = new Uint32Array(nodes.length * columns);
  const queue: [TrieNode, TrieNode][] = [];
  for (const [code, child] of root.children) {
    next[columnOf[code] as number] = child.id;
    queue.push([child, root]);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const [node, fail] = queue[head] as [TrieNode, TrieNode];
    node.outputs = [...node.outputs, ...fail.outputs];
    const row = node.id * columns;
    next.copyWithin(row, fail.id * columns, fail.id * columns + columns);
    for (const [code, child] of node.children) {
      const column = columnOf[code] as number;
      queue.push([child, nodes[next[row + column] as number] as TrieNode]);
      next[row + column] = child.id;
    }
  }

  const outputStart = new Uint32Array(nodes.length + 1);
  nodes.forEach((node, id) => (outputStart[id + 1] = (outputStart[id] as number) + node.outputs.length));
  const outputs = new Uint32Array(nodes.flatMap((node) => node.outputs));
  return { patterns, columnOf, columns, next, outputStart, outputs };
}

/** Every occurrence of every pattern (overlapping ones included), in order of end, then longest first. */
export function findAll(automaton: Automaton, text: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  const { patterns, columnOf, columns, next, outputStart, outputs } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i += 1) {
    state = next[state * columns + (columnOf[text.charCodeAt(i)] as number)] as number;
    const last = outputStart[state + 1] as number;
    for (let k = outputStart[state] as number; k < last; k += 1) {
      const pattern = outputs[k] as number;
      matches.push({ pattern, start: i + 1 - (patterns[pattern] as string).length, end: i + 1 });
    }
  }
  return matches;
}
