// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
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
import r41 from "./PY-UPLOAD-001.js";
import r42 from "./PY-URL-001.js";
import r43 from "./PY-XPATH-001.js";
import r44 from "./PY-XSS-001.js";
import r45 from "./PY-XXE-001.js";

export const PYTHON_RULES: Rule<never>[] = [
  r0 as Rule<never>,
  r1 as Rule<never>,
  r2 as Rule<never>,
  r3 as Rule<never>,
  r4 as Rule<never>,
  r5 as Rule<never>,
  r6 as Rule<never>,
  r7 as Rule<never>,
  r8 as Rule<never>,
  r9 as Rule<never>,
  r10 as Rule<never>,
  r11 as Rule<never>,
  r12 as Rule<never>,
  r13 as Rule<never>,
  r14 as Rule<never>,
  r15 as Rule<never>,
  r16 as Rule<never>,
  r17 as Rule<never>,
  r18 as Rule<never>,
  r19 as Rule<never>,
  r20 as Rule<never>,
  r21 as Rule<never>,
  r22 as Rule<never>,
  r23 as Rule<never>,
  r24 as Rule<never>,
  r25 as Rule<never>,
  r26 as Rule<never>,
  r27 as Rule<never>,
  r28 as Rule<never>,
  r29 as Rule<never>,
  r30 as Rule<never>,
  r31 as Rule<never>,
  r32 as Rule<never>,
  r33 as Rule<never>,
  r34 as Rule<never>,
  r35 as Rule<never>,
  r36 as Rule<never>,
  r37 as Rule<never>,
  r38 as Rule<never>,
  r39 as Rule<never>,
  r40 as Rule<never>,
  r41 as Rule<never>,
  r42 as Rule<never>,
  r43 as Rule<never>,
  r44 as Rule<never>,
  r45 as Rule<never>,
];
