// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import r47 from "./PY-ASSERT-001.js";
import r0 from "./PY-BIND-001.js";
import r1 from "./PY-CLEAR-001.js";
import r2 from "./PY-CMDI-001.js";
import r3 from "./PY-CMDI-002.js";
import r4 from "./PY-CODE-001.js";
import r5 from "./PY-COOKIE-001.js";
import r6 from "./PY-CORS-001.js";
import r7 from "./PY-CRED-001.js";
import r8 from "./PY-CRED-002.js";
import r9 from "./PY-CRYPTO-001.js";
import r10 from "./PY-CRYPTO-002.js";
import r11 from "./PY-CRYPTO-003.js";
import r12 from "./PY-CRYPTO-004.js";
import r13 from "./PY-CSRF-001.js";
import r14 from "./PY-DEBUG-001.js";
import r15 from "./PY-DESER-001.js";
import r16 from "./PY-DESER-002.js";
import r17 from "./PY-EXC-001.js";
import r18 from "./PY-HASH-001.js";
import r19 from "./PY-HASH-002.js";
import r20 from "./PY-HDR-001.js";
import r21 from "./PY-INFO-001.js";
import r22 from "./PY-JWT-001.js";
import r23 from "./PY-LDAP-001.js";
import r24 from "./PY-LEAK-001.js";
import r25 from "./PY-LOG-001.js";
import r49 from "./PY-LOG-002.js";
import r50 from "./PY-MASS-001.js";
import r48 from "./PY-NOSQL-001.js";
import r26 from "./PY-PATH-001.js";
import r27 from "./PY-PATH-002.js";
import r28 from "./PY-PERM-001.js";
import r29 from "./PY-PRIV-001.js";
import r30 from "./PY-RAND-001.js";
import r31 from "./PY-REDIR-001.js";
import r32 from "./PY-REDOS-001.js";
import r33 from "./PY-REGEX-001.js";
import r34 from "./PY-SQLI-001.js";
import r35 from "./PY-SSRF-001.js";
import r36 from "./PY-SSTI-001.js";
import r37 from "./PY-TIMEOUT-001.js";
import r38 from "./PY-TLS-001.js";
import r39 from "./PY-TLS-002.js";
import r40 from "./PY-TMP-001.js";
import r46 from "./PY-TRUST-001.js";
import r41 from "./PY-UPLOAD-001.js";
import r42 from "./PY-URL-001.js";
import r43 from "./PY-XPATH-001.js";
import r44 from "./PY-XSS-001.js";
import r45 from "./PY-XXE-001.js";

// Each rule has its own state type; the registry runs them all through the same untyped slot.
export const PYTHON_RULES = [
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
  r26,
  r27,
  r28,
  r29,
  r30,
  r31,
  r32,
  r33,
  r34,
  r35,
  r36,
  r37,
  r38,
  r39,
  r40,
  r41,
  r42,
  r43,
  r44,
  r45,
  r46,
  r47,
  r48,
  r49,
  r50,
] as Rule<never>[];
