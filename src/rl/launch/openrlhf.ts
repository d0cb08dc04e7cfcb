import { formatCommand, type GrpoLaunchSettings, type LaunchPlan } from "./shell.js";

/** Flat `--remote_rm_url` flags of OpenRLHF 0.9; newer releases spell it `--reward.remote_url`. */
export const OPENRLHF_VERSION = "OpenRLHF 0.9.x (flat flags: --remote_rm_url)";

export interface OpenRlhfLaunchOptions extends GrpoLaunchSettings {
  /** JSONL with `prompt` (chat messages) and `label` (written by `purpcode rl prepare`). */
  promptData: string;
  evalData: string;
  saveDir: string;
}

export function openRlhfPlan(o: OpenRlhfLaunchOptions): LaunchPlan {
  const gpus = o.nodes * o.gpusPerNode;
  const rolloutBatch = o.promptsPerGpu * gpus;
  const urls = o.rewardUrls.map((u) => `${u.replace(/\/+$/, "")}/get_reward`).join(",");
  const args: string[][] = [
    ["--ref_num_nodes", String(o.nodes)],
    ["--ref_num_gpus_per_node", String(o.gpusPerNode)],
    ["--actor_num_nodes", String(o.nodes)],
    ["--actor_num_gpus_per_node", String(o.gpusPerNode)],
    ["--vllm_num_engines", String(gpus)],
    ["--vllm_tensor_parallel_size", "1"],
    ["--vllm_gpu_memory_utilization", "0.6"],
    ["--colocate_all_models"],
    ["--pretrain", o.model],
    ["--remote_rm_url", urls],
    ["--prompt_data", o.promptData],
    ["--eval_dataset", o.evalData],
    ["--input_key", "prompt"],
    ["--label_key", "label"],
    ["--apply_chat_template"],
    ["--advantage_estimator", "group_norm"],
    ["--n_samples_per_prompt", String(o.rolloutN)],
    ["--rollout_batch_size", String(rolloutBatch)],
    ["--train_batch_size", String((rolloutBatch * o.rolloutN) / 4)],
    ["--micro_rollout_batch_size", "8"],
    ["--micro_train_batch_size", "2"],
    ["--prompt_max_len", String(o.maxPromptLength)],
    ["--generate_max_len", String(o.maxResponseLength)],
    ["--actor_learning_rate", String(o.learningRate)],
    ["--init_kl_coef", String(o.klCoef)],
    ["--use_kl_loss"],
    ["--kl_estimator", "k3"],
    // Groups whose rewards are all equal carry no GRPO signal (design 7.3).
    ["--dynamic_filtering"],
    ["--dynamic_filtering_reward_range", "0", "1"],
    ["--num_episodes", String(o.epochs)],
    ["--zero_stage", "3"],
    ["--bf16"],
    ["--gradient_checkpointing"],
    ["--packing_samples"],
    ["--save_path", o.saveDir],
  ];
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
  return { engine: "openrlhf", engineVersion: OPENRLHF_VERSION, files: [], steps };
}
