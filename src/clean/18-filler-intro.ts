import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ containing: ["小编为", "小编给", "希望大家", "希望对"] });

/**
 * The compilation's filler intro: "人生天地之间,若白驹过隙,…下面是小编为大家带来的计划书优秀范文,希望大家可以喜欢。"
 * A line that speaks as the site's 小编 to the reader is never plan content.
 */
export const fillerIntro: CleanRule = {
  id: "filler-intro",
  find: (text) =>
    findLines(
      text,
      "filler-intro",
      400,
      (line) => /小编(?:为|给)大家|希望(?:大家|对大家|对你|对您)(?:可以|能够)?(?:喜欢|有所帮助)/u.test(line),
      TRIGGER,
    ),
};
