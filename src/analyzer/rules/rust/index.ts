// The rule registry for this language: one import per rule module (kept sorted).
import type { Rule } from "../../rule.js";
import r0 from "./RS-CMDI-001.js";
import r1 from "./RS-CRED-001.js";
import r2 from "./RS-ENV-001.js";
import r3 from "./RS-HASH-001.js";
import r4 from "./RS-SQLI-001.js";
import r5 from "./RS-TLS-001.js";
import r6 from "./RS-UNSAFE-001.js";

export const RUST_RULES = [r0, r1, r2, r3, r4, r5, r6] as Rule<never>[];
