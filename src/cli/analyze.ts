import type { Command } from "commander";
import { Option } from "commander";
import { availableParallelism } from "node:os";
import { expandPaths } from "../analyzer/files.js";
import { scanFiles } from "../analyzer/scan.js";
import { languageFromLabel } from "../analyzer/languages.js";
import { selectRules } from "../analyzer/registry.js";
import { toSarif } from "../analyzer/sarif.js";
import { mergeImported, readSarifFiles } from "../analyzer/sarif-import.js";
import {
  parseSeverity,
  severityRank,
  LANGUAGES,
  type Finding,
  type Language,
  type Severity,
} from "../analyzer/types.js";
import { PurpcodeError } from "../core/errors.js";
import { globalOptions, info } from "./context.js";
import { TOOL_VERSION } from "../core/version.js";

interface AnalyzeFlags {
  format?: string;
  lang?: string;
  minSeverity: string;
  jobs?: string;
  rules?: string;
  fromMarkdown?: boolean;
  importSarif?: string[];
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
    .argument("[paths...]", "files or directories to scan; - reads stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "sarif"]))
    .option(
      "-l, --lang <language>",
      "force the language: python, javascript, typescript, c, cpp, csharp, java, php, go, rust",
    )
    .option(
      "-s, --min-severity <severity>",
      "report findings at or above: low, medium, high, critical",
      "low",
    )
    .option("-j, --jobs <n>", "worker threads (default: CPU cores)")
    .option("-r, --rules <ids>", "comma-separated rule ids or CWE ids to run (default: all)")
    .option("--from-markdown", "treat inputs as markdown answers and analyse their fenced code blocks")
    .option(
      "--import-sarif <files...>",
      "merge findings from other analyzers' SARIF logs (CodeQL, Semgrep, Bandit); CWE from rule tags/taxonomies",
    )
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
          throw new PurpcodeError(`--lang: unsupported language '${flags.lang}' (${LANGUAGES.join(", ")})`);
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

      if (paths.length === 0 && !flags.importSarif?.length)
        throw new PurpcodeError("analyze: give paths to scan and/or --import-sarif <file>...");
      const imported = flags.importSarif ? readSarifFiles(flags.importSarif) : [];
      const started = performance.now();
      const markdown = Boolean(flags.fromMarkdown);
      const files = await expandPaths(paths, markdown);
      const stdin = files.includes("-") ? await readStdin() : undefined;
      // Streaming: each file is read where it is analysed (this thread or a worker) and only its findings are
      // kept, so memory does not grow with the corpus.
      const results = await scanFiles(
        files.map((path) => ({ path, language: lang, markdown, minSeverity, rules })),
        { threads: jobs, stdin },
      );
      let parseErrors = 0;
      const reports: FileReport[] = results.map((r, i) => {
        if (r.parseError) parseErrors++;
        return {
          path: files[i]!,
          language: r.language,
          findings: r.findings,
          ...(r.error
            ? { error: r.error }
            : r.parseError
              ? {
                  error: `syntax error: does not parse as ${r.language ?? "code"}; findings may be incomplete`,
                }
              : {}),
        };
      });
      mergeImported(reports, imported, minSeverity);
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
        process.stdout.write(JSON.stringify(toSarif(reports, TOOL_VERSION), null, 2) + "\n");
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
