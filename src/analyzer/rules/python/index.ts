// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import r0 from "./PY-CMDI-001.js";
import r1 from "./PY-CMDI-002.js";
import r2 from "./PY-CODE-001.js";
import r3 from "./PY-SQLI-001.js";

export const PYTHON_RULES: Rule<never>[] = [
  r0 as Rule<never>,
  r1 as Rule<never>,
  r2 as Rule<never>,
  r3 as Rule<never>,
];
