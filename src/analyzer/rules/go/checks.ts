// Rules about a caller's text reaching log lines, headers and URLs, and host checks by substring. A list of its
// own beside index.ts, so the pack's main list and this one are edited without touching each other.
import type { Rule } from "../../rule.js";
import r0 from "./GO-HDR-001.js";
import r1 from "./GO-LOG-001.js";
import r2 from "./GO-SSRF-002.js";
import r3 from "./GO-URL-001.js";

export const GO_CHECK_RULES = [r0, r1, r2, r3] as Rule<never>[];
