// Regular expressions from a caller's text and patterns that backtrack. A list of its own beside index.ts, so the
// pack's main list and this one are edited without touching each other.
import type { Rule } from "../../rule.js";
import r0 from "./CPP-REDOS-001.js";
import r1 from "./CPP-REGEX-001.js";

export const CPP_CHECK_RULES = [r0, r1] as Rule<never>[];
