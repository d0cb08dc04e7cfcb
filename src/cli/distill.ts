import type { Command } from "commander";
import { DISTILL_DEFAULTS } from "../distill/settings.js";
import { loadConfig, type Config } from "../core/config.js";
import { PurpcodeError } from "../core/errors.js";
import {
  distillLayout,
  runExportStage,
  runSampleStage,
  runSelectStage,
  runVerifyStage,
} from "../distill/pipeline.js";
import { formatReport } from "../distill/report.js";
import { defaultRuleBook } from "../distill/rules.js";
import { ALIGNED_SYSTEM_PROMPT } from "../judges/system-prompt.js";
import { openDistillReward, type DistillReward } from "../distill/reward.js";
import { severityOption, verdictSettings } from "../verdict/settings.js";
import { globalOptions, info, printJson, type GlobalOptions } from "./context.js";
import {
  addProviderOptions,
  nonNegativeNumber,
  positiveInt,
  providerFromOptions,
} from "./provider-options.js";

/** `purpcode distill sample|verify|select|export|run`: rule learning by context distillation (design 1, 7.1). */
export function register(program: Command): void {
  const distill = program
    .command("distill")
    .description("rule learning: sample with the guideline, verify, keep the best, export SFT data");

  const common = (cmd: Command) =>
    cmd
      .requiredOption("-i, --input <file>", "prompt rows (JSONL conversation rows, each naming its oracle)")
      .requiredOption("-o, --out <dir>", "run directory (every stage reads and writes here)");
  const sampling = (cmd: Command) =>
    addProviderOptions(
      cmd
        .option("-k, --samples <n>", "samples per prompt", positiveInt, DISTILL_DEFAULTS.samples)
        .option("--temperature <t>", "sampling temperature", nonNegativeNumber, DISTILL_DEFAULTS.temperature)
        .option("--top-p <p>", "nucleus sampling", nonNegativeNumber)
        .option("--max-tokens <n>", "completion token limit", positiveInt)
        .option("--seed <n>", "sample k is requested with seed + k (reproducible samples)", nonNegativeInt)
        .option("--parallel <n>", "chains (prompt x k) in flight", positiveInt, DISTILL_DEFAULTS.parallel)
        .option("--catalog <file>", "CWE catalog for rows that name rules by id (default: the shipped one)"),
    );
  const verifying = (cmd: Command) =>
    addProviderOptions(
      cmd
        .option(
          "--verify-parallel <n>",
          "samples verified at once",
          positiveInt,
          DISTILL_DEFAULTS.verify_parallel,
        )
        .option("--severity <level>", "findings at or above this make code insecure (default medium)")
        .option(
          "--codesec-soft <x>",
          "reward of a clean answer without code (default 0.8)",
          nonNegativeNumber,
        ),
      "judge",
    );
  const selecting = (cmd: Command) =>
    cmd
      .option(
        "--easy-threshold <x>",
        "verified share that makes a prompt easy",
        nonNegativeNumber,
        DISTILL_DEFAULTS.easy_threshold,
      )
      .option(
        "--verified-score <x>",
        "lowest reward that counts as verified (the reference's 0.5: the soft 0.8 counts; 1: full passes only)",
        nonNegativeNumber,
        DISTILL_DEFAULTS.verified_score,
      );
  const exporting = (cmd: Command) =>
    cmd.option(
      "--base-model <name>",
      "model to fine-tune, written into the configs",
      DISTILL_DEFAULTS.base_model,
    );

  sampling(
    common(distill.command("sample").description("draw K samples per prompt with the guideline in context")),
  ).action(async (opts: Opts, cmd: Command) => {
    const globals = globalOptions(cmd);
    const { config } = await loadConfig(globals.config);
    await sample(config, opts, globals);
  });

  verifying(
    common(distill.command("verify").description("score every parsed sample with its row's oracle (cached)")),
  ).action(async (opts: Opts, cmd: Command) => {
    const globals = globalOptions(cmd);
    const { config } = await loadConfig(globals.config);
    await verify(config, opts, globals);
  });

  selecting(
    common(
      distill.command("select").description("keep the best verified sample per prompt; list easy prompts"),
    ).option(
      "-k, --samples <n>",
      "samples per prompt drawn (the easy-rate denominator)",
      positiveInt,
      DISTILL_DEFAULTS.samples,
    ),
  ).action(async (opts: Opts, cmd: Command) => {
    await select(opts, globalOptions(cmd));
  });

  exporting(
    distill
      .command("export")
      .description("write SFT JSONL (axolotl), prompt/completion JSONL (TRL), axolotl.yaml and a TRL script")
      .requiredOption("-o, --out <dir>", "run directory"),
  ).action(async (opts: Opts, cmd: Command) => {
    await exportFiles(opts, globalOptions(cmd));
  });

  exporting(
    selecting(
      verifying(sampling(common(distill.command("run").description("sample, verify, select and export")))),
    ),
  ).action(async (opts: Opts, cmd: Command) => {
    const globals = globalOptions(cmd);
    const { config } = await loadConfig(globals.config);
    await sample(config, opts, globals);
    await verify(config, opts, globals);
    await select(opts, globals);
    await exportFiles(opts, globals);
  });
}

type Opts = Record<string, unknown> & { input: string; out: string };

async function sample(config: Config, opts: Opts, globals: GlobalOptions): Promise<void> {
  const provider = providerFromOptions(config, opts);
  const summary = await runSampleStage({
    input: opts.input,
    layout: distillLayout(opts.out),
    provider,
    samples: opts.samples as number,
    temperature: opts.temperature as number,
    top_p: opts.topP as number | undefined,
    max_tokens: opts.maxTokens as number | undefined,
    seed: opts.seed as number | undefined,
    concurrency: opts.parallel as number,
    quiet: globals.quiet,
    rules: defaultRuleBook(opts.catalog as string | undefined),
  });
  await provider.close?.();
  finishStage(globals, "sample", summary, provider.accounting.snapshot());
}

async function verify(config: Config, opts: Opts, globals: GlobalOptions): Promise<void> {
  const { score, id: scorerId, close } = await createScorer(config, opts);
  try {
    const summary = await runVerifyStage({
      input: opts.input,
      layout: distillLayout(opts.out),
      score,
      scorerId,
      concurrency: opts.verifyParallel as number,
      quiet: globals.quiet,
    });
    finishStage(globals, "verify", summary);
  } finally {
    await close();
  }
}

async function select(opts: Opts, globals: GlobalOptions): Promise<void> {
  const { report, selection } = await runSelectStage({
    input: opts.input,
    layout: distillLayout(opts.out),
    samplesPerPrompt: opts.samples as number,
    easyThreshold: opts.easyThreshold as number,
    verifiedScore: opts.verifiedScore as number,
  });
  if (globals.json)
    printJson({ stage: "select", selected: selection.selected.length, easy: selection.easy.length, report });
  else process.stdout.write(formatReport(report));
}

async function exportFiles(opts: Opts, globals: GlobalOptions): Promise<void> {
  const summary = await runExportStage({
    layout: distillLayout(opts.out),
    systemPrompt: ALIGNED_SYSTEM_PROMPT,
    baseModel: opts.baseModel as string,
  });
  if (globals.json) printJson({ stage: "export", ...summary });
  else info(globals, `export: ${summary.rows} SFT rows -> ${summary.files.join(", ")}`);
}

function finishStage(
  globals: GlobalOptions,
  stage: string,
  summary: { failed: number; errors: string },
  extra?: unknown,
): void {
  if (globals.json) printJson({ stage, ...summary, ...(extra === undefined ? {} : { accounting: extra }) });
  else info(globals, `${stage}: ${JSON.stringify(summary)}`);
  if (summary.failed > 0) {
    throw new PurpcodeError(
      `${stage}: ${summary.failed} item(s) failed; see ${summary.errors} and rerun to retry them`,
      {
        exitCode: 1,
      },
    );
  }
}

/** The RL stage's reward function, configured from the flags (judge model for the judged oracles). */
async function createScorer(config: Config, opts: Opts): Promise<DistillReward> {
  const named = ["judgeProvider", "judgeModel", "judgeBaseUrl"].some((k) => opts[k] !== undefined);
  const judge = named ? providerFromOptions(config, opts, "judge") : undefined;
  return openDistillReward({
    judge,
    settings: verdictSettings({
      severity: typeof opts.severity === "string" ? severityOption(opts.severity) : undefined,
      soft_codesec: opts.codesecSoft,
    }),
    analyzerThreads: opts.analyzerThreads as number | undefined,
    withoutSandbox: Boolean(opts.withoutSandbox),
    sandbox: opts.unsafeNoSandbox ? { unsafeNoSandbox: true } : undefined,
  });
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new PurpcodeError(`expected an integer >= 0, got '${value}'`);
  return n;
}
