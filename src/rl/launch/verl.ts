import { formatCommand, shellQuote, type GrpoLaunchSettings, type LaunchPlan } from "./shell.js";

/** Generated for verl after its reward-config refactor (verl-project/verl#5255, Feb 2026): `reward.*` keys. */
export const VERL_VERSION = "verl main >= 2026-02 (reward.* config keys, verl-project/verl#5255)";

export const REWARD_URLS_ENV = "PURPCODE_REWARD_URLS";

export interface VerlLaunchOptions extends GrpoLaunchSettings {
  trainFiles: string;
  valFiles: string;
  /** Absolute path of adapters/verl_reward.py; must exist at the same path on every node. */
  adapterPath: string;
  project: string;
  experiment: string;
  /** verl dynamic-sampling: DAPO's filter-groups (upstream) plus PurpCode's single-step roll factor (fork). */
  maxRollFactor: number;
  /** Extra hydra overrides appended last (they win). */
  overrides: string[];
}

export const VERL_DEFAULTS = {
  nodes: 1,
  gpusPerNode: 8,
  headAddress: "HEAD_IP",
  project: "purpcode",
  experiment: "purpcode-grpo",
  maxRollFactor: 4,
  rolloutN: 8,
  learningRate: 5e-7,
  klCoef: 0.001,
  promptsPerGpu: 48,
  maxPromptLength: 2048,
  maxResponseLength: 3072,
  epochs: 1,
  overrides: [] as string[],
};

/** The paper's GRPO run (integrations.md, "PurpCode's run") as hydra overrides of `verl.trainer.main_ppo`. */
export function verlOverrides(o: VerlLaunchOptions): string[][] {
  const gpus = o.nodes * o.gpusPerNode;
  const kv = (key: string, value: string | number | boolean) => [`${key}=${String(value)}`];
  return [
    kv("algorithm.adv_estimator", "grpo"),
    kv("algorithm.use_kl_in_reward", "False"),
    kv("algorithm.filter_groups.enable", "True"),
    kv("algorithm.filter_groups.metric", "acc"),
    kv("algorithm.filter_groups.max_num_gen_batches", o.maxRollFactor),
    // PurpCode's single-step sampler reads this in their verl fork; upstream verl ignores the added key.
    kv("+algorithm.filter_groups.max_roll_factor", o.maxRollFactor),
    kv("data.train_files", o.trainFiles),
    kv("data.val_files", o.valFiles),
    kv("data.train_batch_size", o.promptsPerGpu * gpus),
    kv("data.max_prompt_length", o.maxPromptLength),
    kv("data.max_response_length", o.maxResponseLength),
    kv("data.filter_overlong_prompts", "True"),
    kv("data.truncation", "error"),
    kv("actor_rollout_ref.model.path", o.model),
    kv("actor_rollout_ref.model.use_remove_padding", "True"),
    kv("actor_rollout_ref.model.enable_gradient_checkpointing", "True"),
    kv("actor_rollout_ref.actor.optim.lr", o.learningRate),
    kv("actor_rollout_ref.actor.ppo_mini_batch_size", Math.max(1, (o.promptsPerGpu * gpus) / 4)),
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
    kv("reward.custom_reward_function.path", o.adapterPath),
    kv("reward.custom_reward_function.name", "compute_score"),
    kv("reward.reward_manager.name", "naive"),
    kv("reward.num_workers", 8),
    kv("trainer.nnodes", o.nodes),
    kv("trainer.n_gpus_per_node", o.gpusPerNode),
    kv("trainer.project_name", o.project),
    kv("trainer.experiment_name", o.experiment),
    kv("trainer.logger", "[console]"),
    kv("trainer.total_epochs", o.epochs),
    kv("trainer.save_freq", 20),
    kv("trainer.test_freq", 10),
    kv("trainer.val_before_train", "True"),
    ...o.overrides.map((x) => [x]),
  ];
}

/**
 * One node: export the reward URLs and run `main_ppo`. Several nodes: Ray head, workers, then `ray job submit`
 * (integrations.md, verl multi-node). Ray workers inherit the environment of `ray start`, so the reward URLs are
 * exported before it on every node.
 */
export function verlPlan(o: VerlLaunchOptions): LaunchPlan {
  const env = `export ${REWARD_URLS_ENV}=${shellQuote(o.rewardUrls.join(","))}`;
  const overrides = verlOverrides(o);
  const steps: LaunchPlan["steps"] = [];
  if (o.nodes === 1) {
    steps.push({
      where: "the GPU node",
      what: "train: GRPO with the purpcode reward service",
      command: `${env}\n${formatCommand(["python3", "-m", "verl.trainer.main_ppo"], overrides)}`,
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
      where: "the head node, from the verl checkout",
      what: `submit the job once \`ray status\` shows ${o.nodes * o.gpusPerNode} GPUs`,
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
          "verl.trainer.main_ppo",
        ],
        overrides,
      ),
    });
  }
  return { engine: "verl", engineVersion: VERL_VERSION, files: [], steps };
}
