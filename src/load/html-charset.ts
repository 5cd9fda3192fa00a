/** The charset an HTML page declares in its first 4 KB (<meta charset> or http-equiv Content-Type). */
const META_CHARSET = /<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9_.:-]{1,40})/i;

export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  let head = "";
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i] ?? 0);
  return META_CHARSET.exec(head)?.groups?.charset?.toLowerCase() ?? null;
}
