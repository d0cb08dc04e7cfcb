// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import r0 from "./CS-CMDI-001.js";
import r1 from "./CS-CRED-001.js";
import r2 from "./CS-CRYPTO-001.js";
import r3 from "./CS-CSRF-001.js";
import r4 from "./CS-DESER-001.js";
import r5 from "./CS-PASS-001.js";
import r6 from "./CS-RAND-001.js";
import r7 from "./CS-REDIR-001.js";
import r8 from "./CS-SQLI-001.js";
import r9 from "./CS-SQLI-002.js";
import r10 from "./CS-VALID-001.js";
import r11 from "./CS-XPATH-001.js";
import r12 from "./CS-XXE-001.js";

export const CSHARP_RULES = [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12] as Rule<never>[];
