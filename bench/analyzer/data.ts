import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

/**
 * Every file under `dir` (sorted, unreadable entries skipped) that `accept` takes by name and size. Unlike the CLI's
 * walker (`expandPaths`), it goes into site-packages and node_modules: the scans that use it read library code.
 */
export function* walkFiles(dir: string, accept: (name: string, bytes: number) => boolean): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue;
    }
    if (st.isDirectory()) yield* walkFiles(path, accept);
    else if (accept(name, st.size)) yield path;
  }
}

/** Public data root: ../shared/data relative to the cwd unless PURPCODE_DATA or --data says otherwise. */
export function dataRoot(argv: string[] = process.argv): string {
  const i = argv.indexOf("--data");
  const root = i >= 0 && argv[i + 1] ? argv[i + 1]! : (process.env.PURPCODE_DATA ?? "../shared/data");
  const abs = resolve(root);
  if (!existsSync(abs)) throw new Error(`data folder not found: ${abs} (pass --data <dir>)`);
  return abs;
}

export interface CsePythonRow {
  id: string;
  cwe: string;
  code: string;
  line: number;
  lineText: string;
  pattern: string;
}

export function cyberSecEvalPython(root: string): CsePythonRow[] {
  return cyberSecEvalRows(root, "python");
}

/** CyberSecEval instruct rows of one language (their origin_code is the labelled insecure code). */
export function cyberSecEvalRows(root: string, language: string): CsePythonRow[] {
  const rows = JSON.parse(readFileSync(join(root, "cyberseceval/instruct.json"), "utf8")) as Record<
    string,
    unknown
  >[];
  return rows
    .filter((r) => r.language === language)
    .map((r) => ({
      id: String(r.prompt_id),
      cwe: String(r.cwe_identifier),
      code: String(r.origin_code),
      line: Number(r.line_number),
      lineText: String(r.line_text),
      pattern: String(r.pattern_desc).split("\n")[0]!,
    }));
}

export interface CwevalPair {
  file: string;
  lang: "py" | "js";
  cwe: string;
  label: "secure" | "insecure";
  code: string;
}

export function cwevalPairs(root: string): CwevalPair[] {
  const csv = readFileSync(join(root, "cweval/pairs/labels.csv"), "utf8").trim().split("\n").slice(1);
  return csv.map((line) => {
    const [file, lang, , cwe, label] = line.split(",");
    return {
      file: file!,
      lang: lang as "py" | "js",
      cwe: `CWE-${Number(cwe)}`,
      label: label as "secure" | "insecure",
      code: readFileSync(join(root, "cweval/pairs", file!), "utf8"),
    };
  });
}

function jsonl(path: string): Record<string, unknown>[] {
  const text = path.endsWith(".gz")
    ? gunzipSync(readFileSync(path)).toString("utf8")
    : readFileSync(path, "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export interface BenignSnippet {
  corpus: string;
  id: string;
  code: string;
}

export function benignCorpora(root: string): BenignSnippet[] {
  const out: BenignSnippet[] = [];
  for (const r of jsonl(join(root, "humaneval/HumanEval.jsonl.gz")))
    out.push({
      corpus: "humaneval",
      id: String(r.task_id),
      code: String(r.prompt) + String(r.canonical_solution),
    });
  for (const r of JSON.parse(readFileSync(join(root, "mbpp/sanitized-mbpp.json"), "utf8")) as Record<
    string,
    unknown
  >[])
    out.push({ corpus: "mbpp", id: String(r.task_id), code: String(r.code) });
  for (const f of readdirSync(join(root, "leetcode"))
    .filter((f) => f.endsWith(".jsonl.gz"))
    .sort())
    for (const r of jsonl(join(root, "leetcode", f)))
      out.push({ corpus: "leetcode", id: String(r.task_id), code: String(r.prompt) + String(r.completion) });
  return out;
}
