import type { Command } from "commander";
import { Option } from "commander";
import { availableParallelism } from "node:os";
import { analysisExitCode, analysisJson, analyzePaths, renderText } from "../analyzer/analysis.js";
import { tuneHeapForScan } from "../analyzer/heap.js";
import { languageFromLabel } from "../analyzer/languages.js";
import { toSarif } from "../analyzer/sarif.js";
import { parseSeverity, LANGUAGES, type Language } from "../analyzer/types.js";
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
  includeMinified?: boolean;
  context: string;
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
    .addOption(
      new Option(
        "--context <context>",
        "whose code: repository (test code and purpcode: ignore comments lower findings) or answer (a policy's answer: they do not)",
      )
        .choices(["repository", "answer"])
        .default("repository"),
    )
    .option("--include-minified", "analyse minified JavaScript too (skipped with a warning by default)")
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
      tuneHeapForScan();
      const analysis = await analyzePaths({
        paths,
        language: lang,
        markdown: Boolean(flags.fromMarkdown),
        minSeverity,
        ...(flags.context === "answer" ? { context: "answer" as const } : {}),
        rules,
        jobs,
        importSarif: flags.importSarif,
        includeMinified: Boolean(flags.includeMinified),
        readStdin,
      });
      const { reports, stats } = analysis;
      if (format === "json") process.stdout.write(JSON.stringify(analysisJson(analysis), null, 2) + "\n");
      else if (format === "sarif")
        process.stdout.write(JSON.stringify(toSarif(reports, TOOL_VERSION), null, 2) + "\n");
      else process.stdout.write(renderText(reports));
      info(
        globals,
        `purpcode analyze: ${stats.files} file(s), ${stats.findings} finding(s), ${stats.errors} error(s), ${stats.warnings} warning(s), ${stats.parse_errors} with parse errors, ${stats.seconds.toFixed(2)}s`,
      );
      // The files that could not be analysed are listed on stderr whatever the format (stdout stays parseable).
      for (const r of reports) if (r.error) process.stderr.write(`${r.path}: error: ${r.error}\n`);
      // Partly parsed files were analysed: listed unless --quiet, and they leave the exit code alone.
      for (const r of reports) if (r.warning) info(globals, `${r.path}: warning: ${r.warning}`);
      if (stats.errors > 0)
        process.stderr.write(
          `purpcode analyze: ${stats.errors} of ${stats.files} file(s) could not be analysed fully (exit 2)\n`,
        );
      process.exitCode = analysisExitCode(analysis);
    });
}
