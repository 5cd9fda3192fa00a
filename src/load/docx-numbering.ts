/**
 * Word list numbering: numbering.xml + styles.xml → the visible label of each numbered paragraph.
 * Counters are kept per abstract list (Word continues a list across w:num that share one w:abstractNum)
 * unless the w:num restarts it with w:startOverride, which gives it counters of its own.
 * Using a level restarts the deeper levels (w:lvlRestart can change or switch that off).
 */
import { walkXml } from "./xml-walk.js";

export interface ListLevel {
  readonly start: number;
  readonly numFmt: string;
  readonly lvlText: string;
  /** 1-based level after whose use this level restarts; 0 = never; null = any shallower level */
  readonly restart: number | null;
  readonly isLgl: boolean;
  readonly suff: "tab" | "space" | "nothing";
  readonly pStyle: string | null;
}

interface AbstractNum {
  readonly levels: Map<number, ListLevel>;
  numStyleLink: string | null;
}

interface NumDef {
  abstractNumId: string;
  readonly startOverrides: Map<number, number>;
  readonly levelOverrides: Map<number, ListLevel>;
}

export interface ParagraphStyle {
  readonly basedOn: string | null;
  readonly numId: string | null;
  readonly ilvl: number | null;
}

export interface NumberingModel {
  readonly abstractNums: ReadonlyMap<string, AbstractNum>;
  readonly nums: ReadonlyMap<string, NumDef>;
  readonly styles: ReadonlyMap<string, ParagraphStyle>;
}

function int(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) ? n : fallback;
}

interface LevelDraft {
  ilvl: number;
  start: number;
  numFmt: string;
  lvlText: string;
  restart: number | null;
  isLgl: boolean;
  suff: "tab" | "space" | "nothing";
  pStyle: string | null;
}

function newLevel(ilvl: number): LevelDraft {
  return { ilvl, start: 1, numFmt: "decimal", lvlText: "", restart: null, isLgl: false, suff: "tab", pStyle: null };
}

function freeze(d: LevelDraft): ListLevel {
  return { start: d.start, numFmt: d.numFmt, lvlText: d.lvlText, restart: d.restart, isLgl: d.isLgl, suff: d.suff, pStyle: d.pStyle };
}

/** numbering.xml → abstract lists and list instances. */
export function parseNumbering(xml: string): Pick<NumberingModel, "abstractNums" | "nums"> {
  const abstractNums = new Map<string, AbstractNum>();
  const nums = new Map<string, NumDef>();
  let abstract: AbstractNum | null = null;
  let num: NumDef | null = null;
  let overrideIlvl: number | null = null;
  let level: LevelDraft | null = null;
  walkXml(xml, {
    open(name, a) {
      if (name === "abstractNum") {
        abstract = { levels: new Map(), numStyleLink: null };
        abstractNums.set(a.abstractNumId ?? "", abstract);
      } else if (name === "num") {
        num = { abstractNumId: "", startOverrides: new Map(), levelOverrides: new Map() };
        nums.set(a.numId ?? "", num);
      } else if (name === "abstractNumId" && num) num.abstractNumId = a.val ?? "";
      else if (name === "lvlOverride") overrideIlvl = int(a.ilvl, 0);
      else if (name === "startOverride" && num && overrideIlvl !== null) num.startOverrides.set(overrideIlvl, int(a.val, 1));
      else if (name === "lvl") level = newLevel(int(a.ilvl, 0));
      else if (name === "numStyleLink" && abstract) abstract.numStyleLink = a.val ?? null;
      else if (level) {
        if (name === "start") level.start = int(a.val, 1);
        else if (name === "numFmt") level.numFmt = a.val ?? "decimal";
        else if (name === "lvlText") level.lvlText = a.val ?? "";
        else if (name === "lvlRestart") level.restart = int(a.val, 0);
        else if (name === "isLgl") level.isLgl = a.val !== "0" && a.val !== "false";
        else if (name === "suff") level.suff = a.val === "space" || a.val === "nothing" ? a.val : "tab";
        else if (name === "pStyle") level.pStyle = a.val ?? null;
      }
    },
    close(name) {
      if (name === "lvl" && level) {
        if (num && overrideIlvl !== null) num.levelOverrides.set(overrideIlvl, freeze(level));
        else abstract?.levels.set(level.ilvl, freeze(level));
        level = null;
      } else if (name === "lvlOverride") overrideIlvl = null;
      else if (name === "abstractNum") abstract = null;
      else if (name === "num") num = null;
    },
  });
  return { abstractNums, nums };
}

/** styles.xml → paragraph styles with their basedOn chain and list membership. */
export function parseStyles(xml: string): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  let id: string | null = null;
  let draft = { basedOn: null as string | null, numId: null as string | null, ilvl: null as number | null };
  let inNumPr = false;
  walkXml(xml, {
    open(name, a) {
      if (name === "style") {
        id = a.styleId ?? null;
        draft = { basedOn: null, numId: null, ilvl: null };
      } else if (id === null) return;
      else if (name === "basedOn") draft.basedOn = a.val ?? null;
      else if (name === "numPr") inNumPr = true;
      else if (inNumPr && name === "numId") draft.numId = a.val ?? null;
      else if (inNumPr && name === "ilvl") draft.ilvl = int(a.val, 0);
    },
    close(name) {
      if (name === "numPr") inNumPr = false;
      else if (name === "style" && id !== null) {
        styles.set(id, { ...draft });
        id = null;
      }
    },
  });
  return styles;
}

export function emptyNumberingModel(): NumberingModel {
  return { abstractNums: new Map(), nums: new Map(), styles: new Map() };
}
