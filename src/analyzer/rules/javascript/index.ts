// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";

export const JAVASCRIPT_RULES: Rule<never>[] = [];
