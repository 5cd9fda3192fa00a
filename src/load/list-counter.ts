/**
 * Running list counters over a document, in paragraph order: the label Word shows for each numbered
 * paragraph ("一、", "(一)", "1.", "①" …), from its own w:numPr or its paragraph style's.
 */
import type { ListLevel, NumberingModel } from "./docx-numbering.js";
import { formatListNumber } from "./format-list-number.js";

export interface ParagraphNumbering {
  /** w:pPr/w:pStyle */
  readonly styleId: string | null;
  /** w:pPr/w:numPr/w:numId ("0" switches numbering off) */
  readonly numId: string | null;
  /** w:pPr/w:numPr/w:ilvl */
  readonly ilvl: number | null;
}

export interface ListCounter {
  /** the label (with its separator) for a paragraph, advancing the counters; "" when not numbered */
  next(paragraph: ParagraphNumbering): string;
}

const MAX_STYLE_CHAIN = 32;
const LEVELS = 9;

/** Private-use bullets from Symbol/Wingdings fonts (U+F0B7 …) have no meaning as text. */
function bulletText(lvlText: string): string {
  return /^[\uF000-\uF0FF]/.test(lvlText) ? "•" : lvlText;
}

/**
 * What follows the label (w:suff): "space" → a space; "nothing" → nothing; "tab" (Word's default) → nothing
 * after a non-ASCII label ("一、", "（一）", "①"), a space after an ASCII one ("1. ").
 */
function separator(label: string, suff: ListLevel["suff"]): string {
  if (suff === "nothing" || label === "") return "";
  if (suff === "space") return " ";
  return label.charCodeAt(label.length - 1) > 0x7f ? "" : " ";
}

export function createListCounter(model: NumberingModel): ListCounter {
  const counters = new Map<string, (number | undefined)[]>();

  function styleNumbering(styleId: string | null): { numId: string | null; ilvl: number | null } {
    let id = styleId;
    for (let i = 0; id !== null && i < MAX_STYLE_CHAIN; i++) {
      const style = model.styles.get(id);
      if (!style) break;
      if (style.numId !== null) return { numId: style.numId, ilvl: style.ilvl };
      id = style.basedOn;
    }
    return { numId: null, ilvl: null };
  }

  function levelsOf(numId: string): { key: string; level: (i: number) => ListLevel | undefined } | null {
    const num = model.nums.get(numId);
    if (!num) return null;
    let abstract = model.abstractNums.get(num.abstractNumId);
    // w:numStyleLink: the list is defined through a numbering style that points at another w:num
    const link = abstract?.numStyleLink;
    if (abstract && abstract.levels.size === 0 && link) {
      const linkedNum = model.nums.get(model.styles.get(link)?.numId ?? "");
      abstract = model.abstractNums.get(linkedNum?.abstractNumId ?? "") ?? abstract;
    }
    const key = num.startOverrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractNumId}`;
    return {
      key,
      level: (i) => {
        const base = num.levelOverrides.get(i) ?? abstract?.levels.get(i);
        const start = num.startOverrides.get(i);
        return base && start !== undefined ? { ...base, start } : base;
      },
    };
  }

  function levelForStyle(numId: string, styleId: string | null): number {
    const list = levelsOf(numId);
    for (let i = 0; list && styleId && i < LEVELS; i++) if (list.level(i)?.pStyle === styleId) return i;
    return 0;
  }

  return {
    next(p) {
      const fromStyle = styleNumbering(p.styleId);
      const numId = p.numId ?? fromStyle.numId;
      if (numId === null || numId === "0") return "";
      const list = levelsOf(numId);
      if (!list) return "";
      const ilvl = Math.min(LEVELS - 1, Math.max(0, p.ilvl ?? fromStyle.ilvl ?? levelForStyle(numId, p.styleId)));
      const level = list.level(ilvl);
      if (!level) return "";
      const values = counters.get(list.key) ?? [];
      const current = values[ilvl];
      const nextValues = [...values];
      nextValues[ilvl] = current === undefined ? level.start : current + 1;
      for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
        const restart = list.level(deeper)?.restart ?? null;
        if (restart === null || (restart !== 0 && ilvl < restart)) nextValues[deeper] = undefined;
      }
      counters.set(list.key, nextValues);
      if (level.numFmt === "bullet") return bulletText(level.lvlText) + separator(bulletText(level.lvlText), level.suff);
      const label = level.lvlText.replace(/%(?<n>[1-9])/g, (_m, n: string) => {
        const i = Number(n) - 1;
        const def = list.level(i);
        const value = nextValues[i] ?? def?.start ?? 1;
        const fmt = level.isLgl ? "decimal" : (def?.numFmt ?? "decimal");
        return formatListNumber(value, fmt);
      });
      return label + separator(label, level.suff);
    },
  };
}
