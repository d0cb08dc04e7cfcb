/** Severity order matters: thresholds compare by index. */
export const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LANGUAGES = [
  "python",
  "javascript",
  "typescript",
  "c",
  "cpp",
  "csharp",
  "java",
  "php",
  "go",
  "rust",
] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Finding {
  rule_id: string;
  cwe: string[];
  severity: Severity;
  message: string;
  /** 1-based line and column, as editors and SARIF count them. */
  line: number;
  column: number;
  end_line: number;
  snippet: string;
  fix_hint: string;
  /** Why this finding's severity differs from the rule's documented one (absent when it is the same). */
  severity_reason?: string;
}

/**
 * A finding as other stages accept it: the analyzer's, or an external analyzer's (SARIF from CodeQL, Semgrep or
 * Bandit carries no fix hint, and may carry no end line or snippet).
 */
export type FindingLike = Pick<Finding, "rule_id" | "cwe" | "message" | "line"> & {
  severity: string;
} & Partial<Pick<Finding, "column" | "end_line" | "snippet" | "fix_hint">>;

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function parseSeverity(value: string): Severity | undefined {
  const upper = value.toUpperCase();
  return (SEVERITIES as readonly string[]).includes(upper) ? (upper as Severity) : undefined;
}
