export { createLineLocator, type LineLocator, type Point } from "./line-index.js";
export { CORE_SECTION_KINDS, FINDING_COLUMNS, TARGET_COLUMNS, coverageColumn } from "./csv-columns.js";
export { findingHeader, planHeader, targetHeader, toFindingRows, toPlanRows, toTargetRows, type CsvRow, type PlanLocator } from "./to-csv-rows.js";
export { neutraliseCell, toCsv, UTF8_BOM } from "./to-csv.js";
export { toText } from "./to-text.js";
