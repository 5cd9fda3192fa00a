import { createRequire } from "node:module";
import { readResource } from "../resources/read-resource.js";
import type { JiebaBackend } from "./segmenter.js";

/** The part of @node-rs/jieba used here. */
interface JiebaRs {
  cut(sentence: string, hmm: boolean): string[];
  tag(sentence: string, hmm: boolean): { word: string; tag: string }[];
  loadDict(dict: Uint8Array): void;
}
interface JiebaRsModule {
  Jieba: { withDict(dict: Uint8Array): JiebaRs };
}

/**
 * jieba-rs through @node-rs/jieba, with jieba's own dictionary and `userDict` on top. HMM stays off
 * (as nodejieba's `cut` did): unknown words come out as single characters rather than guessed words.
 * Chosen over nodejieba for speed and memory (bench/README.md): ~0.2 s and ~55 MB to load against
 * ~2.5 s and ~260 MB (nodejieba builds its dictionary twice), and about twice nodejieba's cut speed.
 */
export function createJiebaRsBackend(userDict: Uint8Array): JiebaBackend {
  const require = createRequire(import.meta.url);
  const { Jieba } = require("@node-rs/jieba") as JiebaRsModule;
  // read here rather than through @node-rs/jieba/dict, which also holds the 6 MB IDF table for good
  const jieba = Jieba.withDict(readResource(require.resolve("@node-rs/jieba/dict.txt")));
  if (userDict.length > 0) jieba.loadDict(userDict);
  return {
    cut: (sentence) => jieba.cut(sentence, false),
    tag: (sentence) => jieba.tag(sentence, false),
  };
}
