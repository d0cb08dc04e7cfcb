import { execFileSync } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { stringify } from "yaml";
import type { ProviderConfig } from "../core/config.js";
import { InputError } from "../core/errors.js";
import { writeFileAtomic } from "../core/jsonl.js";
import { DRY_RUN_LABEL, type Stage, type StageRun } from "../core/stage.js";
import { ZERO3_FILE, trlScript, zero3Json } from "../distill/export.js";
import type { DistillLayout } from "../distill/pipeline.js";
import { SftSettingsSchema, type SftSettings } from "../distill/settings.js";
import { ALIGNED_SYSTEM_PROMPT } from "../judges/system-prompt.js";
import type { VerdictSettings } from "../verdict/index.js";
import { PresetError, prepareRlData } from "./dataset/prepare.js";
import {
  AXOLOTL_DEFAULTS,
  VERL_DEFAULTS,
  adaptersDir,
  axolotlPlan,
  launchScript,
  openRlhfVersion,
  planLaunch,
  runScript,
  verlVersion,
  writeLaunch,
  type EngineOptions,
  type LaunchPlan,
} from "./launch/index.js";
import type { RewardServiceConfig } from "./reward/service-config.js";
import { RlSettingsSchema, type RlSettings } from "./settings.js";

/**
 * The training stages of the recipe: SFT on the distillation output, RL data, and the GRPO launch. The stages
 * write every file their commands reference; they run them only when asked (`execute`), never in a dry run, and
 * only where the engine is installed.
 */

/** The model GRPO starts from: rl.model if given, else the SFT output, else (SFT off) the base model. */
export function rlStartModel(o: {
  rl: RlSettings;
  sftEnabled: boolean;
  sftModelDir: string;
  baseModel: string;
}): string {
  return o.rl.model ?? (o.sftEnabled ? o.sftModelDir : o.baseModel);
}

/** Whether the engine's Python package imports here (a launch is only executed where it does). */
export function engineInstalled(engine: string): boolean {
  try {
    execFileSync("python3", ["-c", `import ${engine}`], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

export interface SftStageContext extends StageRun {
  settings: SftSettings;
  /** The model fine-tuned (distill.base_model). */
  baseModel: string;
  /** Distillation's files (the SFT data). */
  distill: DistillLayout;
  /** Where the SFT configs and script go. */
  dir: string;
  /** Where the fine-tuned model is written. */
  modelDir: string;
  /** The model RL starts from (named in the notes). */
  rlStartModel: string;
}

function trlPlan(ctx: SftStageContext): LaunchPlan {
  const s = ctx.settings;
  return {
    engine: "trl",
    engineVersion: "TRL (SFTTrainer, prompt/completion rows)",
    files: [
      {
        name: "train_sft_trl.py",
        content: trlScript({
          baseModel: ctx.baseModel,
          dataPath: ctx.distill.trl,
          outputDir: ctx.modelDir,
          learningRate: s.learning_rate,
          epochs: s.epochs,
          sequenceLen: s.sequence_len,
          warmupSteps: s.warmup_steps,
        }),
      },
      { name: ZERO3_FILE, content: zero3Json() },
    ],
    steps: [
      {
        where: `the GPU node, in ${ctx.dir}`,
        what: `SFT with TRL on ${s.gpus_per_node} GPUs, DeepSpeed ZeRO-3`,
        command: `accelerate launch --num_processes ${s.gpus_per_node} train_sft_trl.py`,
      },
    ],
  };
}

/**
 * A dry run's configs and scripts say so in their header, after the title or shebang line if they open with one
 * (JSON has no comments: the other files of its folder speak for it).
 */
function dryRunHeader(file: LaunchPlan["files"][number]): LaunchPlan["files"][number] {
  if (!/\.(ya?ml|py|sh)$/.test(file.name)) return file;
  const first = file.content.startsWith("#") ? file.content.slice(0, file.content.indexOf("\n") + 1) : "";
  return {
    ...file,
    content: `${first}# ${DRY_RUN_LABEL}: do not train with it.\n${file.content.slice(first.length)}`,
  };
}

/** SFT -> RL: fine-tune the base model on the distillation output with the paper's hyper-parameters. */
export const sftStage: Stage<SftStageContext, "sft"> = {
  name: "sft",
  what: "SFT on the distillation output (axolotl or TRL, ZeRO-3); RL starts from its checkpoint",
  section: { key: "sft", schema: SftSettingsSchema },
  parameters: (ctx) => ({
    ...ctx.settings,
    base_model: ctx.baseModel,
    dry_run: ctx.dryRun,
  }),
  inputs: (ctx) =>
    ctx.settings.enabled ? [ctx.settings.engine === "trl" ? ctx.distill.trl : ctx.distill.sft] : [],
  outputs: (ctx) => [ctx.dir],
  async run(ctx) {
    const s = ctx.settings;
    const dir = ctx.dir;
    await mkdir(dir, { recursive: true });
    if (!s.enabled) {
      const note = `SFT off (sft.enabled: false): RL starts from ${ctx.rlStartModel}`;
      await writeFile(join(dir, "NOTES.txt"), note + "\n");
      return { counts: { steps: 0, executed: 0 }, notes: [note] };
    }
    const plan =
      s.engine === "trl"
        ? trlPlan(ctx)
        : axolotlPlan({
            ...AXOLOTL_DEFAULTS,
            model: ctx.baseModel,
            sftData: ctx.distill.sft,
            outputDir: ctx.modelDir,
            gpusPerNode: s.gpus_per_node,
            sequenceLen: s.sequence_len,
            epochs: s.epochs,
            learningRate: s.learning_rate,
            warmupSteps: s.warmup_steps,
            deepspeedConfig: join(dir, ZERO3_FILE),
          });
    const title = `${ctx.dryRun ? "DRY RUN - " : ""}purpcode recipe ${ctx.recipeName}: ${s.engine} SFT`;
    if (ctx.dryRun) plan.files = plan.files.map(dryRunHeader);
    const script = await writeLaunch(plan, dir, launchScript(plan, title));
    const notes = [`SFT script: ${script}`, `RL starts from: ${ctx.modelDir}`];
    let executed = 0;
    const python = s.engine === "trl" ? "trl" : "axolotl";
    if (s.execute && !ctx.dryRun) {
      if (!engineInstalled(python))
        notes.push(`not executed: the ${python} Python package is not installed here`);
      else {
        const code = await runScript(script, dir);
        if (code !== 0) throw new InputError(`SFT script exited with ${code}; see its output above`);
        executed = 1;
      }
    } else {
      notes.push(
        `${ctx.dryRun ? "not executed: dry run" : "not executed: sft.execute is false"}; ` +
          `to train: cd ${dir} && bash ${script}, then rerun the recipe from the launch stage`,
      );
    }
    await writeFile(join(dir, "NOTES.txt"), notes.join("\n") + "\n");
    return { counts: { steps: plan.steps.length, executed }, notes };
  },
};

export interface PrepareStageContext extends StageRun {
  settings: RlSettings;
  /** The deduplicated sets (one RL source per file). */
  dedupDir: string;
  /** Distillation's list of easy prompts. */
  easy: string;
  /** Where the RL data goes. */
  dir: string;
}

const jsonlFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".jsonl") && f !== "removed.jsonl")
        .sort()
        .map((f) => join(dir, f))
    : [];

/**
 * The objective a preset weighs a set by, from its first row's oracles: correctness is code, then codesec
 * (XSCode rows are noreject + codesec: secure code is what they train), then safety; noreject alone is security QA.
 */
const OBJECTIVE_OF_ORACLE: Array<[string, string]> = [
  ["correctness", "code"],
  ["codesec", "codesec"],
  ["general-safety", "safety"],
  ["reject", "safety"],
  ["noreject", "secqa"],
];

function objectiveOf(file: string): string | undefined {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(64 * 1024);
    const line = head
      .subarray(0, readSync(fd, head, 0, head.length, 0))
      .toString("utf8")
      .split("\n")[0];
    const oracles = (JSON.parse(line ?? "") as { oracles?: unknown }).oracles;
    if (!Array.isArray(oracles)) return undefined;
    return OBJECTIVE_OF_ORACLE.find(([oracle]) => oracles.includes(oracle))?.[1];
  } catch {
    return undefined; // an empty set (or a first row past 64 KiB): the preset names it in its error
  } finally {
    closeSync(fd);
  }
}

function rlSources(ctx: PrepareStageContext) {
  const weights = ctx.settings.weights;
  const preset = ctx.settings.preset;
  return jsonlFiles(ctx.dedupDir)
    .map((file) => ({ file, name: basename(file, ".jsonl") }))
    .filter((s) => preset !== undefined || !weights || weights[s.name] !== undefined)
    .map((s) => (preset ? { ...s, objective: objectiveOf(s.file) } : { ...s, weight: weights?.[s.name] }));
}

const section = { key: "rl", schema: RlSettingsSchema };

export const prepareStage: Stage<PrepareStageContext, "prepare"> = {
  name: "prepare",
  what: "RL data: verl parquet + OpenRLHF JSONL, easy prompts removed, mixed, test split held out",
  section,
  parameters: (ctx) => {
    const r = ctx.settings;
    return {
      test_fraction: r.test_fraction,
      seed: r.seed,
      weights: r.weights,
      size: r.size,
      remove_easy: r.remove_easy,
      ...(r.preset ? { preset: r.preset } : {}),
    };
  },
  inputs: (ctx) => [...rlSources(ctx).map((s) => s.file), ...(ctx.settings.remove_easy ? [ctx.easy] : [])],
  outputs: (ctx) => [ctx.dir],
  async run(ctx) {
    const r = ctx.settings;
    const sources = rlSources(ctx);
    const s = await prepareRlData({
      sources,
      outDir: ctx.dir,
      systemPrompt: ALIGNED_SYSTEM_PROMPT,
      easyIds: r.remove_easy && existsSync(ctx.easy) ? [ctx.easy] : [],
      testFraction: r.test_fraction,
      size: r.size,
      seed: r.seed,
      multiTurn: r.multi_turn,
      ...(r.preset ? { preset: r.preset } : {}),
      ...(ctx.dryRun ? { dryRun: DRY_RUN_LABEL } : {}),
    }).catch((err: unknown) => {
      // In the recipe's terms: which sets carry which objective, and whether easy prompts were removed.
      if (!r.preset || !(err instanceof PresetError)) throw err;
      const sets = sources.map((x) => `${x.name}: ${(x as { objective?: string }).objective ?? "none"}`);
      throw new InputError(
        `rl.${err.message} (sets and their objectives: ${sets.join(", ")}` +
          `${r.remove_easy ? "; counted after removing the prompts distillation found easy" : ""})`,
        { hint: "add a set for that objective, set rl.remove_easy: false, or use rl.weights instead" },
      );
    });
    return {
      counts: { train: s.rows.train, test: s.rows.test, easy_removed: s.removed.easy },
    };
  },
};

/**
 * The reward service's config: the verdict settings and the judge exactly as configured under `models:` (not the
 * dry run's stand-in, and not re-flattened into flags: api_key_env, the pool's endpoints, concurrency and cache
 * all arrive).
 */
export function rewardServiceConfig(verdict: VerdictSettings, judge?: ProviderConfig): RewardServiceConfig {
  return {
    version: 1,
    verdict,
    ...(judge ? { judge } : {}),
    judge_concurrency: 128,
    sandbox: true,
  };
}

/** Writes the reward service's config into the launch folder; returns the flags that hand it over. */
export async function writeRewardServiceConfig(
  config: RewardServiceConfig,
  launchDir: string,
): Promise<string[]> {
  const file = join(launchDir, "reward-service.yaml");
  await writeFileAtomic(
    file,
    "# Written by purpcode recipe run: the reward service's settings (purpcode rl reward-serve --service-config).\n" +
      stringify(config),
  );
  return ["--service-config", resolve(file)];
}

export interface LaunchStageContext extends StageRun {
  settings: RlSettings;
  /** distill.base_model (part of the key: the SFT start point). */
  baseModel: string;
  /** The model GRPO starts from. */
  startModel: string;
  /** Where the SFT stage writes its model (a launch from it waits until it exists). */
  sftModelDir: string;
  /** The verdict settings the reward service scores with. */
  verdict: VerdictSettings;
  /** The judge's provider config as configured (not the dry run's stand-in). */
  judge?: ProviderConfig;
  /** The prepare stage's folder (train/test parquet and OpenRLHF JSONL). */
  data: string;
  /** Where the launch script and configs go. */
  dir: string;
}

export const launchStage: Stage<LaunchStageContext, "launch"> = {
  name: "launch",
  what: "training launch: the RL engine's script and configs (run only when rl.execute and the engine is installed)",
  section,
  parameters: (ctx) => {
    const { weights: _w, size: _s, test_fraction: _t, ...rest } = ctx.settings;
    return {
      ...rest,
      base_model: ctx.baseModel,
      model: ctx.startModel,
      dry_run: ctx.dryRun,
      verdict: ctx.verdict,
      judge: ctx.judge ?? null,
    };
  },
  inputs: (ctx) => [join(ctx.data, "train.parquet"), join(ctx.data, "test.parquet")],
  outputs: (ctx) => [ctx.dir],
  async run(ctx) {
    const r = ctx.settings;
    const g = r.grpo;
    const model = ctx.startModel;
    const rewardUrls = [`http://127.0.0.1:${r.reward_port}`];
    const common = {
      ...VERL_DEFAULTS,
      model,
      nodes: r.nodes,
      gpusPerNode: r.gpus_per_node,
      rewardUrls,
      rolloutN: g.n,
      maxRollFactor: g.max_roll_factor,
      learningRate: g.lr,
      klCoef: g.kl_coef,
      promptsPerGpu: g.prompts_per_gpu,
      maxPromptLength: g.max_prompt_length,
      maxResponseLength: g.max_response_length,
      epochs: g.epochs,
    };
    const options: EngineOptions =
      r.engine === "verl"
        ? {
            engine: "verl",
            ...common,
            trainFiles: join(ctx.data, "train.parquet"),
            valFiles: join(ctx.data, "test.parquet"),
            adapterPath: join(adaptersDir(), "verl_reward.py"),
            verlVersion: verlVersion(r.verl_version).id,
            sampler: r.sampler,
            overrides:
              g.kl_loss_type === "low_var_kl"
                ? []
                : [`actor_rollout_ref.actor.kl_loss_type=${g.kl_loss_type}`],
          }
        : {
            engine: "openrlhf",
            ...common,
            promptData: join(ctx.data, "train.openrlhf.jsonl"),
            evalData: join(ctx.data, "test.openrlhf.jsonl"),
            saveDir: join(ctx.dir, "checkpoints"),
            openrlhfVersion: openRlhfVersion(r.openrlhf_version).id,
          };
    // The reward service gets a config file: the verdict settings and the judge as configured.
    await mkdir(ctx.dir, { recursive: true });
    const args = await writeRewardServiceConfig(rewardServiceConfig(ctx.verdict, ctx.judge), ctx.dir);
    const services = { count: 1, port: r.reward_port, args };
    const plan = planLaunch(options, services);
    const title = `${ctx.dryRun ? "DRY RUN - " : ""}purpcode recipe ${ctx.recipeName}: ${r.engine} GRPO launch`;
    const script = await writeLaunch(plan, ctx.dir, launchScript(plan, title));
    const notes = [`launch script: ${script}`];
    let executed = 0;
    if (r.execute && !ctx.dryRun) {
      if (model === ctx.sftModelDir && !existsSync(model))
        notes.push(
          `not executed: no SFT model at ${model} yet (run the sft stage's script, or set rl.model)`,
        );
      else if (!engineInstalled(r.engine))
        notes.push(`not executed: the ${r.engine} Python package is not installed here`);
      else {
        const code = await runScript(script, ctx.dir);
        if (code !== 0) throw new InputError(`launch script exited with ${code}; see its output above`);
        executed = 1;
      }
    } else notes.push(ctx.dryRun ? "not executed: dry run" : "not executed: rl.execute is false");
    await writeFile(join(ctx.dir, "NOTES.txt"), notes.join("\n") + "\n");
    return { counts: { steps: plan.steps.length, executed }, notes };
  },
};
