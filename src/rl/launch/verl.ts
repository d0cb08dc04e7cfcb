import { dirname } from "node:path";
import { PurpcodeError } from "../../core/errors.js";
import { formatCommand, shellQuote, type GrpoLaunchSettings, type LaunchPlan } from "./shell.js";
import { DEFAULT_VERL_VERSION, verlVersion, type VerlVersion } from "./verl-versions.js";

export const REWARD_URLS_ENV = "PURPCODE_REWARD_URLS";

/** Dynamic sampling inside verl: PurpCode's single-step (default), its history-aware variant, or plain DAPO. */
export const SAMPLERS = ["single-step", "history-aware", "dapo"] as const;
export type SamplerName = (typeof SAMPLERS)[number];

export interface VerlLaunchOptions extends GrpoLaunchSettings {
  /** A supported verl release (verl-versions.ts); default the newest. */
  verlVersion: string;
  sampler: SamplerName;
  trainFiles: string;
  valFiles: string;
  /** Absolute path of adapters/verl_reward.py; must exist at the same path on every node. */
  adapterPath: string;
  project: string;
  experiment: string;
  /** Single-step's roll cap as a multiple of B (the paper: 4). */
  maxRollFactor: number;
  /** History-aware: chance to roll a prompt it would skip, and the longest skip run. */
  retryProbability: number;
  maxSkips: number;
  /** DAPO's generation rounds per step before it gives up (verl's max_num_gen_batches). */
  maxGenBatches: number;
  /** Extra hydra overrides appended last (they win). */
  overrides: string[];
}

export const VERL_DEFAULTS = {
  nodes: 1,
  gpusPerNode: 8,
  headAddress: "HEAD_IP",
  project: "purpcode",
  experiment: "purpcode-grpo",
  verlVersion: DEFAULT_VERL_VERSION,
  sampler: "single-step" as SamplerName,
  maxRollFactor: 4,
  retryProbability: 0.05,
  maxSkips: 8,
  maxGenBatches: 10,
  rolloutN: 8,
  learningRate: 5e-7,
  klCoef: 0.001,
  promptsPerGpu: 48,
  maxPromptLength: 2048,
  maxResponseLength: 3072,
  epochs: 1,
  overrides: [] as string[],
};

/** What runs the job: verl's own entry point, the DAPO recipe's, or purpcode's extension (the sampler). */
export interface VerlEntry {
  module: string;
  /** Run from a verl checkout (the recipe folder is not in the pip package). */
  fromCheckout: boolean;
  /** Needs the adapters folder on PYTHONPATH (purpcode_verl). */
  extension: boolean;
}

export function verlEntry(version: VerlVersion, sampler: SamplerName): VerlEntry {
  if (sampler !== "dapo") return { module: "purpcode_verl.main", fromCheckout: false, extension: true };
  if (version.dapo === "native")
    return { module: "verl.trainer.main_ppo", fromCheckout: false, extension: false };
  if (version.dapo === "recipe")
    return { module: "recipe.dapo.main_dapo", fromCheckout: true, extension: false };
  throw new PurpcodeError(
    `--sampler dapo: verl ${version.id} has neither algorithm.filter_groups in ppo_trainer nor the DAPO recipe; ` +
      `use --sampler single-step, or verl v0.9.0 (native) or <= v0.7.0 (recipe)`,
  );
}

/** The paper's GRPO run (integrations.md, "PurpCode's run") as hydra overrides for one verl release. */
export function verlOverrides(o: VerlLaunchOptions): string[][] {
  const version = verlVersion(o.verlVersion);
  const gpus = o.nodes * o.gpusPerNode;
  const batch = o.promptsPerGpu * gpus;
  const kv = (key: string, value: string | number | boolean) => [`${key}=${String(value)}`];
  const reward =
    version.rewardLayout === "reward"
      ? [
          kv("reward.custom_reward_function.path", o.adapterPath),
          // The batch manager hands the whole batch to one call: one HTTP request per chunk, not per sample.
          kv("reward.custom_reward_function.name", "compute_score_batch"),
          kv("reward.reward_manager.name", "batch"),
          kv("reward.num_workers", 8),
        ]
      : [
          kv("custom_reward_function.path", o.adapterPath),
          kv("custom_reward_function.name", "compute_score_batch"),
          kv("reward_model.reward_manager", "batch"),
          // The reward loop has no batch manager in these releases; the legacy path has.
          ...(version.rewardLoopSwitch ? [kv("reward_model.use_reward_loop", "False")] : []),
        ];
  const sampling: string[][] = [];
  if (o.sampler === "dapo") {
    sampling.push(
      kv("algorithm.filter_groups.enable", "True"),
      // The reward's score (graded: 0.8 counts), not pass/fail acc.
      kv("algorithm.filter_groups.metric", "score"),
      kv("algorithm.filter_groups.max_num_gen_batches", o.maxGenBatches),
      kv("data.gen_batch_size", batch),
    );
  } else {
    // Read and removed by purpcode_verl.main before verl sees the config.
    sampling.push(kv("+purpcode.sampler", o.sampler), kv("+purpcode.max_roll_factor", o.maxRollFactor));
    if (o.sampler === "history-aware")
      sampling.push(
        kv("+purpcode.retry_probability", o.retryProbability),
        kv("+purpcode.max_skips", o.maxSkips),
      );
  }
  return [
    kv("algorithm.adv_estimator", "grpo"),
    kv("algorithm.use_kl_in_reward", "False"),
    kv("algorithm.kl_ctrl.kl_coef", o.klCoef),
    ...sampling,
    kv("data.train_files", o.trainFiles),
    kv("data.val_files", o.valFiles),
    kv("data.train_batch_size", batch),
    kv("data.max_prompt_length", o.maxPromptLength),
    kv("data.max_response_length", o.maxResponseLength),
    kv("data.filter_overlong_prompts", "True"),
    kv("data.truncation", "error"),
    kv("actor_rollout_ref.model.path", o.model),
    kv("actor_rollout_ref.model.use_remove_padding", "True"),
    kv("actor_rollout_ref.model.enable_gradient_checkpointing", "True"),
    kv("actor_rollout_ref.actor.optim.lr", o.learningRate),
    // The paper updates once per step: the mini-batch is the whole train batch B.
    kv("actor_rollout_ref.actor.ppo_mini_batch_size", batch),
    kv("actor_rollout_ref.actor.use_dynamic_bsz", "True"),
    kv("actor_rollout_ref.actor.ppo_max_token_len_per_gpu", 3 * (o.maxPromptLength + o.maxResponseLength)),
    kv("actor_rollout_ref.actor.use_kl_loss", "True"),
    kv("actor_rollout_ref.actor.kl_loss_type", "low_var_kl"),
    kv("actor_rollout_ref.actor.kl_loss_coef", o.klCoef),
    kv("actor_rollout_ref.actor.entropy_coeff", 0),
    kv("actor_rollout_ref.actor.fsdp_config.param_offload", "False"),
    kv("actor_rollout_ref.actor.fsdp_config.optimizer_offload", "False"),
    kv("actor_rollout_ref.ref.fsdp_config.param_offload", "True"),
    kv("actor_rollout_ref.rollout.name", "vllm"),
    kv("actor_rollout_ref.rollout.n", o.rolloutN),
    kv("actor_rollout_ref.rollout.gpu_memory_utilization", 0.6),
    kv("actor_rollout_ref.rollout.tensor_model_parallel_size", 1),
    ...reward,
    kv("trainer.nnodes", o.nodes),
    kv("trainer.n_gpus_per_node", o.gpusPerNode),
    kv("trainer.project_name", o.project),
    kv("trainer.experiment_name", o.experiment),
    kv("trainer.logger", "[console]"),
    kv("trainer.total_epochs", o.epochs),
    kv("trainer.save_freq", 20),
    kv("trainer.test_freq", 10),
    kv("trainer.val_before_train", "True"),
    kv("trainer.resume_mode", "auto"),
    ...o.overrides.map((x) => [x]),
  ];
}

export function verlEngineVersion(o: Pick<VerlLaunchOptions, "verlVersion" | "sampler">): string {
  const v = verlVersion(o.verlVersion);
  const layout = v.rewardLayout === "reward" ? "reward.* keys" : "custom_reward_function / reward_model keys";
  return `verl ${v.id} (${v.released}; ${layout}); sampler ${o.sampler}`;
}

/**
 * One node: export the environment and run the entry point. Several nodes: Ray head, workers, then
 * `ray job submit` (integrations.md, verl multi-node). Ray workers inherit the environment of `ray start`, so
 * the reward URLs and the extension's PYTHONPATH are exported before it on every node.
 */
export function verlPlan(o: VerlLaunchOptions): LaunchPlan {
  const version = verlVersion(o.verlVersion);
  const entry = verlEntry(version, o.sampler);
  const envLines = [`export ${REWARD_URLS_ENV}=${shellQuote(o.rewardUrls.join(","))}`];
  if (entry.extension)
    envLines.push(`export PYTHONPATH=${shellQuote(dirname(o.adapterPath))}\${PYTHONPATH:+:$PYTHONPATH}`);
  const env = envLines.join("\n");
  const overrides = verlOverrides(o);
  const where = entry.fromCheckout ? " (in a verl checkout: the recipe is not in the pip package)" : "";
  const steps: LaunchPlan["steps"] = [];
  const what = `train: GRPO, ${o.sampler} sampling, purpcode reward service`;
  if (o.nodes === 1) {
    steps.push({
      where: `the GPU node${where}`,
      what,
      command: `${env}\n${formatCommand(["python3", "-m", entry.module], overrides)}`,
    });
  } else {
    steps.push({
      where: `head node ${o.headAddress}`,
      what: "start the Ray head",
      command: `${env}\nray start --head --dashboard-host=0.0.0.0`,
    });
    steps.push({
      where: `each of the ${o.nodes - 1} worker nodes`,
      what: "join the Ray cluster",
      command: `${env}\nray start --address=${o.headAddress}:6379`,
    });
    steps.push({
      where: `the head node, from the verl checkout`,
      what: `${what}; submit once \`ray status\` shows ${o.nodes * o.gpusPerNode} GPUs`,
      command: formatCommand(
        [
          "ray",
          "job",
          "submit",
          `--address=http://${o.headAddress}:8265`,
          "--runtime-env=verl/trainer/runtime_env.yaml",
          "--no-wait",
          "--",
          "python3",
          "-m",
          entry.module,
        ],
        overrides,
      ),
    });
  }
  return { engine: "verl", engineVersion: verlEngineVersion(o), files: [], steps };
}
