import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Token } from "../types.js";
import { chunkText } from "./chunk-text.js";
import { placeWords } from "./place-words.js";
import type { JiebaBackend, Segmenter, SegmenterOptions } from "./segmenter.js";

/** The bundled domain dictionary (the build copies src/segment/dict → dist/segment/dict). */
export const DEFAULT_USER_DICT = new URL("./dict/user.dict.utf8", import.meta.url);

/** nodejieba keeps ONE loaded dictionary per process: remember which, so segmenters share the load. */
let loadedDict: { readonly backend: JiebaBackend; readonly path: string } | null = null;

/**
 * A segmenter over nodejieba. Nothing is loaded here: nodejieba and its dictionaries (≈2–3 s) are
 * loaded on the first `cut` or `extract`. nodejieba's state is process-wide: segmenters with different
 * user dictionaries reload it when they alternate, so use one dictionary per process (or worker).
 */
export function createSegmenter(options: SegmenterOptions = {}): Segmenter {
  const dict = options.userDict ?? DEFAULT_USER_DICT;
  const path = typeof dict === "string" ? dict : fileURLToPath(dict);
  const tags = options.tags ?? false;
  let backend: JiebaBackend | null = options.backend ?? null;
  const ready = (): JiebaBackend => {
    backend ??= requireNodejieba();
    if (loadedDict?.backend !== backend || loadedDict.path !== path) {
      backend.load({ userDict: path });
      loadedDict = { backend, path };
    }
    return backend;
  };
  return {
    cut: (text: string): Token[] => {
      if (text.length === 0) return [];
      const jieba = ready();
      // jieba's cost grows faster than linearly with the length of a run: cut in bounded pieces
      const tokens: Token[] = [];
      for (const { start, end } of chunkText(text)) {
        const piece = text.slice(start, end);
        placeWords(piece, tags ? jieba.tag(piece) : jieba.cut(piece), start, tokens);
      }
      return tokens;
    },
    extract: (text: string, top: number) => (text.length === 0 || top <= 0 ? [] : [...ready().extract(text, top)]),
  };
}

function requireNodejieba(): JiebaBackend {
  const require = createRequire(import.meta.url);
  return require("nodejieba") as JiebaBackend;
}
