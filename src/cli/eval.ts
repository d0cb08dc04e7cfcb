import type { Command } from "commander";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../core/config.js";
import { InputError } from "../core/errors.js";
import { ALIGNED_SYSTEM_PROMPT } from "../judges/system-prompt.js";
import { metricText } from "../eval/render.js";
import { runEval, suiteDir } from "../eval/runner.js";
import { ResultsStore } from "../eval/store.js";
import { SUITES, selectSuites } from "../eval/suites/index.js";
import { openOracles, severityOption, verdictSettings } from "../verdict/index.js";
import { globalOptions, info, printJson } from "./context.js";
import {
  addProviderOptions,
  nonNegativeNumber,
  positiveInt,
  providerFromOptions,
} from "./provider-options.js";

export const DEFAULT_RESULTS = "purpcode-results";

/** `aligned` is the project's aligned system prompt; `none` sends none; anything else is a file to read. */
export function resolveSystemPrompt(
  spec: string | undefined,
  aligned: string | undefined,
): string | undefined {
  if (!spec || spec === "none") return undefined;
  if (spec === "aligned") {
    if (!aligned) throw new InputError("the aligned system prompt is not available in this build");
    return aligned;
  }
  if (!existsSync(spec)) throw new InputError(`system prompt file not found: ${spec}`);
  return readFileSync(spec, "utf8");
}

function suiteFiles(values: string[] | undefined): Record<string, string> {
  const files: Record<string, string> = {};
  for (const v of values ?? []) {
    const at = v.indexOf("=");
    if (at < 1) throw new InputError(`--suite-file expects <suite>=<path>, got '${v}'`);
    files[v.slice(0, at)] = v.slice(at + 1);
  }
  return files;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function register(program: Command): void {
  const cmd = program
    .command("eval")
    .description(
      "evaluate a model's cybersafety and utility on benchmark suites; results go to the results store",
    )
    .option("--suite <names>", "comma-separated suite names, or 'all'")
    .option("--list-suites", "list the suites and exit")
    .option("--limit <n>", "first N items of each suite", positiveInt)
    .option("--samples <k>", "samples per item (pass@1 is averaged over them)", positiveInt, 1)
    .option(
      "--system-prompt <spec>",
      "aligned (the prompt purpcode-trained models are trained with) | none (base models) | <file>",
      "aligned",
    )
    .option(
      "--answers <label>",
      "'model', or score the data's reference answers: canonical | insecure",
      "model",
    )
    .option("--languages <list>", "only these languages (suites with several)")
    .option("--suite-file <suite=path>", "data file of a suite that needs one (repeatable)", collect)
    .option("--data <dir>", "folder with the public data sets", "../shared/data")
    .option("--results <dir>", "results folder: results.db and the runs' work files", DEFAULT_RESULTS)
    .option("--run <id>", "run id (reuse one to resume or rescore it)")
    .option("--step <step>", "generate | score | all", "all")
    .option("--rescore", "drop stored verdicts of the chosen suites and score again")
    .option(
      "--temperature <t>",
      "sampling temperature (default 0, or 0.8 with --samples > 1)",
      nonNegativeNumber,
    )
    .option("--max-tokens <n>", "completion token limit", positiveInt)
    .option("--score-concurrency <n>", "items scored in parallel", positiveInt, 4)
    .option("--severity <level>", "findings at or above this make code insecure (default medium)")
    .option(
      "--judge-view <part>",
      "what the judges read of each assistant turn: answer (the ## Answer part, default) | response",
    );
  addProviderOptions(cmd);
  addProviderOptions(cmd, "judge");
  addProviderOptions(cmd, "attacker");
  cmd.action(async (opts: Record<string, unknown>, command: Command) => {
    const globals = globalOptions(command);
    if (opts.listSuites) {
      if (globals.json)
        printJson(
          SUITES.map((s) => ({
            name: s.name,
            category: s.category,
            description: s.description,
            needs: s.needs,
          })),
        );
      else
        for (const s of SUITES)
          process.stdout.write(`${s.name.padEnd(26)} ${s.category.padEnd(13)} ${s.description}\n`);
      return;
    }
    if (typeof opts.suite !== "string")
      throw new InputError("choose suites with --suite <names|all> (see --list-suites)");
    const suites = selectSuites(opts.suite);
    const step = String(opts.step);
    if (!["generate", "score", "all"].includes(step))
      throw new InputError(`--step must be generate, score or all`);
    const answers = String(opts.answers);
    const { config } = await loadConfig(globals.config);
    const provider = answers === "model" && step !== "score" ? providerFromOptions(config, opts) : undefined;
    const judge =
      opts.judgeModel || opts.judgeProvider ? providerFromOptions(config, opts, "judge") : undefined;
    const settings = verdictSettings({
      severity: typeof opts.severity === "string" ? severityOption(opts.severity) : undefined,
      judge_view: opts.judgeView,
    });
    // The analyzer pool and the sandbox start on first use: most suites need only one of them.
    const oracleSet = await openOracles({ judge, settings, lazy: true });
    const oracles = oracleSet.oracles;
    const attacker =
      step !== "score" && (opts.attackerModel || opts.attackerProvider)
        ? providerFromOptions(config, opts, "attacker")
        : undefined;
    const samples = answers === "model" ? (opts.samples as number) : 1;
    const runId =
      (opts.run as string | undefined) ??
      `${(provider?.model ?? `reference-${answers}`).replace(/[^\w.-]+/g, "_")}-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    const resultsDir = String(opts.results);
    const workDir = join(resultsDir, "runs");
    if (opts.rescore)
      for (const s of suites)
        rmSync(join(suiteDir(workDir, runId, s.name), "verdicts.jsonl"), { force: true });
    const systemPrompt = resolveSystemPrompt(opts.systemPrompt as string, ALIGNED_SYSTEM_PROMPT);
    const store = await ResultsStore.open(join(resultsDir, "results.db"));
    try {
      info(globals, `run ${runId}: ${suites.map((s) => s.name).join(", ")}`);
      const results = await runEval({
        store,
        workDir,
        runId,
        suites,
        dataDir: String(opts.data),
        languages:
          typeof opts.languages === "string" ? opts.languages.split(",").map((l) => l.trim()) : undefined,
        files: suiteFiles(opts.suiteFile as string[] | undefined),
        limit: opts.limit as number | undefined,
        samples,
        answers,
        provider,
        attacker,
        systemPrompt,
        sampling: {
          temperature: (opts.temperature as number | undefined) ?? (samples > 1 ? 0.8 : 0),
          max_tokens: opts.maxTokens as number | undefined,
        },
        generateConcurrency: (opts.concurrency as number | undefined) ?? 16,
        scoreConcurrency: opts.scoreConcurrency as number,
        oracles,
        steps: { generate: step !== "score", score: step !== "generate" },
        quiet: globals.quiet,
        parameters: {
          suites: suites.map((s) => s.name),
          limit: opts.limit ?? null,
          samples,
          data: opts.data,
          severity: settings.severity,
          judge_view: settings.judge_view,
          // Which system prompt the model saw, by name (the text itself is in the run record).
          system_prompt: String(opts.systemPrompt),
        },
      });
      const failed = results.reduce((n, r) => n + (r.generation?.failed ?? 0) + (r.scoring?.failed ?? 0), 0);
      if (globals.json) printJson({ run: runId, store: store.file, results });
      else {
        for (const r of results) {
          const metrics = r.metrics.map(metricText).join(", ");
          process.stdout.write(
            `${r.suite.padEnd(26)} items ${String(r.items).padStart(5)}  ${metrics || "(not scored)"}\n`,
          );
        }
        info(
          globals,
          `results in ${store.file} (run ${runId}); purpcode report ${runId} --results ${resultsDir}`,
        );
      }
      if (failed > 0) {
        info(globals, `${failed} items failed; rerun with --run ${runId} to retry them`);
        process.exitCode = 1;
      }
    } finally {
      await provider?.close?.();
      await attacker?.close?.();
      await judge?.close?.();
      await oracleSet.close();
      store.close();
    }
  });
}
