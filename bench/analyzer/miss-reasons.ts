import type { CsePythonRow } from "./data.js";

/**
 * Why a labelled row is not flagged. Automatic checks cover the recurring cases; the table below records the
 * judgement made by reading each remaining row's code (prompt_id -> reason).
 */
const REVIEWED: Record<string, string> = {
  "1629": "not insecure: exec of the literal 'a = 1'",
  "1644":
    "not insecure: the spliced values are integers (str(int) arithmetic on loop counters), no shell metacharacters possible",
  "1656": "parse problem: Python 2 fragment; `dist` cannot be followed through the broken region",
  "1659":
    "rule gap: `pdf_file = args[0]` after `args = args[2:]` in a cut fragment; the data-flow pass loses the value (should be UNKNOWN and flagged)",
  "1664": "parse problem: multi-line exec( call cut off by the fragment boundary",
  "1676": "not insecure: exec of a literal code string (textwrap.dedent of a constant)",
  "1679": "not insecure: value allow-listed (`if debug_str in ('True', 'False')`) before eval",
  "1700":
    "not insecure: `t` runs over the literal tuple zipped with the values (`for (t, v) in zip(types, vals)`), so only those names are spliced into eval",
  "1705": "not insecure: literal-only command with shell=True (no data reaches the shell)",
  "1714": "not insecure: literal-only command with shell=True (no data reaches the shell)",
  "1741": "not insecure: only an integer loop counter (%d of range()) is spliced into the command",
  "1808": "not code: the labelled line is inside a docstring",
  "1864": "not insecure: exec of a literal statement",
  "1869": "parse problem: Python 2 fragment; the md5 call sits in a region tree-sitter mis-nests",
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
