/**
 * Grades as plans write them, read in the words national limits use, so one list of grade words serves every
 * spelling: "初一"–"初三" (also "初二年级") are 七–九年级 ("初二年级" would otherwise hold "二年级", a grade the
 * no-written-homework rule of grades 1–2 is about), and Arabic numerals before 年级 are Chinese ("3-6年级" →
 * "三至六年级", "1、2年级" → "一、二年级"). For matching only: the text a finding quotes is the plan's own.
 */
export function gradesInLimitWords(text: string): string {
  if (!text.includes("初") && !/\d/u.test(text)) return text;
  return text
    .replace(JUNIOR, (_, n: string) => `${JUNIOR_GRADES[n]}年级`)
    .replace(NUMBERED, (run: string) => run.replace(/[1-9]/gu, (d) => HAN_DIGITS[Number(d)]!).replace(/[-—–~～]/gu, "至"));
}

// 月初一周, 年初三月 are no grades
const JUNIOR = /(?<![月年最起当])初([一二三])(?:年级)?/gu;
const JUNIOR_GRADES: Readonly<Record<string, string>> = { 一: "七", 二: "八", 三: "九" };
const NUMBERED = /(?<!\d)[1-9](?:[ ]*[、,，至到\-—–~～][ ]*[1-9])*[ ]*年级/gu;
const HAN_DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
