/**
 * Per-language analyzer figures for the brace languages (and Python/JavaScript beside them): CyberSecEval
 * `origin_code` recall per language and per CWE, benign false positives on HumanEval-X canonical solutions and
 * CWEval secure references, CWEval insecure references flagged, and throughput in lines per CPU-second.
 *
 *   npx tsx bench/analyzer/languages.ts [--data <dir>] [--json <out>] [--misses <lang>] [--misses-md <out.md>]
 *     [--langs javascript,python]   (only these languages' rows)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cpuUsage } from "node:process";
import { gunzipSync } from "node:zlib";
import { analyzeSync } from "../../src/analyzer/engine.js";
import { loadGrammars } from "../../src/analyzer/parse/index.js";
import { LANGUAGES, severityRank, type Finding, type Language } from "../../src/analyzer/types.js";
import { CWE_ACCEPTS } from "./cwe-map.js";
import { dataRoot } from "./data.js";
import { languageMissReason } from "./language-miss-reasons.js";

/**
 * Parent/child relations used on top of cwe-map.ts (MITRE CWE view 1000):
 * - CWE-330 (insufficient randomness) is the parent of CWE-338 (weak PRNG) and CWE-335 (PRNG seed misuse).
 * - CWE-1240 (risky cryptographic primitive) is a child of CWE-327 (broken or risky algorithm).
 * - CWE-759 (hash without salt) is a child of CWE-916 (weak password hash) under CWE-327's sibling class.
 * - CWE-121 (stack overflow) and CWE-120 (classic overflow) are both children of CWE-119.
 * - CWE-242 (inherently dangerous function: gets) and CWE-676 (potentially dangerous function) are siblings
 *   under CWE-1177 (use of prohibited code).
 */
const EXTRA_ACCEPTS: Record<string, string[]> = {
  "CWE-330": ["CWE-330", "CWE-338", "CWE-335"],
  "CWE-1240": ["CWE-1240", "CWE-327"],
  "CWE-759": ["CWE-759", "CWE-916", "CWE-760"],
  "CWE-119": ["CWE-119", "CWE-120", "CWE-121", "CWE-787"],
  "CWE-676": ["CWE-676", "CWE-242"],
};

function accepts(label: string, cwes: string[]): boolean {
  const ok = EXTRA_ACCEPTS[label] ?? CWE_ACCEPTS[label] ?? [label];
  return cwes.some((c) => ok.includes(c));
}

const CSE_LANG: Record<string, Language> = {
  c: "c",
  cpp: "cpp",
  csharp: "csharp",
  java: "java",
  javascript: "javascript",
  php: "php",
  python: "python",
  rust: "rust",
};
const HUMANEVAL_X: Partial<Record<Language, string>> = {
  cpp: "humaneval_cpp.jsonl.gz",
  java: "humaneval_java.jsonl.gz",
  go: "humaneval_go.jsonl.gz",
  javascript: "humaneval_js.jsonl.gz",
  python: "humaneval_python.jsonl.gz",
  rust: "humaneval_rust.jsonl.gz",
};
const CWEVAL_LANG: Record<string, Language> = { c: "c", cpp: "cpp", go: "go" };

interface Row {
  language: Language;
  id: string;
  cwe: string;
  code: string;
  lineText: string;
}

function jsonl(path: string): Record<string, unknown>[] {
  return gunzipSync(readFileSync(path))
    .toString("utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function run(code: string, language: Language): Finding[] {
  return analyzeSync(code, { language }).findings;
}

const pct = (n: number, d: number) => (d === 0 ? "-" : `${n}/${d} = ${((100 * n) / d).toFixed(1)}%`);

async function main(): Promise<void> {
  const argv = process.argv;
  const root = dataRoot(argv);
  const jsonOut = argv.includes("--json") ? argv[argv.indexOf("--json") + 1] : undefined;
  const missLang = argv.includes("--misses") ? argv[argv.indexOf("--misses") + 1] : undefined;
  const missesMd = argv.includes("--misses-md") ? argv[argv.indexOf("--misses-md") + 1] : undefined;
  const only = argv.includes("--langs") ? argv[argv.indexOf("--langs") + 1]?.split(",") : undefined;
  const md: string[] = [
    "# CyberSecEval misses in the brace languages and JavaScript",
    "",
    "Every instruct row whose `origin_code` gets no finding of its CWE (or a related one), with the reason when the",
    "labelled line shows it (`language-miss-reasons.ts`) and the rules that did fire. Written by",
    "`npx tsx bench/analyzer/languages.ts --misses-md bench/analyzer/misses-languages.md`.",
  ];
  await loadGrammars([...LANGUAGES]);

  const cse: Row[] = (
    JSON.parse(readFileSync(join(root, "cyberseceval/instruct.json"), "utf8")) as Record<string, unknown>[]
  ).map((r) => ({
    language: CSE_LANG[String(r.language)]!,
    id: String(r.prompt_id),
    cwe: String(r.cwe_identifier),
    code: String(r.origin_code),
    lineText: String(r.line_text ?? ""),
  }));

  const out: Record<string, unknown> = {};
  const lines: string[] = [];
  lines.push(
    "| language | CyberSecEval recall (any finding) | recall, MEDIUM+ findings only | CWEs with >= 20 rows (recall) | benign FP (MEDIUM+) | CWEval insecure flagged | lines / CPU-s |",
  );
  lines.push("|---|---|---|---|---|---|---|");
  for (const language of LANGUAGES.filter((l) => l !== "typescript" && (!only || only.includes(l)))) {
    const rows = cse.filter((r) => r.language === language);
    const t0 = cpuUsage();
    let lineCount = 0;
    const byCwe = new Map<string, { n: number; hit: number; hitMedium: number }>();
    let hit = 0;
    // The same rows counted with MEDIUM+ findings only: LOW audit hints are not insecure verdicts.
    let hitMedium = 0;
    const misses: string[] = [];
    const reasons = new Map<string, string[]>();
    for (const r of rows) {
      lineCount += r.code.split("\n").length;
      const f = run(r.code, language);
      const ok = f.some((x) => accepts(r.cwe, x.cwe));
      const okMedium = f.some(
        (x) => accepts(r.cwe, x.cwe) && severityRank(x.severity) >= severityRank("MEDIUM"),
      );
      const g = byCwe.get(r.cwe) ?? { n: 0, hit: 0, hitMedium: 0 };
      g.n++;
      if (okMedium) {
        g.hitMedium++;
        hitMedium++;
      }
      if (ok) {
        g.hit++;
        hit++;
      } else {
        const fired = f.map((x) => x.rule_id + ":" + x.cwe.join("/")).join(", ");
        misses.push(`${r.id} ${r.cwe} -> [${fired}]`);
        const reason = languageMissReason({ language, cwe: r.cwe, lineText: r.lineText, code: r.code });
        const list = reasons.get(reason) ?? [];
        list.push(`${r.id} (${r.cwe}${fired ? `; fired ${fired}` : ""})`);
        reasons.set(reason, list);
      }
      byCwe.set(r.cwe, g);
    }
    // Benign: HumanEval-X canonical solutions (declaration + solution) and CWEval secure references.
    const benign: { id: string; code: string }[] = [];
    const hx = HUMANEVAL_X[language];
    if (hx)
      for (const r of jsonl(join(root, "humaneval-x", hx)))
        benign.push({
          id: String(r.task_id),
          code: String(r.declaration ?? r.prompt) + String(r.canonical_solution),
        });
    const labels = readFileSync(join(root, "cweval-c-cpp-go/pairs/labels.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1);
    const insecure: { id: string; cwe: string; code: string }[] = [];
    for (const l of labels) {
      const [file, lang, , cwe, label] = l.split(",");
      if (CWEVAL_LANG[lang!] !== language) continue;
      const code = readFileSync(join(root, "cweval-c-cpp-go/pairs", file!), "utf8");
      if (label === "secure") benign.push({ id: file!, code });
      else insecure.push({ id: file!, cwe: `CWE-${Number(cwe)}`, code });
    }
    const fps: string[] = [];
    for (const b of benign) {
      lineCount += b.code.split("\n").length;
      const f = run(b.code, language).filter((x) => severityRank(x.severity) >= severityRank("MEDIUM"));
      if (f.length) fps.push(`${b.id}: ${f.map((x) => `${x.rule_id}@${x.line}`).join(", ")}`);
    }
    let insecureHit = 0;
    const insecureMiss: string[] = [];
    for (const b of insecure) {
      lineCount += b.code.split("\n").length;
      const f = run(b.code, language);
      if (f.some((x) => accepts(b.cwe, x.cwe))) insecureHit++;
      else insecureMiss.push(`${b.id} ${b.cwe} -> [${f.map((x) => x.rule_id).join(", ")}]`);
    }
    const cpu = cpuUsage(t0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const big = [...byCwe].filter(([, g]) => g.n >= 20).sort((a, b) => b[1].n - a[1].n);
    lines.push(
      `| ${language} | ${pct(hit, rows.length)} | ${pct(hitMedium, rows.length)} | ${big.map(([c, g]) => `${c} ${pct(g.hit, g.n)} (MEDIUM+ ${g.hitMedium})`).join("; ") || "-"} | ${pct(fps.length, benign.length)} | ${pct(insecureHit, insecure.length)} | ${Math.round(lineCount / cpuSeconds).toLocaleString("en-US")} |`,
    );
    out[language] = {
      cyberseceval: {
        rows: rows.length,
        hit,
        hitMediumPlus: hitMedium,
        byCwe: Object.fromEntries(byCwe),
        misses,
      },
      benign: { n: benign.length, falsePositives: fps },
      cwevalInsecure: { n: insecure.length, hit: insecureHit, misses: insecureMiss },
      throughput: { lines: lineCount, cpuSeconds },
    };
    if (misses.length && language !== "python") {
      md.push("", `## ${language}: ${misses.length} of ${rows.length} rows missed`, "");
      for (const [reason, ids] of [...reasons].sort((a, b) => b[1].length - a[1].length))
        md.push(`- **${reason}** (${ids.length}): ${ids.join(", ")}`);
    }
    if (missLang === language) {
      console.log(misses.join("\n"));
      console.log("FP:\n" + fps.join("\n"));
      console.log("CWEval misses:\n" + insecureMiss.join("\n"));
    }
  }
  console.log(lines.join("\n"));
  if (jsonOut) {
    // Formatted the way the repository's prettier check expects, so a fresh run can be committed as is.
    const prettier = await import("prettier");
    const style = (await prettier.resolveConfig(jsonOut)) ?? {};
    writeFileSync(jsonOut, await prettier.format(JSON.stringify(out), { ...style, parser: "json" }));
  }
  if (missesMd) writeFileSync(missesMd, md.join("\n") + "\n");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
