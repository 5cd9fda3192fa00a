import { writeFileSync } from "node:fs";
import { readResource } from "../resources/read-resource.js";
import { encodeIdfFile } from "./idf-file.js";
import { JIEBA_IDF_FILE, jiebaIdfText, packIdf } from "./idf-table.js";

// Run by `npm run build` (node dist/keywords/write-idf-file.js): jieba's IDF table, packed, beside this module.
const { path, source } = jiebaIdfText();
writeFileSync(JIEBA_IDF_FILE, encodeIdfFile(packIdf(readResource(path), false), source));
