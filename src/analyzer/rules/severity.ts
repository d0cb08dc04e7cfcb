import type { SeverityVariant } from "../rule.js";
import type { Severity } from "../types.js";

/** Weak random generators: MEDIUM where the code around them is about secrets, LOW elsewhere. */
export const WEAK_RANDOM_VARIANTS: SeverityVariant[] = [
  {
    severity: "LOW",
    when: "the value is not used as a secret (no token, password, key or nonce name nearby)",
  },
];

/**
 * Injection sinks (command, SQL, code): the documented severity is HIGH, for a value a caller passes in. Data
 * from a real source (request, command line, stdin, environment, network) makes it CRITICAL; a value that is
 * merely not constant (a library's own state, a call we cannot see into) is MEDIUM: still at the default
 * threshold, but no longer HIGH/CRITICAL noise in library code such as the standard library's eval/exec.
 */
export const TAINT_VARIANTS: SeverityVariant[] = [
  {
    severity: "CRITICAL",
    when: "untrusted input (request data, command line, stdin, environment, network) reaches it",
  },
  {
    severity: "MEDIUM",
    when: "the value is not a constant, but no parameter or untrusted input was traced to it",
  },
];

/** Severity for a taint level (CONST 0, UNKNOWN 1, PARAM 2, SOURCE 3 in both data-flow contexts). */
export function taintSeverity(level: number): Severity | undefined {
  return level >= 3 ? "CRITICAL" : level >= 2 ? undefined : "MEDIUM";
}
