export const MAIN_HELP = `planlens — read Chinese education work plans (教研/学校工作计划) into checkable data

Usage:
  planlens analyse <file|dir|glob>... [options]   analyse plans, one row per plan
  planlens rules                                  list the review rules
  planlens --help | --version

Run "planlens analyse --help" for the options.

Example:
  planlens analyse corpus --out report.csv
`;

export const ANALYSE_HELP = `Usage: planlens analyse <file|dir|glob>... [options]

Files (.txt .md .docx .html .htm), folders (walked recursively) and globs ("plans/**/*.docx").
.doc .wps .pdf .rtf files in a folder become rows with an "unsupported" error saying how to convert them.
Encodings (UTF-8, GB18030/GBK, UTF-16) are detected from the bytes.

Options:
  --format csv|json|jsonl|text   output format (default: from --out's extension, else json)
                                 e.g. --format jsonl
  --out FILE                     write to FILE instead of stdout (written as FILE.partial, renamed
                                 to FILE when complete)       e.g. --out report.csv
  --targets-csv FILE             also write one row per measurable target   e.g. --targets-csv targets.csv
  --findings-csv FILE            also write one row per review finding, batch findings (template-copy)
                                 last                         e.g. --findings-csv findings.csv
  --checklist FILE               a custom checklist (JSON, validated)       e.g. --checklist my-list.json
  --config FILE                  rule settings (JSON): turn rules off or change their severity
                                 e.g. --config rules.json  with  {"rules": {"vague-language": "off",
                                 "template-copy": "error"}}   ("planlens rules" lists the ids)
  --jobs N                       analysing threads: this one + N-1 workers (default: one per core,
                                 at most one per 600 files, 1,000 with --no-segment: a worker
                                 costs more than it brings on smaller batches)    e.g. --jobs 2
  --anchor YEAR-TERM             the plans' period, overriding detection    e.g. --anchor 2022-autumn
                                 (terms: autumn, spring, year)
  --reference YYYY-MM-DD         the day 明天/下周三/29日 resolve against    e.g. --reference 2022-09-01
  --no-segment                   skip jieba segmentation: no keywords, faster start
                                 e.g. --no-segment
  --batch-keywords               keywords that set each plan apart from the rest of the batch (TF-IDF
                                 over the batch) instead of jieba's general IDF; reads the files twice
                                 (pass 1 counts terms)        e.g. --batch-keywords
  --shard i/n                    analyse only the i-th of n deterministic shares of the inputs
                                 (1-based)                    e.g. --shard 2/8
  --resume                       with --format jsonl --out FILE: skip files already in FILE (or
                                 FILE.partial)                e.g. --resume --format jsonl --out all.jsonl
  --max-size MB                  refuse files larger than this (default 20)  e.g. --max-size 5
  -q, --quiet                    no progress bar and no summary line on stderr   e.g. --quiet
  -h, --help                     this help

Batch findings: template-copy compares every plan with the others of the batch (plans of one file are
not compared). Its findings come at the end: rows in --findings-csv, a summary line on stderr, a last
record {"file": null, "error": null, "plans": [], "batchFindings": [...]} in json/jsonl, a last section
in text. They are not counted in the CSV plan rows' findings_* columns.

Exit code: 0 every file analysed, 1 at least one file failed (its row carries the error), 2 bad usage,
130 interrupted (Ctrl-C: the output stays as FILE.partial, complete lines only; --resume continues).

Examples:
  planlens analyse corpus --out report.csv --targets-csv targets.csv --findings-csv findings.csv
  planlens analyse "plans/**/*.docx" --format jsonl --out all.jsonl --jobs 4
  planlens analyse 计划.docx --format text
`;
