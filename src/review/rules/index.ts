import type { Rule } from "../rule.js";
import { rule as calendarOrder } from "./calendar-order.js";
import { rule as emptySection } from "./empty-section.js";
import { rule as goalWithoutTarget } from "./goal-without-target.js";
import { rule as measureWithoutTime } from "./measure-without-time.js";
import { rule as missingSection } from "./missing-section.js";
import { rule as numberingGap } from "./numbering-gap.js";
import { rule as placeholderLeft } from "./placeholder-left.js";
import { rule as policyLimit } from "./policy-limit.js";
import { rule as staleYear } from "./stale-year.js";
import { rule as targetWithoutDate } from "./target-without-date.js";
import { rule as templateCopy } from "./template-copy.js";
import { rule as vagueLanguage } from "./vague-language.js";

/** Every review rule, in the order they run. Adding a rule = one file + one line here. */
export const RULES: readonly Rule[] = [
  missingSection,
  emptySection,
  numberingGap,
  goalWithoutTarget,
  measureWithoutTime,
  targetWithoutDate,
  staleYear,
  calendarOrder,
  placeholderLeft,
  policyLimit,
  vagueLanguage,
  templateCopy,
];
