// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import r0 from "./JS-ARGI-001.js";
import r1 from "./JS-BOMB-001.js";
import r2 from "./JS-BUF-001.js";
import r3 from "./JS-BUF-002.js";
import r4 from "./JS-BUF-003.js";
import r5 from "./JS-CLEAR-001.js";
import r6 from "./JS-CMDI-001.js";
import r7 from "./JS-CODE-001.js";
import r8 from "./JS-CODE-002.js";
import r9 from "./JS-CODE-003.js";
import r10 from "./JS-CONF-001.js";
import r11 from "./JS-COOKIE-001.js";
import r12 from "./JS-CORS-001.js";
import r13 from "./JS-CRED-001.js";
import r14 from "./JS-CRYPTO-001.js";
import r15 from "./JS-CRYPTO-002.js";
import r16 from "./JS-CRYPTO-003.js";
import r17 from "./JS-CRYPTO-004.js";
import r18 from "./JS-CSP-001.js";
import r19 from "./JS-CSRF-001.js";
import r20 from "./JS-DEBUG-001.js";
import r21 from "./JS-DESER-001.js";
import r22 from "./JS-ELECTRON-001.js";
import r23 from "./JS-ERR-001.js";
import r24 from "./JS-FMT-001.js";
import r25 from "./JS-FRAME-001.js";
import r25a from "./JS-GQLINTRO-001.js";
import r26 from "./JS-HASH-001.js";
import r27 from "./JS-HASH-002.js";
import r28 from "./JS-HDR-001.js";
import r29 from "./JS-HSTS-001.js";
import r30 from "./JS-HTTP-001.js";
import r31 from "./JS-IPSPOOF-001.js";
import r32 from "./JS-JWT-001.js";
import r33 from "./JS-JWT-002.js";
import r34 from "./JS-LDAP-001.js";
import r35 from "./JS-LOG-001.js";
import r36 from "./JS-LOG-002.js";
import r37 from "./JS-MASS-001.js";
import r38 from "./JS-MSG-001.js";
import r39 from "./JS-NOSQL-001.js";
import r40 from "./JS-PATH-001.js";
import r41 from "./JS-PATH-002.js";
import r42 from "./JS-PERM-001.js";
import r43 from "./JS-PROTO-001.js";
import r43b from "./JS-PWSTORE-001.js";
import r44 from "./JS-RAND-001.js";
import r45 from "./JS-REDIR-001.js";
import r46 from "./JS-REDIR-002.js";
import r47 from "./JS-REDOS-001.js";
import r47a from "./JS-REFPOL-001.js";
import r48 from "./JS-REGEX-001.js";
import r48a from "./JS-RSAPAD-001.js";
import r49 from "./JS-SAN-001.js";
import r49a from "./JS-SANCONF-001.js";
import r49b from "./JS-SESS-001.js";
import r50 from "./JS-SOP-001.js";
import r51 from "./JS-SQLI-001.js";
import r52 from "./JS-SSRF-001.js";
import r53 from "./JS-SSTI-001.js";
import r54 from "./JS-STORE-001.js";
import r55 from "./JS-TABNAB-001.js";
import r56 from "./JS-TIMING-001.js";
import r57 from "./JS-TLS-001.js";
import r57b from "./JS-TRUST-001.js";
import r58 from "./JS-TMP-001.js";
import r59 from "./JS-URL-001.js";
import r59a from "./JS-UPLOAD-001.js";
import r59b from "./JS-WSORIGIN-001.js";
import r60 from "./JS-XPATH-001.js";
import r60b from "./JS-XPOWERED-001.js";
import r149a from "./JS-RESETHOST-001.js";
import r149b from "./JS-IDHEADER-001.js";
import r149c from "./JS-ROUTEAUTH-001.js";
import r149d from "./JS-SESSLIFE-001.js";
import r149e from "./JS-OAUTHSTATE-001.js";
import r61 from "./JS-XSS-001.js";
import r62 from "./JS-XXE-001.js";
import rCsv from "./JS-CSV-001.js";
import rToctou from "./JS-TOCTOU-001.js";

export const JAVASCRIPT_RULES = [
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
  r25a,
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
  r43b,
  r44,
  r45,
  r46,
  r47,
  r47a,
  r48,
  r48a,
  r49,
  r49a,
  r49b,
  r50,
  r51,
  r52,
  r53,
  r54,
  r55,
  r56,
  r57,
  r57b,
  r58,
  r59,
  r59a,
  r59b,
  r60,
  r60b,
  r61,
  r62,
  rToctou,
  r149a,
  r149b,
  r149c,
  r149d,
  r149e,
  rCsv,
] as Rule<never>[];
