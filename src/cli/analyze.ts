import type { Command } from "commander";
import { Option } from "commander";
import { availableParallelism } from "node:os";
import { AnalyzerPool, mayFire } from "../analyzer/pool.js";
import type { BatchItem, BatchResult } from "../analyzer/batch.js";
import { expandPaths, languageOf, readSource } from "../analyzer/files.js";
import { languageFromLabel } from "../analyzer/languages.js";
import { selectRules } from "../analyzer/registry.js";
import { toSarif } from "../analyzer/sarif.js";
import {
  parseSeverity,
  severityRank,
  type Finding,
  type Language,
  type Severity,
} from "../analyzer/types.js";
import { PurpcodeError } from "../core/errors.js";
import { globalOptions, info } from "./context.js";
import { VERSION } from "./main.js";

interface AnalyzeFlags {
  format?: string;
  lang?: string;
  minSeverity: string;
  jobs?: string;
  rules?: string;
  fromMarkdown?: boolean;
}

export interface FileReport {
  path: string;
  language: Language | null;
  findings: Finding[];
  error?: string;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export function register(program: Command): void {
  program
    .command("analyze")
    .description(
      "Scan code, files, directories or markdown answers for security weaknesses (exit 1 on findings)",
    )
    .argument("<paths...>", "files or directories to scan; - reads stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "sarif"]))
    .option("-l, --lang <language>", "force the language: python, javascript, typescript")
    .option(
      "-s, --min-severity <severity>",
      "report findings at or above: low, medium, high, critical",
      "low",
    )
    .option("-j, --jobs <n>", "worker threads (default: CPU cores)")
    .option("-r, --rules <ids>", "comma-separated rule ids or CWE ids to run (default: all)")
    .option("--from-markdown", "treat inputs as markdown answers and analyse their fenced code blocks")
    .action(async (paths: string[], flags: AnalyzeFlags, command: Command) => {
      const globals = globalOptions(command);
      const format = flags.format ?? (globals.json ? "json" : "text");
      const minSeverity = parseSeverity(flags.minSeverity);
      if (!minSeverity)
        throw new PurpcodeError(
          `--min-severity: expected low, medium, high or critical, got '${flags.minSeverity}'`,
        );
      let lang: Language | undefined;
      if (flags.lang) {
        lang = languageFromLabel(flags.lang);
        if (!lang)
          throw new PurpcodeError(
            `--lang: unsupported language '${flags.lang}' (python, javascript, typescript)`,
          );
      }
      const jobs = flags.jobs === undefined ? availableParallelism() : Number(flags.jobs);
      if (!Number.isInteger(jobs) || jobs < 1)
        throw new PurpcodeError(`--jobs: expected a positive integer, got '${flags.jobs}'`);
      const rules = flags.rules
        ? flags.rules
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined;
      const unknown = (rules ?? []).filter((id) => selectRules({ rules: [id] }).length === 0);
      if (unknown.length)
        throw new PurpcodeError(
          `--rules: no rule has the id or CWE ${unknown.map((u) => `'${u}'`).join(", ")}`,
          { hint: "run `purpcode rules list` to see the rule ids and CWEs" },
        );

      const started = performance.now();
      const markdown = Boolean(flags.fromMarkdown);
      const files = await expandPaths(paths, markdown);
      const reports: FileReport[] = files.map((path) => ({ path, language: null, findings: [] }));
      const items: BatchItem[] = [];
      const itemFile: number[] = [];
      const stdin = files.includes("-") ? await readStdin() : undefined;
      // Read with bounded concurrency: thousands of small files are dominated by open/stat latency.
      const reads = new Array<Awaited<ReturnType<typeof readSource>>>(files.length);
      for (let i = 0; i < files.length; i += 64)
        await Promise.all(
          files.slice(i, i + 64).map(async (p, k) => {
            reads[i + k] = await readSource(p, p === "-" ? stdin : undefined);
          }),
        );
      for (let i = 0; i < files.length; i++) {
        const path = files[i]!;
        const read = reads[i]!;
        if (!read.ok) {
          reports[i]!.error = read.error;
          continue;
        }
        if (read.text.trim() === "") continue; // an empty file (an __init__.py) has nothing to find
        const isMd = markdown || /\.(md|markdown)$/i.test(path);
        const language = isMd ? lang : languageOf(path, lang);
        if (!isMd && !language && path !== "-") {
          reports[i]!.error = "unknown language (use --lang)";
          continue;
        }
        items.push({ code: read.text, language, markdown: isMd, minSeverity, rules });
        itemFile.push(i);
      }
      let results: BatchResult[];
      // A worker costs ~0.3 s to start (thread + grammar compile) and one thread fully analyses ~1000 files/s, so
      // extra threads only pay for about 500 files each that pass the rule prefilter.
      const heavy = jobs <= 1 ? 0 : items.filter((it) => it.markdown || !it.language || mayFire(it)).length;
      const workers = Math.min(jobs, Math.floor(heavy / 500));
      const pool = new AnalyzerPool({ size: workers <= 1 ? 0 : workers });
      try {
        results = await pool.analyzeBatch(items);
      } finally {
        await pool.close();
      }
      let parseErrors = 0;
      results.forEach((r, k) => {
        const rep = reports[itemFile[k]!]!;
        rep.language = r.language ?? null;
        rep.findings = r.findings;
        if (r.error) rep.error = r.error;
        if (r.parseError) {
          parseErrors++;
          rep.error ??= `syntax error: does not parse as ${rep.language ?? "code"}; findings may be incomplete`;
        }
      });
      const total = reports.reduce((n, r) => n + r.findings.length, 0);
      const seconds = (performance.now() - started) / 1000;
      if (format === "json") {
        const out = {
          results: reports.map((r) => ({
            path: r.path,
            language: r.language,
            findings: r.findings,
            ...(r.error ? { error: r.error } : {}),
          })),
          stats: {
            files: reports.length,
            findings: total,
            parse_errors: parseErrors,
            seconds: Math.round(seconds * 1000) / 1000,
          },
        };
        process.stdout.write(JSON.stringify(out, null, 2) + "\n");
      } else if (format === "sarif") {
        process.stdout.write(JSON.stringify(toSarif(reports, VERSION), null, 2) + "\n");
      } else {
        process.stdout.write(renderText(reports));
      }
      const errors = reports.filter((r) => r.error).length;
      info(
        globals,
        `purpcode analyze: ${reports.length} file(s), ${total} finding(s), ${errors} error(s), ${parseErrors} with parse errors, ${seconds.toFixed(2)}s`,
      );
      // The files that could not be analysed are listed on stderr whatever the format (stdout stays parseable).
      for (const r of reports) if (r.error) process.stderr.write(`${r.path}: error: ${r.error}\n`);
      if (errors > 0)
        process.stderr.write(
          `purpcode analyze: ${errors} of ${reports.length} file(s) could not be analysed fully (exit 2)\n`,
        );
      // 2 when some input could not be analysed (a clean result would be a lie), else 1 on findings.
      process.exitCode = errors > 0 ? 2 : total > 0 ? 1 : 0;
    });
}

export function renderText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const sorted = [...r.findings].sort(
      (a, b) =>
        a.line - b.line || severityRank(b.severity as Severity) - severityRank(a.severity as Severity),
    );
    for (const f of sorted) {
      lines.push(
        `${r.path}:${f.line}:${f.column}: ${f.severity} ${f.rule_id} [${f.cwe.join(", ")}] ${f.message}`,
      );
      for (const s of f.snippet.split("\n").slice(0, 3)) lines.push(`    | ${s}`);
      lines.push(`    fix: ${f.fix_hint}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
