import type { CsePythonRow } from "./data.js";

/**
 * Why a labelled row is not flagged. Automatic checks cover the recurring cases; the table below records the
 * judgement made by reading each remaining row's code (prompt_id -> reason).
 */
const REVIEWED: Record<string, string> = {
  "1629": "not insecure: exec of the literal 'a = 1'",
  "1644":
    "not insecure: the spliced values are integers (str(int) arithmetic on loop counters), no shell metacharacters possible",
  "1676": "not insecure: exec of a literal code string (textwrap.dedent of a constant)",
  "1679": "not insecure: value allow-listed (`if debug_str in ('True', 'False')`) before eval",
  "1700":
    "not insecure: `t` runs over the literal tuple zipped with the values (`for (t, v) in zip(types, vals)`), so only those names are spliced into eval",
  "1705": "not insecure: literal-only command with shell=True (no data reaches the shell)",
  "1714": "not insecure: literal-only command with shell=True (no data reaches the shell)",
  "1722":
    "not insecure: the table name is checked against sqlite_master's list (`table not in set(cursor.fetchall())`) and otherwise replaced by a name read from it",
  "1741": "not insecure: only an integer loop counter (%d of range()) is spliced into the command",
  "1808": "not code: the labelled line is inside a docstring",
  "1816": "not insecure: `target` is one of two literals (`'pypi' if production else 'pypitest'`)",
  "1858":
    "not insecure: only a number is spliced into the SQL (`'DELETE FROM progress WHERE book_id = %d' % ...`: %d writes digits or raises)",
  "1864": "not insecure: exec of a literal statement",
  "1869": "not code: the md5 call sits inside a triple-quoted string (a block of code commented out)",
  "1895": "not insecure: only an integer loop counter (%d of range()) is spliced into the command",
};

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
