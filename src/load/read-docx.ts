/**
 * A .docx (or any zip) → text. The zip directory is checked against the limits first; only the
 * main document part, numbering.xml and styles.xml are inflated.
 */
import { docxDocumentText } from "./docx-document.js";
import { emptyNumberingModel, parseNumbering, parseStyles, type NumberingModel } from "./docx-numbering.js";
import { loadFailure, type LoadFailure } from "./error-codes.js";
import { createListCounter } from "./list-counter.js";
import type { ResolvedLoadOptions } from "./load-options.js";
import { extractZipEntry, readZipDirectory, type ZipEntry } from "./read-zip.js";
import { walkXml, xmlPartText } from "./xml-walk.js";

export type DocxResult = { readonly ok: true; readonly text: string } | LoadFailure;

const OTHER_ZIPS: readonly (readonly [string, string])[] = [
  ["xl/workbook.xml", "an Excel workbook (.xlsx) is not supported: copy the plan's text into a .docx or .txt"],
  ["ppt/presentation.xml", "a PowerPoint file (.pptx) is not supported: copy the plan's text into a .docx or .txt"],
  ["content.xml", "an OpenDocument file (.odt) is not supported: open it and save it as .docx"],
];

/** Thrown from deep inside to carry a part's failure (encrypted, corrupt …) out to readDocx. */
class PartFailure extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.message);
  }
}

function unsupportedZip(names: ReadonlySet<string>): LoadFailure {
  for (const [part, message] of OTHER_ZIPS) if (names.has(part)) return loadFailure("unsupported", message);
  return loadFailure("unsupported", "a zip archive that is not a Word document: unpack it and give planlens the files inside");
}

function partText(bytes: Uint8Array, entry: ZipEntry | undefined): string | null {
  if (!entry) return null;
  const data = extractZipEntry(bytes, entry);
  if (!(data instanceof Uint8Array)) throw new PartFailure(data);
  return xmlPartText(data);
}

/** _rels/.rels names the main document part; usually word/document.xml. */
function mainPartName(bytes: Uint8Array, byName: ReadonlyMap<string, ZipEntry>): string | null {
  const rels = partText(bytes, byName.get("_rels/.rels"));
  const targets: string[] = [];
  if (rels !== null) {
    walkXml(rels, {
      open(name, a) {
        if (name === "Relationship" && /\/officeDocument$/.test(a.Type ?? "") && a.Target) targets.push(a.Target);
      },
    });
  }
  const candidate = targets[0]?.replace(/^\//, "");
  if (candidate?.startsWith("word/") && byName.has(candidate)) return candidate;
  return byName.has("word/document.xml") ? "word/document.xml" : null;
}

function numberingModel(bytes: Uint8Array, byName: ReadonlyMap<string, ZipEntry>, folder: string): NumberingModel {
  const numberingXml = partText(bytes, byName.get(`${folder}numbering.xml`));
  const stylesXml = partText(bytes, byName.get(`${folder}styles.xml`));
  const base = emptyNumberingModel();
  const { abstractNums, nums } = numberingXml === null ? base : parseNumbering(numberingXml);
  return { abstractNums, nums, styles: stylesXml === null ? base.styles : parseStyles(stylesXml) };
}

export function readDocx(bytes: Uint8Array, options: ResolvedLoadOptions): DocxResult {
  const dir = readZipDirectory(bytes, {
    maxEntries: options.maxDocxEntries,
    maxTotalBytes: options.maxDocxUncompressedBytes,
  });
  if (!dir.ok) return dir;
  const byName = new Map(dir.entries.map((e) => [e.name, e] as const));
  try {
    const main = mainPartName(bytes, byName);
    if (main === null) return unsupportedZip(new Set(byName.keys()));
    const folder = main.slice(0, main.lastIndexOf("/") + 1);
    const documentXml = partText(bytes, byName.get(main)) ?? "";
    const text = docxDocumentText(documentXml, createListCounter(numberingModel(bytes, byName, folder)));
    return { ok: true, text };
  } catch (error) {
    if (error instanceof PartFailure) return error.failure;
    return loadFailure("corrupt", "the .docx is damaged: its XML cannot be read; open it in Word/WPS and save it again");
  }
}
