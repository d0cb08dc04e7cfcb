import { PurpcodeError } from "../../core/errors.js";
import { formatCommand, type GrpoLaunchSettings, type LaunchPlan } from "./shell.js";

/**
 * OpenRLHF releases the launcher writes for. Their `train_ppo_ray` flags ship in
 * `../shared/data/engines/openrlhf/<flagsDir>/flags.json`; every emitted flag is checked against that list.
 * 0.9.x spells flags flat (`--actor_learning_rate`); current releases only accept dotted groups (`--actor.adam.lr`).
 */
export interface OpenRlhfVersion {
  id: string;
  flagsDir: string;
  style: "flat" | "dotted";
}

export const OPENRLHF_VERSIONS: readonly OpenRlhfVersion[] = [
  { id: "0.9.10", flagsDir: "v0.9.10", style: "flat" },
  { id: "0.11.0", flagsDir: "main", style: "dotted" },
];

export const DEFAULT_OPENRLHF_VERSION = "0.11.0";

export function openRlhfVersion(id: string): OpenRlhfVersion {
  const wanted = id.replace(/^v/, "") === "main" ? "0.11.0" : id.replace(/^v/, "");
  const found = OPENRLHF_VERSIONS.find((v) => v.id === wanted);
  if (!found)
    throw new PurpcodeError(
      `unsupported OpenRLHF version "${id}": use one of ${OPENRLHF_VERSIONS.map((v) => v.id).join(", ")}`,
    );
  return found;
}

export interface OpenRlhfLaunchOptions extends GrpoLaunchSettings {
  openrlhfVersion: string;
  /** JSONL with `prompt` (chat messages) and `label` (written by `purpcode rl prepare`). */
  promptData: string;
  evalData: string;
  saveDir: string;
}

/** Each setting once: its 0.9.x flat flag, its dotted flag, and its values (none for a switch). */
type Setting = [flat: string, dotted: string, ...values: string[]];

export function openRlhfArgs(o: OpenRlhfLaunchOptions): string[][] {
  const version = openRlhfVersion(o.openrlhfVersion);
  const gpus = o.nodes * o.gpusPerNode;
  const rolloutBatch = o.promptsPerGpu * gpus;
  const urls = o.rewardUrls.map((u) => `${u.replace(/\/+$/, "")}/get_reward`).join(",");
  const settings: Setting[] = [
    ["ref_num_nodes", "ref.num_nodes", String(o.nodes)],
    ["ref_num_gpus_per_node", "ref.num_gpus_per_node", String(o.gpusPerNode)],
    ["actor_num_nodes", "actor.num_nodes", String(o.nodes)],
    ["actor_num_gpus_per_node", "actor.num_gpus_per_node", String(o.gpusPerNode)],
    ["vllm_num_engines", "vllm.num_engines", String(gpus)],
    ["vllm_tensor_parallel_size", "vllm.tensor_parallel_size", "1"],
    ["vllm_gpu_memory_utilization", "vllm.gpu_memory_utilization", "0.6"],
    ["colocate_all_models", "train.colocate_all"],
    ["pretrain", "actor.model_name_or_path", o.model],
    ["remote_rm_url", "reward.remote_url", urls],
    ["prompt_data", "data.prompt_dataset", o.promptData],
    ["eval_dataset", "eval.dataset", o.evalData],
    ["input_key", "data.input_key", "prompt"],
    ["label_key", "data.label_key", "label"],
    ["apply_chat_template", "data.apply_chat_template"],
    ["advantage_estimator", "algo.advantage.estimator", "group_norm"],
    ["n_samples_per_prompt", "rollout.n_samples_per_prompt", String(o.rolloutN)],
    ["rollout_batch_size", "rollout.batch_size", String(rolloutBatch)],
    // One update per step over every response, as the verl launch (mini-batch = B).
    ["train_batch_size", "train.batch_size", String(rolloutBatch * o.rolloutN)],
    ["micro_rollout_batch_size", "rollout.micro_batch_size", "8"],
    ["micro_train_batch_size", "train.micro_batch_size", "2"],
    ["max_len", "data.max_len", String(o.maxPromptLength + o.maxResponseLength)],
    ["max_new_tokens", "rollout.max_new_tokens", String(o.maxResponseLength)],
    ["actor_learning_rate", "actor.adam.lr", String(o.learningRate)],
    ["init_kl_coef", "algo.kl.init_coef", String(o.klCoef)],
    ["use_kl_loss", "algo.kl.use_loss"],
    ["kl_estimator", "algo.kl.estimator", "k3"],
    // OpenRLHF's own filter: keeps groups whose mean reward lies strictly inside the range (design 7.3).
    ["dynamic_filtering", "algo.dynamic_filtering_enable"],
    ["dynamic_filtering_reward_range", "algo.dynamic_filtering_range", "0", "1"],
    ["num_episodes", "train.num_episodes", String(o.epochs)],
    ["zero_stage", "ds.zero_stage", "3"],
    ["param_dtype", "ds.param_dtype", "bf16"],
    ["gradient_checkpointing", "actor.gradient_checkpointing_enable"],
    ["packing_samples", "ds.packing_samples"],
    ["save_path", "ckpt.output_dir", o.saveDir],
  ];
  return settings.map(([flat, dotted, ...values]) => [
    `--${version.style === "flat" ? flat : dotted}`,
    ...values,
  ]);
}

export function openRlhfPlan(o: OpenRlhfLaunchOptions): LaunchPlan {
  const version = openRlhfVersion(o.openrlhfVersion);
  const args = openRlhfArgs(o);
  const steps: LaunchPlan["steps"] = [];
  if (o.nodes > 1) {
    steps.push({
      where: `head node ${o.headAddress}`,
      what: "start the Ray head",
      command: "ray start --head --dashboard-host=0.0.0.0",
    });
    steps.push({
      where: `each of the ${o.nodes - 1} worker nodes`,
      what: "join the Ray cluster",
      command: `ray start --address=${o.headAddress}:6379`,
    });
  } else {
    steps.push({
      where: "the GPU node",
      what: "start Ray",
      command: "ray start --head --dashboard-host=0.0.0.0",
    });
  }
  const address = o.nodes > 1 ? o.headAddress : "127.0.0.1";
  steps.push({
    where: o.nodes > 1 ? "the head node" : "the GPU node",
    what: "train: GRPO (group_norm) with the purpcode remote reward",
    command: formatCommand(
      [
        "ray",
        "job",
        "submit",
        `--address=http://${address}:8265`,
        "--",
        "python3",
        "-m",
        "openrlhf.cli.train_ppo_ray",
      ],
      args,
    ),
  });
  return {
    engine: "openrlhf",
    engineVersion: `OpenRLHF ${version.id} (${version.style} flags)`,
    files: [],
    steps,
  };
}
