// Rules about checks a reviewer expects before memory and string operations (bounds, terminators, NULL results)
// and before untrusted text reaches URLs, headers, logs and archives. A list of its own beside index.ts, so the
// pack's main list and this one are edited without touching each other.
import type { Rule } from "../../rule.js";
import r0 from "./C-ALLOC-002.js";
import r1 from "./C-BOUND-001.js";
import r2 from "./C-INDEX-001.js";
import r3 from "./C-NUL-001.js";
import r4 from "./C-NULL-001.js";
import r5 from "./C-SCALE-001.js";
import r6 from "./C-UNDER-001.js";
import r7 from "./C-HDR-001.js";
import r8 from "./C-LOG-001.js";
import r9 from "./C-SSRF-001.js";
import r10 from "./C-URL-001.js";
import r11 from "./C-ZIP-001.js";
import r12 from "./C-INT-001.js";

export const C_CHECK_RULES = [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12] as Rule<never>[];
