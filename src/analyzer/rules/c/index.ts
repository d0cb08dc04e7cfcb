// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import r0 from "./C-ALLOC-001.js";
import r1 from "./C-BUF-001.js";
import r2 from "./C-BUF-002.js";
import r3 from "./C-BUF-003.js";
import r4 from "./C-BUF-004.js";
import r5 from "./C-CMDI-001.js";
import r6 from "./C-CRED-001.js";
import r7 from "./C-CRYPTO-001.js";
import r8 from "./C-CRYPTO-002.js";
import r9 from "./C-CRYPTO-003.js";
import r10 from "./C-CRYPTO-004.js";
import r11 from "./C-CRYPTO-005.js";
import r12 from "./C-FMT-001.js";
import r13 from "./C-HASH-001.js";
import r14 from "./C-HASH-002.js";
import r15 from "./C-JWT-001.js";
import r16 from "./C-MEM-001.js";
import r17 from "./C-PATH-001.js";
import r18 from "./C-PERM-001.js";
import r19 from "./C-RAND-001.js";
import r20 from "./C-RAND-002.js";
import r21 from "./C-SNPRINTF-001.js";
import r22 from "./C-SQLI-001.js";
import r23 from "./C-STRTOK-001.js";
import r24 from "./C-TMP-001.js";
import r25 from "./C-XPATH-001.js";

export const C_RULES = [
  r0,
  r1,
  r2,
  r3,
  r4,
  r5,
  r6,
  r7,
  r8,
  r9,
  r10,
  r11,
  r12,
  r13,
  r14,
  r15,
  r16,
  r17,
  r18,
  r19,
  r20,
  r21,
  r22,
  r23,
  r24,
  r25,
] as Rule<never>[];
