export { splitCompilation, PLAN_HEADINGS, type PlanSlice } from "./split-compilation.js";
export { detectPlanTitle, PLAN_TITLE_WORDS, type PlanTitle } from "./detect-plan-title.js";
export { detectPlaceholders } from "./detect-placeholders.js";
