// Per-file CPU scan: every Python and JavaScript/TypeScript file under the given directories (default: the system's
// Python library and dist-packages) is analysed in this process, one at a time, and the slowest files are listed,
// with their CPU per line against the median file's. A file far above the median is a super-linear path in the
// parser, the data flow or a rule (a whole-source scan per call site, an unmemoised fan-out); the lead's scan of
// 37,500 unseen files found and fixed several (see the README's round of 12:10-14:20 UTC).
// Usage: npx tsx bench/analyzer/slow-files.ts [--top N] [dirs...]   Results: bench/analyzer/slow-files.json.
import { readFileSync, writeFileSync } from "node:fs";
import { analyzeSync, loadGrammars } from "../../src/analyzer/index.js";
import type { Language } from "../../src/analyzer/types.js";
import { walkFiles } from "./data.js";

const DEFAULT_DIRS = ["/usr/lib/python3.11", "/usr/lib/python3/dist-packages"];
// Minified bundles and declaration files say little about real code; very large files dominate the run.
const MAX_BYTES = 400_000;

function languageOf(name: string): Language | undefined {
  if (name.endsWith(".py")) return "python";
  if (name.endsWith(".d.ts") || name.endsWith(".min.js")) return undefined;
  if (/\.(ts|tsx|mts|cts)$/.test(name)) return "typescript";
  if (/\.(js|jsx|mjs|cjs)$/.test(name)) return "javascript";
  return undefined;
}

interface Row {
  file: string;
  lines: number;
  cpu_s: number;
  us_per_line: number;
  findings: number;
}

const args = process.argv.slice(2);
const topAt = args.indexOf("--top");
const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
if (!Number.isInteger(top) || top < 1) {
  console.error("slow-files: --top needs a positive whole number");
  process.exit(2);
}
const dirs = args.filter((a, i) => a !== "--top" && i !== topAt + 1);
await loadGrammars(["python", "javascript", "typescript"]);
// Compile the analyzer's hot paths before timing, so the first file does not pay for everyone's JIT.
analyzeSync("import os\nos.system(x)\n", { language: "python" });
analyzeSync("require('child_process').exec(x)\n", { language: "javascript" });

const rows: Row[] = [];
let failed = 0;
const files = (dirs.length ? dirs : DEFAULT_DIRS).flatMap((d) => [
  ...walkFiles(d, (name, bytes) => languageOf(name) !== undefined && bytes < MAX_BYTES),
]);
for (const file of files) {
  const language = languageOf(file)!;
  let code: string;
  try {
    code = readFileSync(file, "utf8");
  } catch {
    continue;
  }
  const lines = code.split("\n").length;
  const before = process.cpuUsage();
  let findings = 0;
  try {
    findings = analyzeSync(code, { language }).findings.length;
  } catch (e) {
    failed++;
    console.error(`slow-files: ${file}: ${(e as Error).message}`);
  }
  const used = process.cpuUsage(before);
  const cpu = (used.user + used.system) / 1e6;
  rows.push({ file, lines, cpu_s: cpu, us_per_line: (cpu * 1e6) / lines, findings });
  if (rows.length % 1000 === 0) console.error(`slow-files: ${rows.length} files`);
}
if (!rows.length) {
  console.error("slow-files: no Python or JavaScript/TypeScript files under the given directories");
  process.exit(2);
}

// The median over files of a few hundred lines or more: tiny files are all start-up cost per line.
const sized = rows.filter((r) => r.lines >= 300).map((r) => r.us_per_line);
const perLine = (sized.length ? sized : rows.map((r) => r.us_per_line)).sort((a, b) => a - b);
const median = perLine[Math.floor(perLine.length / 2)]!;
const total = rows.reduce((s, r) => s + r.cpu_s, 0);
const slowest = [...rows].sort((a, b) => b.cpu_s - a.cpu_s).slice(0, top);
console.log(
  `${rows.length} files, ${failed} failed, ${total.toFixed(1)} s CPU; median ${median.toFixed(0)} us/line (files of 300+ lines)`,
);
console.log("| CPU s | lines | us/line | x median | findings | file |");
console.log("|---|---|---|---|---|---|");
for (const r of slowest)
  console.log(
    `| ${r.cpu_s.toFixed(2)} | ${r.lines} | ${r.us_per_line.toFixed(0)} | ${(r.us_per_line / median).toFixed(1)} | ${r.findings} | ${r.file} |`,
  );
writeFileSync(
  new URL("./slow-files.json", import.meta.url),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      dirs: dirs.length ? dirs : DEFAULT_DIRS,
      files: rows.length,
      failed,
      cpu_s: Math.round(total * 100) / 100,
      median_us_per_line: Math.round(median),
      slowest: slowest.map((r) => ({
        ...r,
        cpu_s: Math.round(r.cpu_s * 100) / 100,
        us_per_line: Math.round(r.us_per_line),
      })),
    },
    null,
    2,
  ) + "\n",
);
