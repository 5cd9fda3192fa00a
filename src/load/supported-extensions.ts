/** File name endings the CLI picks up when it walks a folder (the format itself is read from the bytes). */
export const SUPPORTED_EXTENSIONS: readonly string[] = [".txt", ".md", ".docx", ".html", ".htm"];

/**
 * Document formats a folder of plans often holds too that planlens cannot read (old Word and WPS files, PDF, RTF). A
 * folder walk picks them up as well, so that each becomes an "unsupported" row saying how to convert it instead of
 * being passed over without a word (images, spreadsheets and archives in a folder are attachments, not plans).
 */
export const UNREADABLE_DOCUMENT_EXTENSIONS: readonly string[] = [".doc", ".wps", ".pdf", ".rtf"];
