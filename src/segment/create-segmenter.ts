import { readResource } from "../resources/read-resource.js";
import type { Token } from "../types.js";
import { chunkText } from "./chunk-text.js";
import { createJiebaRsBackend } from "./jieba-rs-backend.js";
import { placeWords } from "./place-words.js";
import type { JiebaBackend, Segmenter, SegmenterOptions } from "./segmenter.js";

/**
 * The bundled domain dictionary (the build copies src/segment/dict → dist/segment/dict). Written from the parent
 * folder so that the same URL holds in src/segment, dist/segment and the CLI's one-file bundle in dist/cli.
 */
export const DEFAULT_USER_DICT = new URL("../segment/dict/user.dict.utf8", import.meta.url);

/**
 * A segmenter over jieba. Nothing is loaded here: the engine and its dictionaries (≈0.2 s) are
 * built on the first `cut`, once per segmenter.
 */
export function createSegmenter(options: SegmenterOptions = {}): Segmenter {
  const userDict = options.userDict ?? DEFAULT_USER_DICT;
  const createBackend = options.createBackend ?? createJiebaRsBackend;
  const tags = options.tags ?? false;
  let backend: JiebaBackend | null = null;
  return {
    cut: (text: string): Token[] => {
      if (text.length === 0) return [];
      backend ??= createBackend(readResource(userDict));
      // jieba's cost grows faster than linearly with the length of a run: cut in bounded pieces
      const tokens: Token[] = [];
      for (const { start, end } of chunkText(text)) {
        const piece = text.slice(start, end);
        placeWords(piece, tags ? backend.tag(piece) : backend.cut(piece), start, tokens);
      }
      return tokens;
    },
  };
}
