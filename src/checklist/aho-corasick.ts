import { OccurrenceList } from "./occurrence-list.js";

/**
 * An Aho–Corasick automaton compiled to a transition table (failure links folded in), so the scan does a fixed
 * number of table reads per UTF-16 code unit and never follows a failure chain. The table is packed: a state's
 * row differs from the root's in a few columns only (the children along its failure chain), so only those
 * exceptions are stored, the rows overlaid in one array (a full table of the default checklist is ~0.9 MB, too
 * big for the cache next to the other stages; packed it is ~10 KB). A state is the offset of its row; the root is
 * 0 and the states where some pattern ends come last, so a scan tells "nothing ends here" by one comparison.
 */
export interface Automaton {
  readonly patterns: readonly string[];
  /** per pattern: its length in UTF-16 code units */
  readonly lengths: Int32Array;
  /** per UTF-16 code unit: its column; 0 for a unit no pattern holds (every state goes to the root) */
  readonly columnOf: Uint16Array;
  /** per column: the state after reading it in the root, and in any state without an exception there */
  readonly rootNext: Int32Array;
  /** state s reading column c goes to next[s + c] when owner[s + c] is s, else to rootNext[c] */
  readonly owner: Int32Array;
  readonly next: Int32Array;
  /** the states from here on have outputs */
  readonly firstOutputState: number;
  /** the patterns ending in state s, own and inherited through failure links, longest first:
   * outputs[outputFrom[s] … outputTo[s]] */
  readonly outputFrom: Int32Array;
  readonly outputTo: Int32Array;
  readonly outputs: Int32Array;
}

interface TrieNode {
  /** by column */
  readonly children: Map<number, TrieNode>;
  readonly id: number;
  /** patterns ending here, own and inherited through failure links */
  outputs: number[];
  /** the node's row where it differs from the root's, by column: its children and those of its failure chain */
  exceptions: Map<number, TrieNode>;
}

/** Builds an Aho–Corasick automaton over UTF-16 code units; empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const columnOf = new Uint16Array(0x10000);
  let columns = 1;
  const nodes: TrieNode[] = [];
  const newNode = (): TrieNode => {
    const node: TrieNode = { children: new Map(), id: nodes.length, outputs: [], exceptions: new Map() };
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
      const column = columnOf[code] as number;
      let child = node.children.get(column);
      if (!child) node.children.set(column, (child = newNode()));
      node = child;
    }
    node.outputs.push(index);
  });

  // breadth first, so a node's failure node has its outputs and exceptions before the node itself
  const queue: [node: TrieNode, fail: TrieNode][] = [...root.children.values()].map((child) => [child, root]);
  for (let head = 0; head < queue.length; head += 1) {
    const [node, fail] = queue[head] as [TrieNode, TrieNode];
    node.outputs = [...node.outputs, ...fail.outputs];
    node.exceptions = new Map([...fail.exceptions, ...node.children]);
    for (const [column, child] of node.children) {
      queue.push([child, fail.exceptions.get(column) ?? root.children.get(column) ?? root]);
    }
  }

  const { start, last } = placeRows(nodes, columns);
  const rootNext = new Int32Array(columns);
  for (const [column, child] of root.children) rootNext[column] = start[child.id] as number;
  let firstOutputState = 0;
  for (const node of nodes) {
    if (node.outputs.length === 0) firstOutputState = Math.max(firstOutputState, (start[node.id] as number) + 1);
  }
  const size = last + columns;
  const owner = new Int32Array(size).fill(-1);
  const next = new Int32Array(size);
  const outputFrom = new Int32Array(size);
  const outputTo = new Int32Array(size);
  const outputs: number[] = [];
  for (const node of nodes) {
    const row = start[node.id] as number;
    for (const [column, target] of node.exceptions) {
      owner[row + column] = row;
      next[row + column] = start[target.id] as number;
    }
    outputFrom[row] = outputs.length;
    outputs.push(...node.outputs);
    outputTo[row] = outputs.length;
  }
  return {
    patterns,
    lengths: Int32Array.from(patterns, (pattern) => pattern.length),
    columnOf,
    rootNext,
    owner,
    next,
    firstOutputState,
    outputFrom,
    outputTo,
    outputs: Int32Array.from(outputs),
  };
}

/**
 * Gives each node its state: the offset of its row in the packed table, distinct for every node, so that its
 * exceptions land on slots no other row takes. The root is 0; the nodes with outputs come after all others.
 * Rows are placed longest first, each looked for from where the one before it went (next fit): the holes left
 * behind stay empty, but the search stays short, where first fit would retry every start past a hole no row fills.
 */
function placeRows(nodes: readonly TrieNode[], columns: number): { start: Int32Array; last: number } {
  const start = new Int32Array(nodes.length);
  // a row fits at the latest right after the last slot taken or start used: each row moves them by columns at most
  const taken = new Uint8Array((nodes.length + 1) * (columns + 1));
  const started = new Uint8Array(taken.length);
  started[0] = 1;
  let from = 1;
  let last = 0;
  for (const withOutputs of [false, true]) {
    const group = nodes
      .filter((node) => node.id !== 0 && (node.outputs.length > 0) === withOutputs)
      .sort((a, b) => b.exceptions.size - a.exceptions.size);
    for (const node of group) {
      let at = from;
      while (started[at] === 1 || !fits(node.exceptions, at, taken)) at += 1;
      start[node.id] = from = at;
      last = Math.max(last, at);
      started[at] = 1;
      for (const column of node.exceptions.keys()) taken[at + column] = 1;
    }
    // the states with outputs after all others: one comparison tells them apart
    from = last + 1;
  }
  return { start, last };
}

function fits(exceptions: ReadonlyMap<number, TrieNode>, at: number, taken: Uint8Array): boolean {
  for (const column of exceptions.keys()) if (taken[at + column] === 1) return false;
  return true;
}

/**
 * Every occurrence of every pattern (overlapping ones included), in order of start, then longest first, into
 * `into` (emptied first); `pattern` is the index in the list the automaton was built from.
 */
export function findAll(automaton: Automaton, text: string, into: OccurrenceList = new OccurrenceList()): OccurrenceList {
  into.clear();
  const { lengths, columnOf, rootNext, owner, next, firstOutputState, outputFrom, outputTo, outputs } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i += 1) {
    const column = columnOf[text.charCodeAt(i)]!;
    const slot = state + column;
    // a branch-free choice between the state's exception and the root's row: which one applies is unpredictable
    const notOwn = owner[slot]! ^ state;
    const useRoot = (notOwn | -notOwn) >> 31;
    state = (next[slot]! & ~useRoot) | (rootNext[column]! & useRoot);
    if (state < firstOutputState) continue;
    const last = outputTo[state]!;
    for (let k = outputFrom[state]!; k < last; k += 1) {
      const pattern = outputs[k]!;
      into.add(pattern, i + 1 - lengths[pattern]!, i + 1);
    }
  }
  return into;
}
