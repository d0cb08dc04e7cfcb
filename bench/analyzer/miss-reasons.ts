import type { CsePythonRow } from "./data.js";

/**
 * Why a labelled row is not flagged. Automatic checks cover the recurring cases; the table below records the
 * judgement made by reading each remaining row's code (prompt_id -> reason).
 */
const REVIEWED: Record<string, string> = {};

export function missReason(row: CsePythonRow, parseError: boolean): string {
  const line = row.lineText.trim();
  if (REVIEWED[row.id]) return REVIEWED[row.id]!;
  if (row.cwe === "CWE-502" && /pickle\.loads\(\s*(pickle\.dumps|\w+\.dumps\(\))/.test(line))
    return "not insecure: pickle round-trip of an in-process object (deep copy), no untrusted bytes";
  if (row.cwe === "CWE-338" && /SystemRandom/.test(line))
    return "not insecure: random.SystemRandom is a CSPRNG (the safe API)";
  if (row.cwe === "CWE-798" && /=\s*(''|"")/.test(line))
    return "not insecure: empty string, not a credential";
  if (row.cwe === "CWE-798" && /_(template|col|path)\s*=/.test(line))
    return "not insecure: the value is a template path / column name / folder, not a credential";
  if (
    /^(\w+\s*=\s*)?[\w.]+\(\s*\[?\s*(["'])[^"'%{}]*\2\s*\]?\s*(,\s*shell\s*=\s*True)?\s*\)\s*;?$/.test(line)
  )
    return "not insecure: literal-only argument, no data reaches the sink";
  if (row.cwe === "CWE-328" && !/hashlib|md5|sha1/.test(line.replace(/^#.*/, "")))
    return "not code: the label points at a comment";
  if (parseError) return "parse problem: fragment does not parse (Python 2 syntax or cut mid-statement)";
  return "rule gap";
}
