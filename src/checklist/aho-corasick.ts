import { OccurrenceList } from "./occurrence-list.js";

/**
 * An Aho–Corasick automaton compiled to a full transition table (failure links folded in), so the scan
 * does one table read per UTF-16 code unit and never follows a failure chain. States are numbered by their
 * row's offset in the table, the root first and the states where some pattern ends last, so a scan tells
 * "nothing ends here" by one comparison.
 */
export interface Automaton {
  readonly patterns: readonly string[];
  /** per pattern: its length in UTF-16 code units */
  readonly lengths: Uint32Array;
  /** per UTF-16 code unit: its column in `next`; 0 for a unit no pattern holds (every state goes to the root) */
  readonly columnOf: Uint16Array;
  /** next[state + column]: the state after reading a unit; the root is state 0 */
  readonly next: Uint32Array;
  /** the states from here on have outputs */
  readonly firstOutputState: number;
  /** the patterns ending in state s, own and inherited through failure links, longest first:
   * outputs[outputStart[s / columns] … outputStart[s / columns + 1]] */
  readonly columns: number;
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

  // renumber: the root first, states with outputs last, each state by its row offset
  const order = [...nodes.filter((node) => node.outputs.length === 0), ...nodes.filter((node) => node.outputs.length > 0)];
  const rowOf = new Uint32Array(nodes.length);
  order.forEach((node, position) => (rowOf[node.id] = position * columns));
  const rows = new Uint32Array(next.length);
  order.forEach((node, position) => {
    for (let column = 0; column < columns; column += 1) {
      rows[position * columns + column] = rowOf[next[node.id * columns + column] as number] as number;
    }
  });
  const outputStart = new Uint32Array(order.length + 1);
  order.forEach((node, position) => (outputStart[position + 1] = (outputStart[position] as number) + node.outputs.length));
  const outputs = new Uint32Array(order.flatMap((node) => node.outputs));
  const firstOutputState = order.findIndex((node) => node.outputs.length > 0);
  return {
    patterns,
    lengths: Uint32Array.from(patterns, (pattern) => pattern.length),
    columnOf,
    next: rows,
    firstOutputState: (firstOutputState < 0 ? order.length : firstOutputState) * columns,
    columns,
    outputStart,
    outputs,
  };
}

/**
 * Every occurrence of every pattern (overlapping ones included), in order of start, then longest first, into
 * `into` (emptied first); `pattern` is the index in the list the automaton was built from.
 */
export function findAll(automaton: Automaton, text: string, into: OccurrenceList = new OccurrenceList()): OccurrenceList {
  into.clear();
  const { lengths, columnOf, next, firstOutputState, columns, outputStart, outputs } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i += 1) {
    state = next[state + (columnOf[text.charCodeAt(i)] as number)] as number;
    if (state < firstOutputState) continue;
    const row = state / columns;
    const last = outputStart[row + 1] as number;
    for (let k = outputStart[row] as number; k < last; k += 1) {
      const pattern = outputs[k] as number;
      into.add(pattern, i + 1 - (lengths[pattern] as number), i + 1);
    }
  }
  return into;
}
