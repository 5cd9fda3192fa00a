import { SECTION_VOCABULARY } from "../../structure/index.js";
import type { Section, SectionKind } from "../../types.js";
import type { Rule, RuleFinding } from "../rule.js";

/**
 * missing-section: the plan has no section of one of the four core kinds a reviewer looks for first —
 * 指导思想 (guiding), 工作目标 (goals), 具体措施 (measures), 行事历 (calendar).
 *
 * Sections at any level count ("工作目标:" inside "(一)" is a goals section), and so do 行事历 entries
 * found outside a calendar heading (month-by-month lines). One finding per missing kind, placed at the
 * start of the plan (span 0–0), with the usual headings for that kind in `expected`.
 */

interface CoreKind {
  readonly kind: SectionKind;
  readonly name: string;
}

const CORE_KINDS: readonly CoreKind[] = [
  { kind: "guiding", name: "指导思想" },
  { kind: "goals", name: "工作目标" },
  { kind: "measures", name: "具体措施" },
  { kind: "calendar", name: "行事历" },
];

const EXAMPLES_SHOWN = 3;

/** Bit per core kind (its index in CORE_KINDS); 0 for the other kinds. */
function coreBit(kind: SectionKind): number {
  switch (kind) {
    case "guiding": return 1;
    case "goals": return 2;
    case "measures": return 4;
    case "calendar": return 8;
    default: return 0;
  }
}
const ALL_CORE = (1 << CORE_KINDS.length) - 1;

/** Per core kind, its finding's message: the same for every plan, so built once. */
const MESSAGES: readonly string[] = CORE_KINDS.map(({ kind, name }) => {
  const shown = SECTION_VOCABULARY[kind].slice(0, EXAMPLES_SHOWN);
  return `Missing ${name} (${kind}) section, expected a heading such as ${shown.slice(0, -1).join(", ")} or ${shown.at(-1) ?? name}`;
});

/** The core kinds among the sections at any level, as bits; stops looking once all are found. */
function coreKindsIn(sections: readonly Section[], found: number): number {
  for (let i = 0; i < sections.length && found !== ALL_CORE; i += 1) {
    const section = sections[i]!;
    found |= coreBit(section.kind) | namedKinds(section);
    if (section.children.length > 0) found = coreKindsIn(section.children, found);
  }
  return found;
}

/** Joins between the parts of a heading that names two sections: "指导思想与工作目标", "工作目标和措施". */
const PART_JOIN = /[和及与、暨]/u;
/** Per core kind, the words a part of such a heading may be: the kind's section words, and the bare 目标 for goals. */
const PART_WORDS: readonly ReadonlySet<string>[] = CORE_KINDS.map(
  ({ kind }) => new Set([...SECTION_VOCABULARY[kind], ...(kind === "goals" ? ["目标"] : [])]),
);

/**
 * The core kinds a joined heading names besides its own kind: each part between 和/及/与/、/暨 that is a section
 * word in full ("一、指导思想与工作目标" is guiding and goals; "二、目标和措施" goals and measures). A part that only
 * mentions a word ("围绕工作目标") names nothing.
 */
function namedKinds(section: Section): number {
  const bare = section.title.slice(section.marker.length).replace(/^[\s:：、.．]+|[\s:：。]+$/gu, "");
  if (!PART_JOIN.test(bare)) return 0;
  let bits = 0;
  for (const part of bare.split(PART_JOIN)) {
    for (let index = 0; index < PART_WORDS.length; index += 1) if (PART_WORDS[index]!.has(part)) bits |= 1 << index;
  }
  return bits;
}

export const rule: Rule = {
  id: "missing-section",
  severity: "warning",
  description: "No 指导思想, 工作目标, 具体措施 or 行事历 section in the plan",
  check: ({ plan }) => {
    const present = coreKindsIn(plan.sections, plan.calendar.length > 0 ? coreBit("calendar") : 0);
    const findings: RuleFinding[] = [];
    for (let index = 0; index < CORE_KINDS.length; index += 1) {
      if ((present & (1 << index)) !== 0) continue;
      findings.push({ start: 0, end: 0, message: MESSAGES[index]!, expected: SECTION_VOCABULARY[CORE_KINDS[index]!.kind] });
    }
    return findings;
  },
  examples: {
    ok: ["2022年学校工作计划\n一、指导思想\n坚持立德树人。\n二、工作目标\n提高教学质量。\n三、主要措施\n加强校本教研。\n四、行事历\n九月份:制定工作计划。"],
    notOk: [
      {
        name: "no calendar",
        input: "2022年学校工作计划\n一、指导思想\n坚持立德树人。\n二、工作目标\n提高教学质量。\n三、主要措施\n加强校本教研。",
        expected: ["Missing 行事历 (calendar) section, expected a heading such as 行事历, 工作安排 or 月份安排"],
      },
      {
        name: "no guiding and no goals",
        input: "2022年学校工作计划\n一、主要措施\n加强校本教研。\n二、行事历\n九月份:制定工作计划。",
        // in the order the runner sorts findings at one place: by message
        expected: [
          "Missing 工作目标 (goals) section, expected a heading such as 工作目标, 总体目标 or 主要目标",
          "Missing 指导思想 (guiding) section, expected a heading such as 指导思想, 总体思路 or 工作思路",
        ],
      },
    ],
  },
};
