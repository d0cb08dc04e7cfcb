// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import argi from "./JS-ARGI-001.js";
import bomb1 from "./JS-BOMB-001.js";
import r0 from "./JS-BUF-001.js";
import r1 from "./JS-BUF-002.js";
import r2 from "./JS-BUF-003.js";
import r3 from "./JS-CMDI-001.js";
import r4 from "./JS-CODE-001.js";
import r5 from "./JS-CODE-002.js";
import r6 from "./JS-CODE-003.js";
import r7 from "./JS-CONF-001.js";
import r8 from "./JS-COOKIE-001.js";
import r9 from "./JS-CORS-001.js";
import r10 from "./JS-CRED-001.js";
import r11 from "./JS-CRYPTO-001.js";
import r12 from "./JS-CRYPTO-002.js";
import r13 from "./JS-CRYPTO-003.js";
import r14 from "./JS-CRYPTO-004.js";
import rCsp1 from "./JS-CSP-001.js";
import r15 from "./JS-CSRF-001.js";
import r16 from "./JS-DESER-001.js";
import r17 from "./JS-ELECTRON-001.js";
import err from "./JS-ERR-001.js";
import r18 from "./JS-FMT-001.js";
import r19 from "./JS-FRAME-001.js";
import r20 from "./JS-HASH-001.js";
import r21 from "./JS-HASH-002.js";
import r22 from "./JS-HDR-001.js";
import r23 from "./JS-HTTP-001.js";
import r24 from "./JS-JWT-001.js";
import jwt2 from "./JS-JWT-002.js";
import r25 from "./JS-LDAP-001.js";
import r26 from "./JS-LOG-001.js";
import log2 from "./JS-LOG-002.js";
import mass from "./JS-MASS-001.js";
import r27 from "./JS-MSG-001.js";
import r28 from "./JS-NOSQL-001.js";
import r29 from "./JS-PATH-001.js";
import r30 from "./JS-PATH-002.js";
import r31 from "./JS-PERM-001.js";
import r32 from "./JS-PROTO-001.js";
import r33 from "./JS-RAND-001.js";
import r34 from "./JS-REDIR-001.js";
import r35 from "./JS-REDIR-002.js";
import r36 from "./JS-REDOS-001.js";
import r37 from "./JS-REGEX-001.js";
import r38 from "./JS-SAN-001.js";
import r39 from "./JS-SQLI-001.js";
import r40 from "./JS-SSRF-001.js";
import r41 from "./JS-SSTI-001.js";
import r42 from "./JS-STORE-001.js";
import rTabnab1 from "./JS-TABNAB-001.js";
import r43 from "./JS-TIMING-001.js";
import r44 from "./JS-TLS-001.js";
import r45 from "./JS-URL-001.js";
import r46 from "./JS-XPATH-001.js";
import r47 from "./JS-XSS-001.js";
import r48 from "./JS-XXE-001.js";

export const JAVASCRIPT_RULES = [
  argi,
  bomb1,
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
  rCsp1,
  r15,
  r16,
  r17,
  err,
  r18,
  r19,
  r20,
  r21,
  r22,
  r23,
  r24,
  jwt2,
  r25,
  r26,
  log2,
  mass,
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
  rTabnab1,
  r43,
  r44,
  r45,
  r46,
  r47,
  r48,
] as Rule<never>[];
