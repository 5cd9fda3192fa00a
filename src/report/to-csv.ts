import { stringify } from "csv-stringify/sync";
import type { CsvRow } from "./to-csv-rows.js";

export const UTF8_BOM = "\uFEFF";

/** A cell that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe. */
export function neutraliseCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** CSV lines for rows (no BOM): callers write the BOM once at the start of a file. */
export function toCsv(rows: readonly CsvRow[]): string {
  return stringify(rows.map((row) => row.map(neutraliseCell)), { eof: true, record_delimiter: "\r\n" });
}
