// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import r0 from "./PHP-AUTHZ-001.js";
import r1 from "./PHP-CMDI-001.js";
import r2 from "./PHP-CRED-001.js";
import r3 from "./PHP-DESER-001.js";
import r4 from "./PHP-HASH-001.js";
import r5 from "./PHP-HASH-002.js";
import r6 from "./PHP-HASH-003.js";
import r7 from "./PHP-INCL-001.js";
import r8 from "./PHP-INFO-001.js";
import r9 from "./PHP-IP-001.js";
import r10 from "./PHP-RAND-001.js";
import r11 from "./PHP-REDIR-001.js";
import r12 from "./PHP-SQLI-001.js";

export const PHP_RULES = [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12] as Rule<never>[];
