/** File name endings the CLI picks up when it walks a folder (the format itself is read from the bytes). */
export const SUPPORTED_EXTENSIONS: readonly string[] = [".txt", ".md", ".docx", ".html", ".htm"];
