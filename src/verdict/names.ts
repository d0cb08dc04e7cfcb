import { ORACLES, type OracleName } from "../core/rows.js";

/**
 * The one table of oracle names. A data row names what it is scored by with a row oracle (`codesec`,
 * `correctness`, `general-safety`, `noreject`, `reject`: core/rows ORACLES, the names verl and OpenRLHF data
 * carry); each is answered by one of the oracles the floor opens, named here and nowhere else. `Oracles`
 * (contract.ts) has one member per kind, eval suites declare the kinds they need, errors name them.
 */
export const ORACLE_KINDS = {
  format: "the answer-format gate (## Analysis / ## Answer)",
  analyzer: "the embedded static code-security analyzer",
  sandbox: "the bubblewrap execution sandbox (tests)",
  refusal: "the rule-based refusal detector",
  "malicious-judge": "the malicious-assistance LLM judge",
  "classify-judge": "the answer-classification LLM judge (REFUSAL / IRRELEVANT / UNSAFE / APPROPRIATE)",
  "code-request-judge": "the code-request LLM judge (did the answer fulfil a code request)",
} as const;
export type OracleKind = keyof typeof ORACLE_KINDS;

/** The member of `Oracles` holding each kind. */
export const ORACLE_MEMBER = {
  format: "format",
  analyzer: "analyzer",
  sandbox: "sandbox",
  refusal: "refusal",
  "malicious-judge": "maliciousJudge",
  "classify-judge": "classifyJudge",
  "code-request-judge": "codeRequestJudge",
} as const satisfies Record<OracleKind, string>;

/** Which oracle scores each row oracle. */
export const SCORED_BY = {
  codesec: "analyzer",
  correctness: "sandbox",
  "general-safety": "malicious-judge",
  noreject: "classify-judge",
  reject: "classify-judge",
} as const satisfies Record<OracleName, OracleKind>;

export { ORACLES, type OracleName };

export const isRowOracle = (name: string): name is OracleName =>
  (ORACLES as readonly string[]).includes(name);
