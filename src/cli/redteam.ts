import { InvalidArgumentError, type Command } from "commander";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../core/config.js";
import { InputError } from "../core/errors.js";
import { catalogMarkdown, renderRule, selectRules } from "../redteam/catalog.js";
import { UTILITY_SOURCES } from "../redteam/benign.js";
import { coverageMarkdown } from "../redteam/coverage.js";
import { FAILURE_KINDS } from "../redteam/generate.js";
import { parseSeverity } from "../analyzer/types.js";
import { writeJsonl } from "../core/jsonl.js";
import { realCodeSeeds } from "../redteam/real-seeds.js";
import { REDTEAM_DEFAULTS } from "../redteam/settings.js";
import { coverageOf, dedupFiles, writeCoverage } from "../redteam/sets.js";
import {
  benignStep,
  catalogRules,
  maleventStep,
  rule2codeStep,
  vul2promptStep,
  type StepResult,
} from "../redteam/steps.js";
import { globalOptions, info, printJson, type GlobalOptions } from "./context.js";
import { registerSecqa, registerUtility } from "./redteam-utility.js";
import { registerXscode } from "./redteam-xscode.js";
import { addProviderOptions, positiveInt, providerFromOptions } from "./provider-options.js";

/** `purpcode redteam <step>`: internal red-teaming data synthesis (design section 6). */
export function register(program: Command): void {
  const redteam = program
    .command("redteam")
    .description(
      "red-teaming data: rule catalog, Rule2Code, Vul2Prompt, malicious-event and benign prompts, dedup, coverage",
    );
  registerCatalog(redteam);
  registerRule2Code(redteam);
  registerSeeds(redteam);
  registerVul2Prompt(redteam);
  registerMalevent(redteam);
  registerBenign(redteam);
  registerUtility(redteam);
  registerXscode(redteam);
  registerSecqa(redteam);
  registerDedup(redteam);
  registerReport(redteam);
  registerRun(redteam);
}

const list = (value: string): string[] =>
  value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

function fraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1)
    throw new InvalidArgumentError(`expected a number in (0, 1], got '${value}'`);
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`expected an integer >= 0, got '${value}'`);
  return n;
}

/** Flags every generator step shares. */
function addGeneratorOptions(cmd: Command): Command {
  return addProviderOptions(cmd)
    .requiredOption("-o, --out <file>", "output JSONL (resumable: rows already there are skipped)")
    .option("--parallel <n>", "items in flight", positiveInt, 8)
    .option("--attempts <n>", "attempts per answer before an item is given up", positiveInt, 3)
    .option("--seed <n>", "base of the deterministic sampling seeds", nonNegativeInt, 0)
    .option("--temperature <t>", "generator sampling temperature", Number, 0.8)
    .option("--max-tokens <n>", "generator completion limit", positiveInt)
    .option("--strategies-dir <dir...>", "extra strategy files (a file with a built-in id replaces it)")
    .option("--data-dir <dir>", "shared data folder (default: the config's data_dir, ../shared/data)")
    .option("--catalog <file>", "compact CWE catalog (default: the one shipped in the package)");
}

interface GeneratorFlags {
  out: string;
  parallel: number;
  attempts: number;
  seed: number;
  temperature: number;
  maxTokens?: number;
  strategiesDir?: string[];
  dataDir?: string;
  catalog?: string;
}

async function setup(opts: Record<string, unknown>, cmd: Command) {
  const globals = globalOptions(cmd);
  const { config } = await loadConfig(globals.config);
  const flags = opts as unknown as GeneratorFlags;
  const dataDir = flags.dataDir ?? config.data_dir;
  return { globals, config, flags, dataDir };
}

function report(globals: GlobalOptions, step: string, result: StepResult): void {
  if (globals.json) {
    printJson(result);
    return;
  }
  const failures = FAILURE_KINDS.filter((k) => result.failed_by_kind[k]).map(
    (k) => `${k} ${result.failed_by_kind[k]}`,
  );
  info(
    globals,
    `${step}: ${result.done} item(s) done, ${result.resumed} resumed, ${result.failed} failed` +
      (failures.length ? ` (${failures.join(", ")}; see ${result.errors})` : "") +
      ` -> ${result.output}`,
  );
}

function common(flags: GeneratorFlags, globals: GlobalOptions, dataDir: string) {
  return {
    out: flags.out,
    parallel: flags.parallel,
    attempts: flags.attempts,
    seed: flags.seed,
    temperature: flags.temperature,
    maxTokens: flags.maxTokens,
    strategiesDirs: flags.strategiesDir,
    dataDir,
    catalog: flags.catalog,
    quiet: globals.quiet || globals.json,
  };
}

export function registerCatalog(redteam: Command): void {
  redteam
    .command("catalog")
    .description("list the rule catalog (CWE weaknesses, Top 25 first) or render one rule as prompt context")
    .option("--format <format>", "json | jsonl | md | ids", "md")
    .option("--language <lang>", "rules that apply to this language")
    .option("--ids <ids>", "only these ids (comma-separated)", list)
    .option("--source <source>", "cwe | analyzer")
    .option("--with-code", "only rules with code examples")
    .option("--all", "include deprecated and not-'Allowed' CWEs")
    .option("--limit <n>", "at most n rules", positiveInt)
    .option("--render <id>", "print one rule as bounded prompt context")
    .option("--max-chars <n>", "bound for --render", positiveInt, 3000)
    .option("--no-analyzer", "leave out the analyzer's rules")
    .option("--catalog <file>", "compact CWE catalog (default: the one shipped in the package)")
    .action(async (opts: Record<string, unknown>, cmd: Command) => {
      const globals = globalOptions(cmd);
      const rules = await catalogRules({
        catalog: opts.catalog as string | undefined,
        analyzer: opts.analyzer !== false,
      });
      if (typeof opts.render === "string") {
        const rule = rules.find((r) => r.id === opts.render);
        if (!rule) throw new InputError(`no rule '${opts.render}' in the catalog`);
        process.stdout.write(renderRule(rule, { maxChars: opts.maxChars as number }) + "\n");
        return;
      }
      const source = opts.source as string | undefined;
      if (source && source !== "cwe" && source !== "analyzer")
        throw new InputError(`--source: expected cwe or analyzer, got '${source}'`);
      const selected = selectRules(rules, {
        includeDiscouraged: Boolean(opts.all),
        language: opts.language as string | undefined,
        ids: opts.ids as string[] | undefined,
        source: source as "cwe" | "analyzer" | undefined,
        withCode: Boolean(opts.withCode),
        limit: opts.limit as number | undefined,
      });
      const format = globals.json ? "json" : String(opts.format);
      if (format === "json") printJson(selected);
      else if (format === "jsonl")
        process.stdout.write(selected.map((r) => JSON.stringify(r)).join("\n") + "\n");
      else if (format === "ids") process.stdout.write(selected.map((r) => r.id).join("\n") + "\n");
      else if (format === "md") process.stdout.write(catalogMarkdown(selected));
      else throw new InputError(`--format: expected json, jsonl, md or ids, got '${format}'`);
      info(globals, `${selected.length} rule(s)`);
    });
}

function registerRule2Code(redteam: Command): void {
  addGeneratorOptions(
    redteam
      .command("rule2code")
      .description("per rule, generate realistic vulnerable code and keep what the analyzer confirms (seeds)")
      .option("--language <langs>", "languages (comma-separated; the analyzer's languages)", list, ["python"])
      .option("--rules <ids>", "only these rule ids (comma-separated)", list)
      .option("--limit <n>", "the first n rules in priority order", positiveInt)
      .option(
        "--depth <n>",
        "samples per rule: the first answer plus follow-ups",
        positiveInt,
        REDTEAM_DEFAULTS.rule2code.depth,
      )
      .option("--any-finding", "keep code with any finding, not only one matching the rule")
      .option("--no-analyzer-rules", "attack CWE weaknesses only, not the analyzer's own rules"),
  ).action(async (opts: Record<string, unknown>, cmd: Command) => {
    const { globals, config, flags, dataDir } = await setup(opts, cmd);
    const provider = providerFromOptions(config, opts);
    try {
      const result = await rule2codeStep({
        ...common(flags, globals, dataDir),
        provider,
        languages: opts.language as string[],
        rules: opts.rules as string[] | undefined,
        limit: opts.limit as number | undefined,
        depth: opts.depth as number,
        anyFinding: Boolean(opts.anyFinding),
        analyzerRules: opts.analyzerRules !== false,
      });
      report(globals, "rule2code", result);
    } finally {
      await provider.close?.();
    }
  });
}

function registerSeeds(redteam: Command): void {
  redteam
    .command("seeds")
    .description(
      "Rule2Code from real code: analyse a repository and write each (file, rule) with findings as a seed row " +
        "for `redteam vul2prompt --seeds` (no model needed)",
    )
    .requiredOption("--from-code <path>", "a file or folder of real code; repeatable", collectPaths, [])
    .requiredOption("-o, --out <file>", "seed rows (JSONL)")
    .option("--min-severity <level>", "lowest severity that makes a seed", "MEDIUM")
    .option("--rules <ids>", "rule or CWE ids to keep (default: every rule)", list)
    .option("--context <n>", "lines kept around the flagged lines", positiveInt, 40)
    .option("--per-rule <n>", "seeds kept per rule", positiveInt)
    .action(async (opts: Record<string, unknown>, cmd: Command) => {
      const globals = globalOptions(cmd);
      const minSeverity = parseSeverity(String(opts.minSeverity));
      if (!minSeverity)
        throw new InputError(
          `--min-severity: expected LOW, MEDIUM, HIGH or CRITICAL, got '${String(opts.minSeverity)}'`,
        );
      const { rows, summary } = await realCodeSeeds({
        paths: opts.fromCode as string[],
        minSeverity,
        rules: opts.rules as string[] | undefined,
        context: opts.context as number,
        perRule: opts.perRule as number | undefined,
      });
      await writeJsonl(opts.out as string, rows);
      if (globals.json) printJson({ ...summary, output: opts.out });
      else
        info(
          globals,
          `seeds: ${summary.seeds} from ${summary.findings} findings in ${summary.files} files -> ${String(opts.out)}`,
        );
    });
}

const collectPaths = (value: string, previous: string[]): string[] => [...previous, value];

function registerVul2Prompt(redteam: Command): void {
  addGeneratorOptions(
    redteam
      .command("vul2prompt")
      .description("turn seeds (Rule2Code output) into vulnerability-inducing coding tasks, one per strategy")
      .requiredOption("--seeds <file>", "seed rows (output of `redteam rule2code`)")
      .option("--strategies <ids>", "vul2prompt strategies to use (default: all)", list)
      .option(
        "--follow-ups <n>",
        "extra diverse tasks per seed and strategy",
        nonNegativeInt,
        REDTEAM_DEFAULTS.vul2prompt.follow_ups,
      )
      .option(
        "--turns <n>",
        "user turns per row: above 1, a conversation that builds up to the weakness (user turns only)",
        positiveInt,
        REDTEAM_DEFAULTS.vul2prompt.turns,
      )
      .option("--limit <n>", "the first n seeds", positiveInt),
  ).action(async (opts: Record<string, unknown>, cmd: Command) => {
    const { globals, config, flags, dataDir } = await setup(opts, cmd);
    const provider = providerFromOptions(config, opts);
    try {
      const result = await vul2promptStep({
        ...common(flags, globals, dataDir),
        provider,
        seeds: opts.seeds as string,
        strategies: opts.strategies as string[] | undefined,
        followUps: opts.followUps as number,
        turns: opts.turns as number,
        limit: opts.limit as number | undefined,
      });
      report(globals, "vul2prompt", result);
    } finally {
      await provider.close?.();
    }
  });
}

function registerMalevent(redteam: Command): void {
  addGeneratorOptions(
    redteam
      .command("malevent")
      .description(
        "malicious-event prompts from ATT&CK techniques: jailbreak rewrites and multi-turn escalation",
      )
      .option("--tactics <names>", "only techniques of these tactics (comma-separated)", list)
      .option("--platforms <names>", "only techniques for these platforms (comma-separated)", list)
      .option("--no-subtechniques", "top-level techniques only")
      .option("--limit <n>", "n techniques, spread over the filtered list", positiveInt)
      .option("--strategies <ids>", "jailbreak / multiturn strategies to use (default: all)", list)
      .option(
        "--min-turns <n>",
        "fewest user turns of a multi-turn conversation",
        positiveInt,
        REDTEAM_DEFAULTS.malevent.min_turns,
      )
      .option(
        "--max-turns <n>",
        "most user turns of a multi-turn conversation",
        positiveInt,
        REDTEAM_DEFAULTS.malevent.max_turns,
      ),
  ).action(async (opts: Record<string, unknown>, cmd: Command) => {
    const { globals, config, flags, dataDir } = await setup(opts, cmd);
    const provider = providerFromOptions(config, opts);
    try {
      const result = await maleventStep({
        ...common(flags, globals, dataDir),
        provider,
        tactics: opts.tactics as string[] | undefined,
        platforms: opts.platforms as string[] | undefined,
        subtechniques: opts.subtechniques !== false,
        limit: opts.limit as number | undefined,
        strategies: opts.strategies as string[] | undefined,
        minTurns: opts.minTurns as number,
        maxTurns: opts.maxTurns as number,
      });
      report(globals, "malevent", result);
    } finally {
      await provider.close?.();
    }
  });
}

function registerBenign(redteam: Command): void {
  addGeneratorOptions(
    redteam
      .command("benign")
      .description("benign security-flavoured prompts (must not be refused) and utility tasks with tests")
      .option("--strategies <ids>", "benign strategies to use (default: all)", list)
      .option(
        "--per-strategy <n>",
        "subjects (CWEs / techniques) per strategy",
        positiveInt,
        REDTEAM_DEFAULTS.benign.per_strategy,
      )
      .option("--language <lang>", "CWEs that apply to this language", REDTEAM_DEFAULTS.benign.language)
      .option("--utility-out <file>", "also write utility tasks with tests (correctness rows) here")
      .option("--utility-sources <names>", `utility sources: ${UTILITY_SOURCES.join(", ")}`, list, [
        ...UTILITY_SOURCES,
      ])
      .option("--utility-per-source <n>", "utility tasks per source (default: all)", positiveInt),
  ).action(async (opts: Record<string, unknown>, cmd: Command) => {
    const { globals, config, flags, dataDir } = await setup(opts, cmd);
    const provider = providerFromOptions(config, opts);
    try {
      const result = await benignStep({
        ...common(flags, globals, dataDir),
        provider,
        strategies: opts.strategies as string[] | undefined,
        perStrategy: opts.perStrategy as number,
        language: opts.language as string,
        utilityOut: opts.utilityOut as string | undefined,
        utilitySources: opts.utilitySources as string[],
        utilityPerSource: opts.utilityPerSource as number | undefined,
      });
      if (result.utility !== undefined)
        info(globals, `utility: ${result.utility} correctness row(s) -> ${String(opts.utilityOut)}`);
      report(globals, "benign", result);
    } finally {
      await provider.close?.();
    }
  });
}

function registerDedup(redteam: Command): void {
  redteam
    .command("dedup")
    .description(
      "near-duplicate removal (MinHash/LSH) within and across sets, and decontamination against eval sets",
    )
    .argument("<files...>", "prompt sets (JSONL), most valuable first: earlier rows win")
    .requiredOption("--out-dir <dir>", "kept rows per set, removed.jsonl and dedup.json go here")
    .option(
      "--threshold <j>",
      "estimated Jaccard similarity that makes a near-duplicate",
      fraction,
      REDTEAM_DEFAULTS.dedup.threshold,
    )
    .option(
      "--containment <c>",
      "share of an eval item contained in a row (or vice versa) that makes it contaminated",
      fraction,
      REDTEAM_DEFAULTS.dedup.containment,
    )
    .option("--no-decontaminate", "skip decontamination against evaluation sets")
    .option("--data-dir <dir>", "shared data folder with the evaluation sets")
    .action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
      const globals = globalOptions(cmd);
      const { config } = await loadConfig(globals.config);
      for (const f of files) if (!existsSync(f)) throw new InputError("file not found", { file: f });
      const run = await dedupFiles(files, opts.outDir as string, {
        threshold: opts.threshold as number,
        containmentThreshold: opts.containment as number,
        dataDir: (opts.dataDir as string | undefined) ?? config.data_dir,
        decontaminate: opts.decontaminate !== false,
      });
      const summary = run.result.sets.map((s) => ({
        set: s.name,
        before: s.before,
        after: s.kept.length,
        ...s.removed,
      }));
      if (globals.json)
        printJson({ sets: summary, eval_sets: run.evalSets, missing_eval_files: run.missingEvalFiles });
      else {
        for (const s of summary)
          info(
            globals,
            `${s.set}: ${s.before} -> ${s.after} (exact ${s.exact}, near ${s.near}, contaminated ${s.contaminated})`,
          );
        if (run.missingEvalFiles.length)
          info(globals, `eval sets not found: ${run.missingEvalFiles.join(", ")}`);
      }
    });
}

function registerReport(redteam: Command): void {
  redteam
    .command("report")
    .description(
      "coverage report (CWE x strategy, tactic x strategy, dedup, Rule2Code confirmation): Markdown + JSON",
    )
    .requiredOption("--dir <dir>", "run directory holding the generated sets")
    .option("--dedup-dir <dir>", "output directory of `redteam dedup` (default: <dir>/dedup when present)")
    .option("--out <prefix>", "write <prefix>.md and <prefix>.json (default: <dir>/coverage)")
    .action(async (opts: Record<string, unknown>, cmd: Command) => {
      const globals = globalOptions(cmd);
      const dir = opts.dir as string;
      if (!existsSync(dir)) throw new InputError("run directory not found", { file: dir });
      const dedupDir =
        (opts.dedupDir as string | undefined) ??
        (existsSync(join(dir, "dedup")) ? join(dir, "dedup") : undefined);
      const coverage = await coverageOf(dir, dedupDir);
      const prefix = (opts.out as string | undefined) ?? join(dir, "coverage");
      await writeCoverage(coverage, prefix);
      if (globals.json) printJson(coverage);
      else process.stdout.write(coverageMarkdown(coverage));
      info(globals, `coverage -> ${prefix}.md, ${prefix}.json`);
    });
}

/**
 * `redteam run` had its own recipe format and runner; the one recipe runner does the same (catalog, red-teaming
 * steps, dedup, coverage) with content keys and a run state. The verb stays only to say where it went.
 */
function registerRun(redteam: Command): void {
  redteam
    .command("run", { hidden: true })
    .description("retired: use `purpcode recipe run <recipe.yaml> --until dedup`")
    .argument("[recipe]", "a red-teaming recipe of the retired format")
    .allowUnknownOption()
    .action(() => {
      throw new InputError(
        "`purpcode redteam run` is retired: the red-teaming steps run as the catalog, redteam and dedup stages " +
          "of `purpcode recipe run <recipe.yaml> --until dedup`",
        {
          hint:
            "move the file's step sections (rule2code, vul2prompt, malevent, benign, dedup, catalog, strategies_dirs) " +
            "under `redteam:`, out_dir to `run_dir:`, and name the generator's model under `models:`; " +
            "see src/redteam/README.md, 'Migrating from redteam run'",
        },
      );
    });
}
