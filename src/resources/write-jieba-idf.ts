import { writeFileSync } from "node:fs";
import { encodeIdfFile } from "../keywords/idf-file.js";
import { JIEBA_IDF_FILE, jiebaIdfText, packIdf } from "../keywords/idf-table.js";
import { readResource } from "./read-resource.js";

// Run by `npm run build` (node dist/resources/write-jieba-idf.js): jieba's IDF table, packed, into dist/keywords/.
const { path, source } = jiebaIdfText();
writeFileSync(JIEBA_IDF_FILE, encodeIdfFile(packIdf(readResource(path), false), source));
