import { extractTargets } from "./src/extract/targets/index.js";
console.log(extractTargets("每月至少听4节课"));
