// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import r0 from "./PY-ANCHOR-001.js";
import r1 from "./PY-ARGINJ-001.js";
import r2 from "./PY-ASSERT-001.js";
import r3 from "./PY-ASSERT-002.js";
import r4 from "./PY-ATREST-001.js";
import r5 from "./PY-AUTH-001.js";
import r6 from "./PY-AUTH-002.js";
import r136 from "./PY-AUTH-003.js";
import r171 from "./PY-AUTHGAP-001.js";
import r172 from "./PY-AUTHZCHK-001.js";
import r173 from "./PY-SYMLINK-002.js";
import r174 from "./PY-HOOKSSRF-001.js";
import r175 from "./PY-SAML-001.js";
import r176 from "./PY-RESETLINK-001.js";
import r177 from "./PY-CMDAUTH-001.js";
import r178 from "./PY-SANITIZE-001.js";
import r179 from "./PY-OPENSG-001.js";
import r180 from "./PY-METHODAUTH-001.js";
import r181 from "./PY-OAUTHSTATE-001.js";
import r7 from "./PY-AUTHZ-001.js";
import r8 from "./PY-BIND-001.js";
import r9 from "./PY-BOMB-001.js";
import r10 from "./PY-CARDDATA-001.js";
import r11 from "./PY-CIPHER-001.js";
import r12 from "./PY-CLEAR-001.js";
import r13 from "./PY-CMDI-001.js";
import r14 from "./PY-CMDI-002.js";
import r15 from "./PY-CMDI-003.js";
import r16 from "./PY-CODE-001.js";
import r17 from "./PY-COOKIE-001.js";
import r18 from "./PY-CORS-001.js";
import r19 from "./PY-CRED-001.js";
import r20 from "./PY-CRED-002.js";
import r21 from "./PY-CRED-003.js";
import r22 from "./PY-CRYPTO-001.js";
import r23 from "./PY-CRYPTO-002.js";
import r24 from "./PY-CRYPTO-003.js";
import r25 from "./PY-CRYPTO-004.js";
import r26 from "./PY-CSRF-001.js";
import r27 from "./PY-CSV-001.js";
import r28 from "./PY-DBPASS-001.js";
import r29 from "./PY-DEBUG-001.js";
import r30 from "./PY-DEPR-001.js";
import r31 from "./PY-DESER-001.js";
import r32 from "./PY-DESER-002.js";
import r33 from "./PY-DOS-001.js";
import r34 from "./PY-DOWNLOAD-001.js";
import r35 from "./PY-DROP-001.js";
import r36 from "./PY-DUPKEY-001.js";
import r37 from "./PY-ENCODE-001.js";
import r38 from "./PY-ENTROPY-001.js";
import r39 from "./PY-ENUM-001.js";
import r40 from "./PY-ENV-001.js";
import r41 from "./PY-EXC-001.js";
import r42 from "./PY-EXPIRY-001.js";
import r43 from "./PY-EXPOSE-001.js";
import r44 from "./PY-FAILOPEN-001.js";
import r45 from "./PY-FMT-001.js";
import r46 from "./PY-FRAME-001.js";
import r47 from "./PY-GETPASS-001.js";
import r48 from "./PY-GETSTATE-001.js";
import r49 from "./PY-HASH-001.js";
import r50 from "./PY-HASH-002.js";
import r51 from "./PY-HASHIDS-001.js";
import r52 from "./PY-HDR-001.js";
import r53 from "./PY-HUB-001.js";
import r54 from "./PY-HUB-002.js";
import r55 from "./PY-IDOR-001.js";
import r56 from "./PY-IMPORT-001.js";
import r150 from "./PY-INTWRAP-001.js";
import r57 from "./PY-INFO-001.js";
import r58 from "./PY-INIT-001.js";
import r59 from "./PY-IS-001.js";
import r60 from "./PY-JINJA-001.js";
import r61 from "./PY-JWT-001.js";
import r62 from "./PY-KEY-001.js";
import r140 from "./PY-KEYFILE-001.js";
import r63 from "./PY-LDAP-001.js";
import r64 from "./PY-LDAP-002.js";
import r65 from "./PY-LDAP-003.js";
import r66 from "./PY-LEAK-001.js";
import r67 from "./PY-LIMIT-001.js";
import r68 from "./PY-LISTING-001.js";
import r69 from "./PY-LOCK-001.js";
import r70 from "./PY-LOCKHELD-001.js";
import r71 from "./PY-LOG-001.js";
import r72 from "./PY-LOG-002.js";
import r73 from "./PY-LOG-003.js";
import r151 from "./PY-LOGIN-001.js";
import r74 from "./PY-LOOP-001.js";
import r75 from "./PY-MASS-001.js";
import r143 from "./PY-MONEY-001.js";
import r76 from "./PY-NAN-001.js";
import r77 from "./PY-NOSQL-001.js";
import r78 from "./PY-OFFBY-001.js";
import r79 from "./PY-PATH-001.js";
import r80 from "./PY-PATH-002.js";
import r81 from "./PY-PERM-001.js";
import r82 from "./PY-PRIV-001.js";
import r83 from "./PY-PRIV-002.js";
import r84 from "./PY-PWCHANGE-001.js";
import r85 from "./PY-PWPOL-001.js";
import r86 from "./PY-PWSTORE-001.js";
import r87 from "./PY-QSECRET-001.js";
import r88 from "./PY-RAND-001.js";
import r89 from "./PY-RANGE-001.js";
import r90 from "./PY-RCMD-001.js";
import r141 from "./PY-RECIPIENT-001.js";
import r91 from "./PY-RECUR-001.js";
import r92 from "./PY-REDIR-001.js";
import r93 from "./PY-REDOS-001.js";
import r94 from "./PY-REFERRER-001.js";
import r95 from "./PY-REGEX-001.js";
import r142 from "./PY-RELAY-001.js";
import r96 from "./PY-RES-001.js";
import r97 from "./PY-REUSE-001.js";
import r98 from "./PY-RPC-001.js";
import r99 from "./PY-RSAPAD-001.js";
import r100 from "./PY-SAMESITE-001.js";
import r101 from "./PY-SCHEME-001.js";
import r146 from "./PY-SEARCHPATH-001.js";
import r102 from "./PY-SEED-001.js";
import r103 from "./PY-SESS-001.js";
import r104 from "./PY-SHARED-001.js";
import r105 from "./PY-SIGFAIL-001.js";
import r106 from "./PY-SMTP-001.js";
import r107 from "./PY-SNMP-001.js";
import r108 from "./PY-SPAWN-001.js";
import r149 from "./PY-SPOOF-001.js";
import r109 from "./PY-SQLI-001.js";
import r110 from "./PY-SSH-001.js";
import r111 from "./PY-SSRF-001.js";
import r112 from "./PY-SSTI-001.js";
import r113 from "./PY-STATE-001.js";
import r147 from "./PY-SYMLINK-001.js";
import r114 from "./PY-TAMPER-001.js";
import r115 from "./PY-TIMEOUT-001.js";
import r116 from "./PY-TIMING-001.js";
import r117 from "./PY-TLS-001.js";
import r118 from "./PY-TLS-002.js";
import r145 from "./PY-TLS-003.js";
import r119 from "./PY-TMP-001.js";
import r120 from "./PY-TMP-002.js";
import r121 from "./PY-TOCTOU-001.js";
import r122 from "./PY-TRUST-001.js";
import r123 from "./PY-UDP-001.js";
import r124 from "./PY-UDP-002.js";
import r125 from "./PY-UNBOUND-001.js";
import r126 from "./PY-UNCHECKED-001.js";
import r127 from "./PY-UPLOAD-001.js";
import r128 from "./PY-UPLOAD-002.js";
import r129 from "./PY-URL-001.js";
import r130 from "./PY-WEBHOOK-001.js";
import r152 from "./PY-WEBROOT-001.js";
import r131 from "./PY-WSORIGIN-001.js";
import r132 from "./PY-XPATH-001.js";
import r133 from "./PY-XSLT-001.js";
import r134 from "./PY-XSS-001.js";
import r144 from "./PY-XSS-002.js";
import r148 from "./PY-XQUERY-001.js";
import r135 from "./PY-XXE-001.js";
import r137 from "./PY-PERMCOPY-001.js";
import r138 from "./PY-HOST-001.js";
import r139 from "./PY-PAM-001.js";
import r153 from "./PY-REVSHELL-001.js";
import r154 from "./PY-CMEM-001.js";
import r155 from "./PY-RESETFLOW-001.js";
import r156 from "./PY-BRUTE-001.js";
import r157 from "./PY-DBRACE-001.js";
import r158 from "./PY-LOGOUT-001.js";
import r159 from "./PY-AUTHSKIP-001.js";
import r160 from "./PY-DIVZERO-001.js";
import r161 from "./PY-EXTSCRIPT-001.js";
import r162 from "./PY-BACKDOOR-001.js";
import r163 from "./PY-CODEWRITE-001.js";
import r164 from "./PY-RACE-001.js";
import r165 from "./PY-DIGESTUNUSED-001.js";
import r166 from "./PY-PARTIALCMP-001.js";
import r167 from "./PY-IPAUTH-001.js";
import r168 from "./PY-SMALLCODE-001.js";
import r169 from "./PY-UDPSRC-001.js";
import r170 from "./PY-CONFIGPW-001.js";

export const PYTHON_RULES = [
  r0,
  r1,
  r2,
  r3,
  r4,
  r5,
  r6,
  r136,
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
  r51,
  r52,
  r53,
  r54,
  r55,
  r56,
  r57,
  r58,
  r59,
  r60,
  r61,
  r62,
  r63,
  r64,
  r65,
  r66,
  r67,
  r68,
  r69,
  r70,
  r71,
  r72,
  r73,
  r74,
  r75,
  r76,
  r77,
  r78,
  r79,
  r80,
  r81,
  r82,
  r83,
  r84,
  r85,
  r86,
  r87,
  r88,
  r89,
  r90,
  r91,
  r92,
  r93,
  r94,
  r95,
  r96,
  r97,
  r98,
  r99,
  r100,
  r101,
  r102,
  r103,
  r104,
  r105,
  r106,
  r107,
  r108,
  r109,
  r110,
  r111,
  r112,
  r113,
  r114,
  r115,
  r116,
  r117,
  r118,
  r145,
  r146,
  r147,
  r148,
  r149,
  r119,
  r120,
  r121,
  r122,
  r123,
  r124,
  r125,
  r126,
  r127,
  r128,
  r129,
  r130,
  r131,
  r132,
  r133,
  r134,
  r135,
  r137,
  r138,
  r139,
  r140,
  r141,
  r142,
  r143,
  r144,
  r150,
  r151,
  r153,
  r154,
  r155,
  r156,
  r157,
  r158,
  r159,
  r152,
  r160,
  r161,
  r162,
  r163,
  r164,
  r165,
  r166,
  r167,
  r168,
  r169,
  r170,
  r171,
  r172,
  r173,
  r174,
  r175,
  r176,
  r177,
  r178,
  r179,
  r180,
  r181,
] as Rule<never>[];
