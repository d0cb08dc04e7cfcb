// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import r0 from "./GO-CMDI-001.js";
import r1 from "./GO-CRED-001.js";
import r2 from "./GO-CRYPTO-001.js";
import r3 from "./GO-CRYPTO-002.js";
import r4 from "./GO-HASH-001.js";
import r5 from "./GO-JWT-001.js";
import r6 from "./GO-PATH-001.js";
import r7 from "./GO-PERM-001.js";
import r8 from "./GO-RAND-001.js";
import r9 from "./GO-SQLI-001.js";
import r10 from "./GO-SSRF-001.js";
import r11 from "./GO-TLS-001.js";
import r12 from "./GO-XPATH-001.js";

export const GO_RULES = [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12] as Rule<never>[];
