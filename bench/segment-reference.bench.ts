import { createRequire } from "node:module";
import { createJiebaRsBackend } from "../dist/segment/index.js";
import { megabytes, replicate, timeIt, fmt, type BenchContext, type Row } from "./_harness.js";

// The reference: bare nodejieba.cut over the corpus replicated to >= 2 MB; beside it, for information, the engine
// planlens segments with (jieba-rs through @node-rs/jieba, jieba's dictionary, no HMM as nodejieba's cut).
export async function run(context: BenchContext): Promise<Row[]> {
  const jieba = createRequire(import.meta.url)("nodejieba") as { load(): void; cut(s: string): string[] };
  const t0 = performance.now();
  jieba.load();
  const load = (performance.now() - t0) / 1000;
  const texts = replicate(context.corpus, 2e6);
  const mb = megabytes(texts);
  const seconds = timeIt(() => { for (const t of texts) jieba.cut(t); });
  context.referenceMbPerSecond = mb / seconds;
  context.referencePass = () => { for (const t of texts) jieba.cut(t); };
  const t1 = performance.now();
  const rs = createJiebaRsBackend(new Uint8Array());
  const rsLoad = (performance.now() - t1) / 1000;
  const rsSeconds = timeIt(() => { for (const t of texts) rs.cut(t); });
  return [
    { scenario: "reference", metric: "nodejieba.cut MB/s", value: fmt(mb / seconds), note: `${fmt(mb)} MB` },
    { scenario: "reference", metric: "nodejieba dictionary load s", value: fmt(load) },
    { scenario: "reference", metric: "jieba-rs cut MB/s (planlens's engine)", value: `${fmt(mb / rsSeconds)} (${fmt(seconds / rsSeconds)}×)`, note: `load ${fmt(rsLoad)} s` },
  ];
}
