import { InvalidArgumentError, type Command } from "commander";
import {
  COMPARISON_HEADER,
  DEFAULT_SIMULATION,
  DISTRIBUTIONS,
  PLANNER_NAMES,
  compareToAnchor,
  comparisonRow,
  formatTable,
  parseDistribution,
  simulate,
  type PlannerComparison,
  type PlannerName,
  type SimulationConfig,
} from "../rl/sampling/index.js";
import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig } from "../core/config.js";
import { InputError, PurpcodeError } from "../core/errors.js";
import { DISTILL_DEFAULTS } from "../distill/settings.js";
import { ALIGNED_SYSTEM_PROMPT } from "../judges/system-prompt.js";
import { addProviderOptions, providerFromOptions } from "./provider-options.js";
import { createProvider } from "../llm/provider.js";
import { PresetError, prepareRlData, type PromptSource } from "../rl/dataset/prepare.js";
import { MULTI_TURN_ROWS, type MultiTurnRows } from "../rl/dataset/verl-row.js";
import { MIX_PRESETS, isMixPreset, type MixPreset } from "../rl/dataset/mix.js";
import {
  adaptersDir,
  AXOLOTL_DEFAULTS,
  ZERO3_FILE,
  DEFAULT_OPENRLHF_VERSION,
  DEFAULT_VERL_VERSION,
  OPENRLHF_VERSIONS,
  openRlhfVersion,
  SAMPLERS,
  VERL_VERSIONS,
  verlVersion,
  type SamplerName,
  launchScript,
  planLaunch,
  runScript,
  startRewardServices,
  VERL_DEFAULTS,
  writeLaunch,
  type EngineOptions,
  type RewardServices,
} from "../rl/launch/index.js";
import { globalOptions, info, printJson } from "./context.js";

/** `purpcode rl <subcommand>`: the RL stage. Each subcommand registers itself on the `rl` command. */
export function register(program: Command): void {
  const rl = program
    .command("rl")
    .description(
      "reinforcement learning: RL data, reward service, engine launch, dynamic sampling simulation",
    );
  registerPrepare(rl);
  registerRewardServe(rl);
  registerLaunch(rl);
  registerSimulate(rl);
}

function presetName(name: string): MixPreset {
  if (!isMixPreset(name))
    throw new InputError(`--preset: expected one of ${Object.keys(MIX_PRESETS).join(", ")}, got '${name}'`);
  return name;
}

interface PrepareFlags {
  preset?: string;
  source: string[];
  easyIds: string[];
  out: string;
  systemPromptFile?: string;
  testFraction: number;
  size?: number;
  seed: number;
  multiTurn: string;
}

/** `<file>` or `<file>:<weight>`: the weight is a share of the mix. */
function parseSource(spec: string): PromptSource {
  // `<objective>=<file>` names the objective a preset weighs by (e.g. `codesec=vul2prompt.jsonl`).
  const o = /^([a-z][a-z-]*)=(.+)$/.exec(spec);
  const objective = o?.[1];
  const rest = o ? o[2]! : spec;
  const m = /^(.*):(\d*\.?\d+)$/.exec(rest);
  const source: PromptSource = m ? { file: m[1]!, weight: Number(m[2]) } : { file: rest };
  return objective ? { ...source, objective } : source;
}

function registerPrepare(rl: Command): void {
  rl.command("prepare")
    .description("prompt sets (JSONL rows naming their oracle) -> verl parquet train/test + OpenRLHF JSONL")
    .requiredOption(
      "-s, --source <[objective=]file[:weight]>",
      "a prompt set; repeat to mix several (objective: code, codesec, secqa or safety, for --preset)",
      collect,
      [],
    )
    .option(
      "--preset <name>",
      `a named mixture by objective: ${Object.keys(MIX_PRESETS).join(", ")} (paper: code 46k, codesec 78k, secqa 11k, safety 8k)`,
    )
    .option("--easy-ids <file>", "ids the distillation stage found easy (removed); repeatable", collect, [])
    .option("-o, --out <dir>", "output folder", ".runs/default/rl")
    .option("--system-prompt-file <file>", "system prompt of every RL prompt (default: the aligned one)")
    .option("--test-fraction <x>", "share of each source held out as the test split", number, 0.02)
    .option("--size <n>", "total rows (default: as many as the weights allow)", positiveInt)
    .option("--seed <n>", "mixing and split seed", integer, 0)
    .option(
      "--multi-turn <how>",
      "rows whose user turns follow one another (multi-turn malevent / vul2prompt): merge them into one user " +
        "turn (single-turn, as the reference; templates that require alternating roles accept it) or keep",
      "merge",
    )
    .action(async (flags: PrepareFlags, cmd: Command) => {
      if (!(MULTI_TURN_ROWS as readonly string[]).includes(flags.multiTurn))
        throw new InputError(
          `--multi-turn: expected ${MULTI_TURN_ROWS.join(" or ")}, got '${flags.multiTurn}'`,
        );
      const globals = globalOptions(cmd);
      const systemPrompt = flags.systemPromptFile
        ? await readText(flags.systemPromptFile)
        : ALIGNED_SYSTEM_PROMPT;
      const summary = await prepareRlData({
        sources: flags.source.map(parseSource),
        easyIds: flags.easyIds,
        outDir: flags.out,
        systemPrompt,
        testFraction: flags.testFraction,
        size: flags.size,
        seed: flags.seed,
        multiTurn: flags.multiTurn as MultiTurnRows,
        ...(flags.preset ? { preset: presetName(flags.preset) } : {}),
      }).catch((err: unknown) => {
        if (!(err instanceof PresetError)) throw err;
        throw new InputError(err.message, {
          hint: "name each set's objective and give every objective a set: -s <objective>=<file>",
        });
      });
      if (globals.json) return printJson(summary);
      for (const m of summary.mix)
        info(globals, `${m.name}: ${m.taken} of ${m.available} rows (share ${(m.weight * 100).toFixed(1)}%)`);
      info(globals, `removed: ${summary.removed.easy} easy, ${summary.removed.duplicate} duplicate ids`);
      process.stdout.write(
        `train ${summary.rows.train} rows -> ${summary.train}\ntest ${summary.rows.test} rows -> ${summary.test}\n`,
      );
    });
}

interface LaunchFlags {
  engine: string;
  model: string;
  data: string;
  sftData?: string;
  nodes: number;
  gpusPerNode: number;
  headAddress: string;
  rewardUrl: string[];
  serveReward: number;
  rewardPort: number;
  rewardArgs?: string;
  rewardHost?: string;
  adapter?: string;
  out: string;
  dryRun?: boolean;
  set: string[];
  experiment: string;
  verlVersion: string;
  sampler: string;
  maxRollFactor: number;
  openrlhfVersion: string;
  rewardBind?: string;
}

function registerLaunch(rl: Command): void {
  rl.command("launch")
    .description("write (and run) the training command: verl or OpenRLHF GRPO, or axolotl SFT")
    .requiredOption("--engine <name>", "verl | openrlhf | axolotl")
    // One default base model for SFT and RL (distill.base_model): RL continues from what SFT trained.
    .option("--model <path>", "base model (HF id or path)", DISTILL_DEFAULTS.base_model)
    .option("--data <dir>", "output folder of `purpcode rl prepare`", ".runs/default/rl")
    .option("--sft-data <file>", "axolotl: the distillation stage's SFT JSONL")
    .option("--nodes <n>", "nodes", positiveInt, VERL_DEFAULTS.nodes)
    .option("--gpus-per-node <n>", "GPUs per node", positiveInt, VERL_DEFAULTS.gpusPerNode)
    .option("--head-address <host>", "Ray head node address (multi-node)", VERL_DEFAULTS.headAddress)
    .option("--reward-url <url>", "reward service URL; repeatable (round-robin)", collect, [])
    .option("--serve-reward <n>", "start n reward services on this machine", nonNegativeInt, 0)
    .option("--reward-port <port>", "first reward service port", positiveInt, 8192)
    .option(
      "--reward-host <host>",
      "host the training nodes reach the started services at (default: this host)",
    )
    .option("--adapter <file>", "verl: reward adapter path as the nodes see it (default: this package's)")
    .option("--reward-args <args>", "extra arguments for `purpcode rl reward-serve` (space-separated)")
    .option("-o, --out <dir>", "where the script and configs are written", ".runs/default/launch")
    .option("--experiment <name>", "experiment name", VERL_DEFAULTS.experiment)
    .option("--set <key=value>", "verl: extra hydra override (wins); repeatable", collect, [])
    .option(
      "--verl-version <v>",
      `verl release the overrides are written for: ${VERL_VERSIONS.map((v) => v.id).join(", ")}`,
      DEFAULT_VERL_VERSION,
    )
    .option(
      "--sampler <name>",
      `verl dynamic sampling: ${SAMPLERS.join(", ")} (single-step and history-aware run in purpcode_verl)`,
      VERL_DEFAULTS.sampler,
    )
    .option(
      "--max-roll-factor <x>",
      "single-step roll cap as a multiple of B",
      number,
      VERL_DEFAULTS.maxRollFactor,
    )
    .option(
      "--openrlhf-version <v>",
      `OpenRLHF release the flags are written for: ${OPENRLHF_VERSIONS.map((v) => v.id).join(", ")}`,
      DEFAULT_OPENRLHF_VERSION,
    )
    .option(
      "--reward-bind <addr>",
      "address the started reward services listen on (default: 127.0.0.1 on one node, 0.0.0.0 on several)",
    )
    .option("--dry-run", "write and print the commands without running them")
    .action(async (flags: LaunchFlags, cmd: Command) => {
      const globals = globalOptions(cmd);
      const engine = flags.engine;
      if (engine !== "verl" && engine !== "openrlhf" && engine !== "axolotl")
        throw new PurpcodeError(`unknown engine "${engine}": use verl, openrlhf or axolotl`);
      if (!(SAMPLERS as readonly string[]).includes(flags.sampler))
        throw new PurpcodeError(`unknown sampler "${flags.sampler}": use ${SAMPLERS.join(", ")}`);
      if (!(flags.maxRollFactor >= 1))
        throw new PurpcodeError(`--max-roll-factor must be >= 1, got ${flags.maxRollFactor}`);
      const outDir = resolve(flags.out);
      const dataDir = resolve(flags.data);
      // Other nodes reach the services at the head's address, so several nodes bind every interface.
      const host = flags.rewardHost ?? (flags.nodes > 1 ? hostname() : "127.0.0.1");
      const services: RewardServices = {
        count: flags.serveReward,
        port: flags.rewardPort,
        args: flags.rewardArgs ? flags.rewardArgs.split(/\s+/).filter(Boolean) : [],
        bind: flags.rewardBind ?? (flags.nodes > 1 ? "0.0.0.0" : "127.0.0.1"),
        host,
      };
      const rewardUrls =
        flags.rewardUrl.length > 0
          ? flags.rewardUrl.flatMap((u) => u.split(",")).filter(Boolean)
          : Array.from(
              { length: Math.max(1, services.count) },
              (_, i) => `http://${host}:${services.port + i}`,
            );
      const common = {
        model: flags.model,
        nodes: flags.nodes,
        gpusPerNode: flags.gpusPerNode,
        headAddress: flags.headAddress,
        rewardUrls,
      };
      let options: EngineOptions;
      if (engine === "verl") {
        options = {
          engine,
          ...VERL_DEFAULTS,
          ...common,
          trainFiles: join(dataDir, "train.parquet"),
          valFiles: join(dataDir, "test.parquet"),
          adapterPath: flags.adapter ? resolve(flags.adapter) : join(adaptersDir(), "verl_reward.py"),
          experiment: flags.experiment,
          overrides: flags.set,
          verlVersion: verlVersion(flags.verlVersion).id,
          sampler: flags.sampler as SamplerName,
          maxRollFactor: flags.maxRollFactor,
        };
      } else if (engine === "openrlhf") {
        options = {
          engine,
          ...VERL_DEFAULTS,
          ...common,
          promptData: join(dataDir, "train.openrlhf.jsonl"),
          evalData: join(dataDir, "test.openrlhf.jsonl"),
          saveDir: join(outDir, "checkpoints"),
          openrlhfVersion: openRlhfVersion(flags.openrlhfVersion).id,
        };
      } else {
        if (!flags.sftData)
          throw new PurpcodeError("--engine axolotl needs --sft-data <distillation SFT JSONL>");
        options = {
          engine,
          model: flags.model,
          sftData: resolve(flags.sftData),
          outputDir: join(outDir, "sft"),
          gpusPerNode: flags.gpusPerNode,
          ...AXOLOTL_DEFAULTS,
          deepspeedConfig: join(outDir, ZERO3_FILE),
        };
      }
      const plan = planLaunch(options, flags.dryRun ? services : undefined);
      const script = launchScript(plan, `purpcode rl launch --engine ${engine} --nodes ${flags.nodes}`);
      const path = await writeLaunch(plan, outDir, script);
      if (flags.dryRun || globals.json) {
        if (globals.json) printJson({ script: path, plan });
        else process.stdout.write(script);
        if (flags.dryRun) return;
      }
      if (flags.nodes > 1) {
        info(
          globals,
          `wrote ${path}: run each step on the machine it names (multi-node runs are not started from here)`,
        );
        return;
      }
      if (services.count > 0 && engine !== "axolotl") {
        const urls = await startRewardServices(services, cliEntry(), outDir);
        info(globals, `reward services up: ${urls.join(", ")}`);
      }
      info(globals, `running ${path}`);
      process.exitCode = await runScript(path, outDir);
    });
}

interface RewardServeFlags {
  port: number;
  host: string;
  serviceConfig?: string;
  analyzerThreads?: number;
  batches: number;
  maxBodyMb: number;
  codesecSoft?: number;
  severity?: string;
  language?: string;
  sandbox: boolean;
  unsafeNoSandbox?: boolean;
  sandboxConcurrency?: number;
  [key: string]: unknown;
}

function registerRewardServe(rl: Command): void {
  addProviderOptions(
    rl
      .command("reward-serve")
      .description(
        "serve the reward over HTTP: POST /score (verl adapter), POST /get_reward (OpenRLHF), GET /health",
      )
      .option("--port <n>", "port (0 = any free port)", nonNegativeInt, 8192)
      .option("--host <addr>", "listen address", "127.0.0.1")
      .option(
        "--service-config <file>",
        "the service's YAML config (verdict settings, judge provider, sandbox); flags given here win",
      )
      .option("--analyzer-threads <n>", "analyzer worker threads (default: cores)", nonNegativeInt)
      .option(
        "--sandbox-concurrency <n>",
        "test executions at once (default: 4 per core; each mostly waits on process start-up)",
        positiveInt,
      )
      .option("--batches <n>", "batches scored at once; more wait", positiveInt, 4)
      .option("--max-body-mb <n>", "largest request body in MiB", number, 16)
      .option("--codesec-soft <x>", "codesec reward of a clean answer without code (default 0.8)", number)
      .option("--severity <level>", "findings at or above this make code insecure (default medium)")
      .option("--language <name>", "expected language of codesec rows that name none (default python)")
      .option("--no-sandbox", "no sandbox: correctness rows are refused (422)")
      .option("--unsafe-no-sandbox", "run tests WITHOUT isolation (only inside a disposable container)"),
    "judge",
  ).action(async (flags: RewardServeFlags, cmd: Command) => {
    const globals = globalOptions(cmd);
    const { config } = await loadConfig(globals.config);
    // Loaded here so that `rl simulate` and `rl launch` do not start up the analyzer, sandbox and judges.
    const { loadRewardServiceConfig, RewardServiceConfigSchema } =
      await import("../rl/reward/service-config.js");
    const service = flags.serviceConfig
      ? await loadRewardServiceConfig(flags.serviceConfig)
      : RewardServiceConfigSchema.parse({});
    const judge =
      flags.judgeProvider || flags.judgeModel
        ? providerFromOptions(config, flags, "judge")
        : service.judge
          ? createProvider(service.judge)
          : undefined;
    const { openOracles, verdictSettings, severityOption, ORACLES, SCORED_BY, ORACLE_MEMBER } =
      await import("../verdict/index.js");
    const { startRewardServer } = await import("../rl/reward/server.js");
    const settings = verdictSettings({
      ...service.verdict,
      ...(flags.severity !== undefined && { severity: severityOption(flags.severity) }),
      ...(flags.codesecSoft !== undefined && { soft_codesec: flags.codesecSoft }),
      ...(flags.language !== undefined && { default_language: flags.language }),
    });
    const sandboxConcurrency = flags.sandboxConcurrency ?? service.sandbox_concurrency;
    const set = await openOracles({
      settings,
      analyzerThreads: flags.analyzerThreads ?? service.analyzer_threads,
      judge,
      judgeConcurrency: (flags.judgeConcurrency as number | undefined) ?? service.judge_concurrency,
      withoutSandbox: !flags.sandbox || !service.sandbox,
      sandbox: {
        unsafeNoSandbox: Boolean(flags.unsafeNoSandbox),
        ...(sandboxConcurrency !== undefined && { pool: { concurrency: sandboxConcurrency } }),
      },
    });
    const server = await startRewardServer({
      oracles: set.oracles,
      port: flags.port,
      host: flags.host,
      concurrency: flags.batches,
      maxBodyBytes: Math.round(flags.maxBodyMb * 1024 * 1024),
    });
    const served = ORACLES.filter((o) => set.oracles[ORACLE_MEMBER[SCORED_BY[o]]]);
    // The shutdown handlers go in before the service says it is up: a supervisor may signal as soon as it reads
    // the line, and a SIGTERM before them would kill the process without closing the server.
    const stopped = new Promise<void>((resolve) => {
      process.once("SIGINT", () => resolve());
      process.once("SIGTERM", () => resolve());
    });
    info(
      globals,
      `reward service on ${server.url} (oracles: ${served.join(", ")}${judge ? "" : "; no judge model"}; severity ${settings.severity}, soft codesec ${settings.soft_codesec}, unread code ${settings.unread_code})`,
    );
    await stopped;
    await server.close();
    await set.close();
    await judge?.close?.();
  });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function readText(file: string): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch (err) {
    throw new InputError(`cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { file });
  }
}

/** How this CLI was started (for spawning reward services as children of the same program). */
function cliEntry(): string[] {
  return [...process.execArgv, process.argv[1]!];
}

interface SimulateFlags {
  distribution: string;
  planners: string;
  steps: number;
  batch: number;
  n: number;
  maxRollFactor: number;
  genBatch?: number;
  maxGenBatches: number;
  pool: number;
  drift: number;
  jitter: number;
  retry: number;
  maxSkips: number;
  seed: number;
}

function registerSimulate(rl: Command): void {
  const d = DEFAULT_SIMULATION;
  rl.command("simulate")
    .description(
      "compare dynamic-sampling planners (DAPO, single-step, history-aware) on synthetic prompt difficulties",
    )
    .option(
      "--distribution <names>",
      `comma-separated: ${Object.keys(DISTRIBUTIONS).join(", ")} or beta:A,B`,
      Object.keys(DISTRIBUTIONS).join(","),
    )
    .option(
      "--planners <names>",
      `comma-separated, the first is the anchor: ${PLANNER_NAMES.join(", ")}`,
      PLANNER_NAMES.join(","),
    )
    .option("--steps <n>", "training steps per planner", positiveInt, d.steps)
    .option("--batch <n>", "train batch B: prompts per step", positiveInt, d.trainBatch)
    .option("--n <n>", "rollouts per prompt (group size, >= 2)", positiveInt, d.n)
    .option("--max-roll-factor <x>", "single-step roll cap as a multiple of B", number, d.maxRollFactor)
    .option("--gen-batch <n>", "DAPO prompts per generation round (default: B)", positiveInt)
    .option(
      "--max-gen-batches <n>",
      "DAPO round limit per step, 0 = unlimited",
      nonNegativeInt,
      d.maxGenBatches,
    )
    .option("--pool <n>", "prompts in the pool (epochs follow from it)", positiveInt, d.poolSize)
    .option(
      "--drift <x>",
      "logit shift of pass probabilities over the run (policy improvement)",
      number,
      d.drift,
    )
    .option("--jitter <x>", "std of per-step logit noise per prompt", number, d.jitter)
    .option("--retry <p>", "history-aware: chance to roll a prompt it would skip", number, d.retryProbability)
    .option(
      "--max-skips <n>",
      "history-aware: most skips in a row for one prompt",
      nonNegativeInt,
      d.maxSkips,
    )
    .option("--seed <n>", "random seed (same seed, same numbers)", integer, d.seed)
    .action((flags: SimulateFlags, cmd: Command) => {
      const globals = globalOptions(cmd);
      const planners = parsePlanners(flags.planners);
      const base: Omit<SimulationConfig, "distribution"> = {
        steps: flags.steps,
        trainBatch: flags.batch,
        n: flags.n,
        maxRollFactor: flags.maxRollFactor,
        genBatch: flags.genBatch ?? flags.batch,
        maxGenBatches: flags.maxGenBatches,
        poolSize: flags.pool,
        drift: flags.drift,
        jitter: flags.jitter,
        retryProbability: flags.retry,
        maxSkips: flags.maxSkips,
        seed: flags.seed,
      };
      // Split on commas that do not start a number, so `beta:2,5,uniform` is two distributions.
      const distributions = flags.distribution
        .split(/,(?![\d.])/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map(parseDistribution);
      if (distributions.length === 0) throw new PurpcodeError("--distribution names no distribution");
      const results: PlannerComparison[] = [];
      for (const distribution of distributions)
        results.push(...compareToAnchor(distribution.name, simulate({ ...base, distribution }, planners)));
      if (globals.json) {
        printJson({ config: base, distributions, results });
        return;
      }
      process.stdout.write(formatTable(COMPARISON_HEADER, results.map(comparisonRow)));
      info(
        globals,
        `waste = rollouts of zero-variance groups + of discarded informative groups, per informative group trained; ` +
          `anchor = ${planners[0]}`,
      );
    });
}

function parsePlanners(spec: string): PlannerName[] {
  const names = spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names)
    if (!(PLANNER_NAMES as readonly string[]).includes(name))
      throw new PurpcodeError(`unknown planner "${name}": use ${PLANNER_NAMES.join(", ")}`);
  if (names.length === 0) throw new PurpcodeError("--planners names no planner");
  return names as PlannerName[];
}

function number(value: string): number {
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed)) throw new InvalidArgumentError("not a number.");
  return parsed;
}

function integer(value: string): number {
  const parsed = number(value);
  if (!Number.isInteger(parsed)) throw new InvalidArgumentError("not an integer.");
  return parsed;
}

function positiveInt(value: string): number {
  const parsed = integer(value);
  if (parsed < 1) throw new InvalidArgumentError("must be a positive integer.");
  return parsed;
}

function nonNegativeInt(value: string): number {
  const parsed = integer(value);
  if (parsed < 0) throw new InvalidArgumentError("must be an integer >= 0.");
  return parsed;
}
