// Differential check of the hand-written Python parser against tree-sitter: every .py file under the given
// directories (default: the system's Python library, dist-packages, the dev suites' Python cases and the shared
// data's .py files) is parsed both ways and compared node by node. A file is accepted (identical trees),
// bailed (the hand parser declined; reasons counted) or MISMATCHED (the first differing node printed).
// Usage: npx tsx bench/analyzer/parser-diff.ts [dirs...]   Results: bench/analyzer/parser-diff.json (not committed).
import { readFileSync, writeFileSync } from "node:fs";
import { loadGrammars, parseTreeSitter, type SyntaxTree } from "../../src/analyzer/parse/index.js";
import { diffTrees } from "../../src/analyzer/parse/python/diff.js";
import { BailOut, parsePython } from "../../src/analyzer/parse/python/index.js";
import { walkFiles } from "./data.js";
import { SUITES } from "./dev/index.js";

const DEFAULT_DIRS = ["/usr/lib/python3.11", "/usr/lib/python3/dist-packages", "/work/shared/data"];

interface Result {
  files: number;
  bytes: number;
  accepted: number;
  acceptedBytes: number;
  bailed: number;
  tsErrors: number;
  mismatched: number;
  reasons: Record<string, number>;
  mismatches: { file: string; diff: string }[];
}

function emptyResult(): Result {
  return {
    files: 0,
    bytes: 0,
    accepted: 0,
    acceptedBytes: 0,
    bailed: 0,
    tsErrors: 0,
    mismatched: 0,
    reasons: {},
    mismatches: [],
  };
}

function check(name: string, source: string, r: Result): void {
  r.files++;
  r.bytes += source.length;
  const ts = parseTreeSitter(source, "python");
  let hand: SyntaxTree;
  try {
    hand = parsePython(source);
  } catch (e) {
    if (!(e instanceof BailOut)) {
      r.mismatched++;
      r.mismatches.push({ file: name, diff: `crash: ${(e as Error).stack ?? String(e)}` });
      return;
    }
    r.bailed++;
    if (ts.hasError) r.tsErrors++;
    const reason = ts.hasError ? `(tree-sitter error) ${e.reason}` : e.reason;
    r.reasons[reason] = (r.reasons[reason] ?? 0) + 1;
    return;
  }
  const diff = diffTrees(ts, hand);
  if (diff) {
    r.mismatched++;
    r.mismatches.push({ file: name, diff });
  } else {
    r.accepted++;
    r.acceptedBytes += source.length;
  }
}

function print(label: string, r: Result): void {
  const pct = (a: number, b: number) => (b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`);
  console.log(
    `${label}: ${r.files} files, accepted ${r.accepted} (${pct(r.accepted, r.files)} of files, ` +
      `${pct(r.acceptedBytes, r.bytes)} of bytes), bailed ${r.bailed} (${r.tsErrors} with tree-sitter errors), ` +
      `MISMATCHED ${r.mismatched}`,
  );
}

async function main(): Promise<void> {
  await loadGrammars(["python"]);
  const args = process.argv.slice(2);
  const dirs = args.length > 0 ? args : DEFAULT_DIRS;
  const results: Record<string, Result> = {};
  const total = emptyResult();
  const add = (label: string, name: string, source: string) => {
    const r = (results[label] ??= emptyResult());
    check(name, source, r);
  };
  for (const dir of dirs) {
    for (const file of walkFiles(dir, (name, bytes) => name.endsWith(".py") && bytes < 4_000_000)) {
      let source: string;
      try {
        source = readFileSync(file, "utf8");
      } catch {
        continue;
      }
      add(dir, file, source);
    }
  }
  if (args.length === 0) {
    for (const [suite, cases] of Object.entries(SUITES)) {
      cases.forEach((c, i) => {
        if (c.language === "python") add(`dev:${suite}`, `${suite}#${i}`, c.code);
      });
    }
  }
  const reasons: Record<string, number> = {};
  for (const [label, r] of Object.entries(results)) {
    print(label, r);
    total.files += r.files;
    total.bytes += r.bytes;
    total.accepted += r.accepted;
    total.acceptedBytes += r.acceptedBytes;
    total.bailed += r.bailed;
    total.tsErrors += r.tsErrors;
    total.mismatched += r.mismatched;
    total.mismatches.push(...r.mismatches);
    for (const [k, v] of Object.entries(r.reasons)) reasons[k] = (reasons[k] ?? 0) + v;
  }
  total.reasons = reasons;
  print("TOTAL", total);
  console.log("bail-out reasons:");
  for (const [k, v] of Object.entries(reasons)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30))
    console.log(`  ${String(v).padStart(6)}  ${k}`);
  if (total.mismatches.length > 0) {
    console.log("MISMATCHES (first 15):");
    for (const m of total.mismatches.slice(0, 15)) console.log(`  ${m.file}\n    ${m.diff}`);
  }
  const out = new URL("./parser-diff.json", import.meta.url);
  writeFileSync(out, JSON.stringify({ results, total }, null, 1) + "\n");
}

await main();
