import { charSet } from "../../char-table.js";

/**
 * Traditional and variant characters the patterns are written without, folded one-for-one so every offset
 * stays valid (the pipeline's clean stage may already have converted them; raw text still works).
 */
const VARIANTS: Readonly<Record<string, string>> = {
  週: "周", 禮: "礼", 個: "个", 後: "后", 號: "号", 時: "时", 點: "点", 鐘: "钟", 這: "这", 學: "学",
  開: "开", 兩: "两", 內: "内", 當: "当", 節: "节", 國: "国", 慶: "庆", 聖: "圣", 誕: "诞", 兒: "儿",
  勞: "劳", 動: "动", 婦: "妇", 終: "终", 聽: "听",
};

const SINGLE = Object.fromEntries(Object.entries(VARIANTS).filter(([k, v]) => k !== v));
/** The characters foldVariants changes. */
export const VARIANT_CHARACTERS = Object.keys(SINGLE).join("");
const PATTERN = new RegExp(`[${VARIANT_CHARACTERS}]`, "gu");

/** Code units of the variant characters (a table lookup per character is much cheaper than a regex scan). */
const IS_VARIANT = charSet(VARIANT_CHARACTERS);

/** Same length as the input, so offsets into the result are offsets into the input. */
export function foldVariants(text: string): string {
  let i = 0;
  while (i < text.length && !IS_VARIANT(text.charCodeAt(i))) i += 1;
  if (i === text.length) return text; // simplified text, the usual case
  return text.replace(PATTERN, (ch) => SINGLE[ch] ?? ch);
}
