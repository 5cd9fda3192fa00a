import { charSet } from "../char-table.js";

export { charSet, isWhiteSpace } from "../char-table.js";

/** [ \t\u3000\u00a0]: the spaces inside a line */
export const isInlineSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;

/** A line end, or the end of the text (charCodeAt gives NaN past the end). */
export const isLineEndOrEnd = (code: number): boolean => code === 0x0a || code === 0x0d || Number.isNaN(code);

/** The marks that end a sentence (a title is a phrase, a body is sentences). */
export const isSentenceEnd = charSet("。！？；;!?");

/** "#" and "*": the heading and bold marks of a Markdown line ("## 一、指导思想", "**具体措施：**"). */
export const isMarkdownMark = charSet("#*");
