import { InvalidArgumentError, type Command } from "commander";
import { loadConfig } from "../core/config.js";
import { InputError } from "../core/errors.js";
import { writeJsonl } from "../core/jsonl.js";
import { loadEvalItems } from "../redteam/dedup.js";
import { secqaRows } from "../redteam/secqa.js";
import {
  TASK_SHAPES,
  UTILITY_FILTERS,
  loadBlockList,
  runUtilityImport,
  type TaskShape,
} from "../redteam/utility.js";
import { Sandbox, runTask } from "../sandbox/index.js";
import { globalOptions, info, printJson } from "./context.js";
import { addProviderOptions, positiveInt, providerFromOptions } from "./provider-options.js";

function band(value: string): [number, number] {
  const parts = value.split(",").map(Number);
  if (
    parts.length !== 2 ||
    parts.some((n) => !Number.isFinite(n)) ||
    !(parts[0]! >= 0 && parts[0]! < parts[1]! && parts[1]! <= 1)
  )
    throw new InvalidArgumentError(`expected LOW,HIGH with 0 <= LOW < HIGH <= 1, got '${value}'`);
  return [parts[0]!, parts[1]!];
}

/** `purpcode redteam utility`: import coding tasks with tests as `correctness` rows, filtered as the method does. */
export function registerUtility(redteam: Command): void {
  addProviderOptions(
    redteam
      .command("utility")
      .description(
        "import coding tasks with tests (KodCode, LeetCode, MBPP, HumanEval, stdin/stdout; JSONL, JSON or parquet) " +
          "as correctness rows: verify the reference in the sandbox, block-list libraries, decontaminate, and " +
          "with --policy-* keep the difficulty band (resumable)",
      )
      .argument("<files...>", "task files (.jsonl, .jsonl.gz, .json array, .parquet)")
      .requiredOption(
        "-o, --out <file>",
        "kept rows (JSONL); decisions go to <out>.decisions.jsonl, counts to <out>.report.json",
      )
      .option("--shape <shape>", `task shape (default: detected per record): ${TASK_SHAPES.join(", ")}`)
      .option("--source <name>", "task id prefix (default: the first file's name)")
      .option("--attribution <text>", "source and licence line recorded in each row's meta")
      .option("--no-verify", "do not run reference solutions in the sandbox")
      .option("--block-list <file>", "libraries to block, one per line (default: the shipped list)")
      .option("--no-decontaminate", "skip decontamination against the evaluation sets")
      .option(
        "--data-dir <dir>",
        "shared data folder with the evaluation sets (default: the config's data_dir)",
      )
      .option("--samples <k>", "policy samples per task for the pass rate", positiveInt, 8)
      .option("--band <low,high>", "keep tasks with low <= pass rate < high", band, [0.3, 0.9])
      .option("--temperature <t>", "policy sampling temperature", Number, 1)
      .option("--max-tokens <n>", "policy completion limit", positiveInt)
      .option("--timeout-ms <n>", "sandbox budget per test run", positiveInt)
      .option("--parallel <n>", "tasks in flight", positiveInt, 8)
      .option("--limit <n>", "the first n records", positiveInt),
    "policy",
  ).action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
    const globals = globalOptions(cmd);
    const { config } = await loadConfig(globals.config);
    const shape = opts.shape as string | undefined;
    if (shape && !(TASK_SHAPES as readonly string[]).includes(shape))
      throw new InputError(`--shape: expected one of ${TASK_SHAPES.join(", ")}, got '${shape}'`);
    const wantsPolicy = ["policyProvider", "policyModel", "policyBaseUrl"].some((k) => opts[k] !== undefined);
    const policy = wantsPolicy ? providerFromOptions(config, opts, "policy") : undefined;
    if (policy && opts.verify === false)
      throw new InputError("--policy-* needs the sandbox to score samples: drop --no-verify");
    const dataDir = (opts.dataDir as string | undefined) ?? config.data_dir;
    const evals = opts.decontaminate === false ? { items: [], missing: [] } : loadEvalItems(dataDir);
    const sandbox = opts.verify === false ? undefined : await Sandbox.open();
    try {
      const result = await runUtilityImport({
        files,
        out: opts.out as string,
        source: opts.source as string | undefined,
        shape: shape as TaskShape | undefined,
        attribution: opts.attribution as string | undefined,
        runTests: sandbox ? (task) => runTask(sandbox, task) : undefined,
        blockList: loadBlockList(opts.blockList as string | undefined),
        evalItems: evals.items,
        policy,
        samples: opts.samples as number,
        band: opts.band as [number, number],
        temperature: opts.temperature as number,
        maxTokens: opts.maxTokens as number | undefined,
        timeoutMs: opts.timeoutMs as number | undefined,
        concurrency: opts.parallel as number,
        limit: opts.limit as number | undefined,
        quiet: globals.quiet || globals.json,
      });
      if (globals.json) printJson(result);
      else {
        const rejected = UTILITY_FILTERS.filter((f) => result.rejected[f]).map(
          (f) => `${f} ${result.rejected[f]}`,
        );
        info(
          globals,
          `utility: ${result.kept} kept of ${result.job.total} read (${result.job.resumed} decided earlier)` +
            (rejected.length ? `; rejected: ${rejected.join(", ")}` : "") +
            `; ${result.tasks_per_s} tasks/s -> ${result.output}`,
        );
        if (result.job.failed)
          info(
            globals,
            `${result.job.failed} task(s) failed; see ${result.job.errors} (a rerun retries them)`,
          );
      }
      if (evals.missing.length) info(globals, `eval sets not found: ${evals.missing.join(", ")}`);
    } finally {
      await sandbox?.close();
      await policy?.close?.();
    }
  });
}

/** `purpcode redteam secqa`: security-QA multiple-choice sets the user has -> noreject rows. */
export function registerSecqa(redteam: Command): void {
  redteam
    .command("secqa")
    .description(
      "import security-QA multiple-choice sets (SecEval, CTIBench MCQ shapes) from your copy as noreject rows " +
        "(such sets are often non-commercial: purpcode never ships them)",
    )
    .argument("<files...>", "question files (.json array, .jsonl, .jsonl.gz)")
    .requiredOption("-o, --out <file>", "output JSONL")
    .option("--source <name>", "task id prefix (default: the detected set)")
    .option("--licence <text>", "licence line recorded in each row's meta")
    .option("--limit <n>", "at most n questions per file", positiveInt)
    .action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
      const globals = globalOptions(cmd);
      const rows = files.flatMap((f) =>
        secqaRows(f, {
          source: opts.source as string | undefined,
          licence: opts.licence as string | undefined,
          limit: opts.limit as number | undefined,
        }),
      );
      await writeJsonl(opts.out as string, rows);
      if (globals.json) printJson({ rows: rows.length, output: opts.out });
      else info(globals, `secqa: ${rows.length} noreject row(s) -> ${String(opts.out)}`);
    });
}
