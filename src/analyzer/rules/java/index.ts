// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import r0 from "./JAVA-CMDI-001.js";
import r1 from "./JAVA-CRED-001.js";
import r2 from "./JAVA-CRYPTO-001.js";
import r3 from "./JAVA-CSRF-001.js";
import r4 from "./JAVA-DESER-001.js";
import r5 from "./JAVA-HASH-001.js";
import r6 from "./JAVA-PATH-001.js";
import r7 from "./JAVA-PERM-001.js";
import r8 from "./JAVA-RAND-001.js";
import r9 from "./JAVA-SQLI-001.js";
import r10 from "./JAVA-SSRF-001.js";
import r11 from "./JAVA-TLS-001.js";
import r12 from "./JAVA-WEBVIEW-001.js";
import r13 from "./JAVA-XPATH-001.js";
import r14 from "./JAVA-XXE-001.js";

export const JAVA_RULES = [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14] as Rule<never>[];
