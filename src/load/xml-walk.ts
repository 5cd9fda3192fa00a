/**
 * Stream an XML string through saxes as open/close/text callbacks with namespace prefixes stripped
 * ("w:p" → "p", "w:val" → "val"). Throws on malformed XML; callers turn that into a "corrupt" failure.
 */
import { saxes } from "./_lazy-modules.js";

export interface XmlHandlers {
  open?(name: string, attrs: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

const NO_ATTRS: Readonly<Record<string, string>> = Object.freeze({});

function localAttrs(attrs: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  let out: Record<string, string> | null = null;
  for (const k in attrs) (out ??= {})[localName(k)] = attrs[k] ?? "";
  return out ?? NO_ATTRS;
}

export function walkXml(xml: string, handlers: XmlHandlers): void {
  const parser = new (saxes().SaxesParser)({ xmlns: false, position: false });
  let failure: Error | null = null;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("opentag", (tag) => {
    handlers.open?.(localName(tag.name), localAttrs(tag.attributes as Record<string, string>));
  });
  parser.on("closetag", (tag) => handlers.close?.(localName(tag.name)));
  parser.on("text", (t) => handlers.text?.(t));
  parser.on("cdata", (t) => handlers.text?.(t));
  parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  if (failure) throw failure;
}

/** The XML part as a string (parts are UTF-8, sometimes UTF-16 with a BOM). */
export function xmlPartText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
