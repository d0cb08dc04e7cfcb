/**
 * Which finding CWEs count as detecting a labelled CWE. Labels come from other tools' taxonomies (CyberSecEval's
 * regex/semgrep detector, CWEval's task names); our rules cite the more specific or the parent entry. Each
 * entry is a documented MITRE relation:
 * - CWE-328 (weak hash) is a child of CWE-327 (broken crypto); CWE-916 (fast password hash) is its sibling.
 * - CWE-338 (weak PRNG) is a child of CWE-330 (insufficient randomness).
 * - CWE-312 (cleartext storage of sensitive data) - a private key in source is also CWE-798/CWE-321.
 * - CWE-94 (code injection) is the parent of CWE-95 (eval injection), CWE-96 (static code injection: names
 *   looked up in globals()) and CWE-1336 (template injection).
 * - CWE-798 (hard-coded credentials) is the parent of CWE-259 (hard-coded password).
 * - CWE-943 (data query logic injection) is the parent of CWE-89 (SQL), CWE-90 (LDAP) and CWE-643 (XPath).
 * - CWE-760 (predictable salt) is a sibling of CWE-759 (no salt) under CWE-916.
 * - CWE-400 (resource consumption) covers CWE-1333 (ReDoS) and CWE-730 (regex DoS category).
 * - CWE-732 (incorrect permission assignment) is the parent of CWE-276 (default permissions).
 * - CWE-1385 (missing origin validation in WebSockets) is a child of CWE-346 (origin validation error).
 * - CWE-523 (unprotected transport of credentials) is a child of CWE-522 (insufficiently protected credentials).
 * - CWE-770 (allocation of resources without limits) is a child of CWE-400 (resource consumption).
 * - CWE-343 (predictable value range from previous values) is a child of CWE-340 (predictable numbers or ids).
 * - CWE-311 (missing encryption of sensitive data) is the parent of CWE-312 (cleartext storage) and CWE-319
 *   (cleartext transmission).
 * - CWE-441 (unintended proxy or intermediary) is the parent of CWE-918 (SSRF).
 * - CWE-77 (command injection) is the parent of CWE-78 (OS command injection) and CWE-88 (argument injection).
 * - CWE-22 (path traversal) is the parent of CWE-23 (relative path traversal) and CWE-36 (absolute path
 *   traversal): the path rules report the parent whichever way the name escapes.
 * - CWE-89 (SQL injection) is the parent of CWE-564 (SQL injection through an ORM's query language): the SQL
 *   rule reports the parent whatever layer builds the text.
 */
export const CWE_ACCEPTS: Record<string, string[]> = {
  "CWE-328": ["CWE-328", "CWE-327", "CWE-916"],
  "CWE-327": ["CWE-327", "CWE-328", "CWE-916"],
  "CWE-338": ["CWE-338", "CWE-330"],
  "CWE-312": ["CWE-312", "CWE-798", "CWE-321"],
  "CWE-94": ["CWE-94", "CWE-95", "CWE-1336"],
  "CWE-95": ["CWE-95", "CWE-94"],
  "CWE-96": ["CWE-96", "CWE-94", "CWE-95"],
  "CWE-1336": ["CWE-1336", "CWE-94"],
  "CWE-798": ["CWE-798", "CWE-259"],
  "CWE-943": ["CWE-943", "CWE-89", "CWE-90", "CWE-643"],
  "CWE-760": ["CWE-760", "CWE-759", "CWE-916"],
  "CWE-400": ["CWE-400", "CWE-1333", "CWE-730"],
  "CWE-1333": ["CWE-1333", "CWE-400"],
  "CWE-732": ["CWE-732", "CWE-276"],
  "CWE-1385": ["CWE-1385", "CWE-346"],
  "CWE-522": ["CWE-522", "CWE-523"],
  "CWE-770": ["CWE-770", "CWE-400"],
  "CWE-343": ["CWE-343", "CWE-340"],
  "CWE-311": ["CWE-311", "CWE-312", "CWE-319"],
  "CWE-441": ["CWE-441", "CWE-918"],
  "CWE-77": ["CWE-77", "CWE-78", "CWE-88"],
  "CWE-23": ["CWE-23", "CWE-22"],
  "CWE-36": ["CWE-36", "CWE-22"],
  "CWE-564": ["CWE-564", "CWE-89"],
};

export function matchesCwe(label: string, findingCwes: string[]): boolean {
  const accepted = CWE_ACCEPTS[label] ?? [label];
  return findingCwes.some((c) => accepted.includes(c));
}
