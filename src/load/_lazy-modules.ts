import { createRequire } from "node:module";
import type * as HtmlToText from "html-to-text";
import type * as Fflate from "fflate";
import type * as Saxes from "saxes";
import type * as Jschardet from "jschardet";
import type IconvLite from "iconv-lite";

// Decoders load on first use: a UTF-8 .txt run should not pay ~250 ms to import the HTML, zip, XML and charset
// libraries it never needs (the CLI cold-start goal).
const require = createRequire(import.meta.url);

function lazy<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}

export const htmlToText = lazy<typeof HtmlToText>("html-to-text");
export const fflate = lazy<typeof Fflate>("fflate");
export const saxes = lazy<typeof Saxes>("saxes");
export const jschardet = lazy<typeof Jschardet>("jschardet");
export const iconv = lazy<typeof IconvLite>("iconv-lite");
