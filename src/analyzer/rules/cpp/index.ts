// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import r0 from "./CPP-ITER-001.js";
import r1 from "./CPP-PTR-001.js";

export const CPP_RULES = [r0, r1] as Rule<never>[];
