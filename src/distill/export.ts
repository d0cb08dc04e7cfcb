import { stringify } from "yaml";
import { z } from "zod";
import type { Message } from "../core/rows.js";
import { MessageSchema, TaskIdSchema } from "../core/rows.js";
import { answerPart, splitResponse } from "../judges/format.js";
import type { SelectedSample } from "./select.js";

/**
 * SFT outputs (design 7.1, integrations.md): JSONL rows with per-message `train` for axolotl, a prompt /
 * completion form for TRL, a ready axolotl config and a TRL SFT script. The guideline used while sampling is
 * not in any of them: the aligned system prompt takes its place, so the model learns to reason without it.
 */

/** The axolotl version every generated axolotl config is written for (its schema was checked: 0.18). */
export const AXOLOTL_VERSION = "0.18";
/** The TRL version the generated script was written for. */
export const TRL_VERSION = "0.24";

/**
 * The paper's SFT hyper-parameters (its axolotl config): lr 5e-6, 1 epoch, sequences of 4096 tokens packed,
 * REX schedule after 32 warm-up steps, micro-batch 2 without accumulation, DeepSpeed ZeRO-3.
 */
export const SFT_DEFAULTS = {
  learningRate: 5e-6,
  epochs: 1,
  sequenceLen: 4096,
  warmupSteps: 32,
  /** axolotl's REX scheduler; TRL (transformers) has none, see TRL_SCHEDULER. */
  lrScheduler: "rex",
  microBatchSize: 2,
  gradientAccumulation: 1,
};

/** transformers has no REX schedule; linear decay after warm-up is the nearest it offers. */
export const TRL_SCHEDULER = "linear";

/** The DeepSpeed config both SFT engines reference, written beside their config. */
export const ZERO3_FILE = "zero3_bf16.json";

/** DeepSpeed ZeRO-3 with bf16, as PurpCode trained its SFT stage; "auto" values are filled in by the HF trainer. */
export const ZERO3_CONFIG = {
  zero_optimization: {
    stage: 3,
    overlap_comm: true,
    contiguous_gradients: true,
    sub_group_size: 0,
    reduce_bucket_size: "auto",
    stage3_prefetch_bucket_size: "auto",
    stage3_param_persistence_threshold: "auto",
    stage3_max_live_parameters: 0,
    stage3_max_reuse_distance: 0,
    stage3_gather_16bit_weights_on_model_save: true,
  },
  bf16: { enabled: "auto" },
  fp16: { enabled: "auto" },
  gradient_accumulation_steps: "auto",
  gradient_clipping: "auto",
  train_batch_size: "auto",
  train_micro_batch_size_per_gpu: "auto",
  wall_clock_breakdown: false,
};

export function zero3Json(): string {
  return JSON.stringify(ZERO3_CONFIG, null, 2) + "\n";
}

export interface SftMessage extends Message {
  train: boolean;
}

export interface SftRow {
  task_id: string;
  messages: SftMessage[];
  score: number;
  oracle: string;
  /** Written only by a dry run: the row comes from a scripted stand-in model and must not be trained on. */
  dry_run?: true;
}

export interface TrlRow {
  task_id: string;
  prompt: Message[];
  completion: Message[];
  dry_run?: true;
}

/**
 * One SFT row: the aligned system prompt (with the row's own system text after it, if it had one), the
 * conversation with earlier assistant turns reduced to their answer part, and the selected response as the only
 * trained turn.
 */
export function toSftRow(selected: SelectedSample, systemPrompt: string): SftRow {
  const rowSystem = selected.messages
    .filter((m) => m.role === "system")
    .map((m) => m.content)
    .join("\n\n");
  const messages: SftMessage[] = [
    { role: "system", content: rowSystem ? `${systemPrompt}\n\n${rowSystem}` : systemPrompt, train: false },
  ];
  for (const m of selected.messages) {
    if (m.role === "system") continue;
    const content = m.role === "assistant" ? answerPart(m.content) : m.content;
    messages.push({ role: m.role, content, train: false });
  }
  messages.push({ role: "assistant", content: selected.response, train: true });
  return { task_id: selected.unit, messages, score: selected.score, oracle: selected.oracle };
}

/** TRL's conversational prompt/completion form: the loss is on the completion only. */
export function toTrlRow(row: SftRow): TrlRow {
  const plain = (m: SftMessage): Message => ({ role: m.role, content: m.content });
  return {
    task_id: row.task_id,
    prompt: row.messages.slice(0, -1).map(plain),
    completion: [plain(row.messages.at(-1)!)],
    ...(row.dry_run ? { dry_run: true as const } : {}),
  };
}

// ---- Contracts (integrations.md), checked on every export and by the tests. ----

/** axolotl chat_template rows: `messages` of {role, content, train}; exactly the last assistant turn trains. */
export const AxolotlRowSchema = z
  .object({
    task_id: TaskIdSchema,
    messages: z
      .array(MessageSchema.extend({ train: z.boolean() }))
      .min(2)
      .superRefine((messages, ctx) => {
        const trained = messages.flatMap((m, i) => (m.train ? [i] : []));
        const last = messages.length - 1;
        if (trained.length !== 1 || trained[0] !== last || messages[last]!.role !== "assistant") {
          ctx.addIssue({
            code: "custom",
            message: "exactly the last message, an assistant turn, must have train: true",
          });
        }
        if (messages[0]!.role !== "system")
          ctx.addIssue({ code: "custom", message: "must start with the system prompt" });
        for (const [i, m] of messages.entries()) {
          if (m.role === "assistant" && i < last && splitResponse(m.content) !== undefined) {
            ctx.addIssue({
              code: "custom",
              path: [i],
              message: "earlier assistant turns keep their answer part only",
            });
          }
        }
      }),
    score: z.number(),
    oracle: z.string(),
    dry_run: z.literal(true).optional(),
  })
  .strict();

const PlainMessage = z
  .object({ role: z.enum(["system", "user", "assistant"]), content: z.string() })
  .strict();

/** TRL conversational prompt/completion rows. */
export const TrlRowSchema = z
  .object({
    task_id: z.string(),
    prompt: z.array(PlainMessage).min(1),
    completion: z
      .array(PlainMessage)
      .length(1)
      .refine((c) => c[0]!.role === "assistant", "the completion is one assistant turn"),
    dry_run: z.literal(true).optional(),
  })
  .strict();

/** The part of an axolotl config this stage relies on (integrations.md, axolotl). */
export const AxolotlConfigSchema = z
  .object({
    base_model: z.string().min(1),
    chat_template: z.string().min(1),
    datasets: z
      .array(
        z
          .object({
            path: z.string().min(1),
            ds_type: z.literal("json"),
            type: z.literal("chat_template"),
            field_messages: z.literal("messages"),
            message_property_mappings: z.object({ role: z.literal("role"), content: z.literal("content") }),
            message_field_training: z.literal("train"),
            roles_to_train: z.array(z.string()),
            train_on_eos: z.literal("turn"),
          })
          .strict(),
      )
      .min(1),
    deepspeed: z.string().regex(/zero3/, "PurpCode trained SFT with DeepSpeed ZeRO-3"),
    train_on_inputs: z.literal(false),
  })
  .passthrough();

export interface AxolotlOptions {
  baseModel: string;
  /** Path of the SFT JSONL as axolotl will see it. */
  dataPath: string;
  outputDir?: string;
  sequenceLen?: number;
  epochs?: number;
  learningRate?: number;
  microBatchSize?: number;
  gradientAccumulation?: number;
  warmupSteps?: number;
  lrScheduler?: string;
  /** DeepSpeed config path as axolotl sees it (default: ZERO3_FILE, written beside the config). */
  deepspeed?: string;
  /** A dry run's label, written as the config's first line. */
  dryRun?: string;
}

/** The axolotl config as data: the one generator for `distill export` and `rl launch --engine axolotl`. */
export function axolotlConfigObject(options: AxolotlOptions): Record<string, unknown> {
  const outputDir = options.outputDir ?? "./outputs/purpcode-sft";
  return {
    base_model: options.baseModel,
    // The model's own chat template, so training and serving format turns identically.
    chat_template: "tokenizer_default",
    datasets: [
      {
        path: options.dataPath,
        ds_type: "json",
        type: "chat_template",
        field_messages: "messages",
        message_property_mappings: { role: "role", content: "content" },
        // The per-message flag decides what is trained: only the last assistant turn.
        message_field_training: "train",
        roles_to_train: ["assistant"],
        train_on_eos: "turn",
      },
    ],
    train_on_inputs: false,
    dataset_prepared_path: `${outputDir}/prepared`,
    val_set_size: 0,
    output_dir: outputDir,
    sequence_len: options.sequenceLen ?? SFT_DEFAULTS.sequenceLen,
    sample_packing: true,
    pad_to_sequence_len: true,
    micro_batch_size: options.microBatchSize ?? SFT_DEFAULTS.microBatchSize,
    gradient_accumulation_steps: options.gradientAccumulation ?? SFT_DEFAULTS.gradientAccumulation,
    num_epochs: options.epochs ?? SFT_DEFAULTS.epochs,
    optimizer: "adamw_torch_fused",
    lr_scheduler: options.lrScheduler ?? SFT_DEFAULTS.lrScheduler,
    learning_rate: options.learningRate ?? SFT_DEFAULTS.learningRate,
    warmup_steps: options.warmupSteps ?? SFT_DEFAULTS.warmupSteps,
    max_grad_norm: 1.0,
    weight_decay: 0.0,
    bf16: "auto",
    tf32: true,
    gradient_checkpointing: true,
    flash_attention: true,
    logging_steps: 1,
    save_strategy: "epoch",
    deepspeed: options.deepspeed ?? ZERO3_FILE,
  };
}

export function axolotlConfig(options: AxolotlOptions): string {
  const config = axolotlConfigObject(options);
  const header = [
    `# axolotl SFT config written by purpcode distill export (for axolotl ${AXOLOTL_VERSION}).`,
    ...(options.dryRun ? [`# ${options.dryRun}: do not train on this data.`] : []),
    "# Rows: {messages: [{role, content, train}]}; only the last assistant turn has train: true.",
    `# Run in this folder (${ZERO3_FILE} is beside it): accelerate launch -m axolotl.cli.train axolotl.yaml`,
  ];
  return `${header.join("\n")}\n${stringify(config, { lineWidth: 0 })}`;
}

export interface TrlScriptOptions {
  baseModel: string;
  dataPath: string;
  outputDir?: string;
  learningRate?: number;
  epochs?: number;
  sequenceLen?: number;
  warmupSteps?: number;
}

/** A TRL SFT script: prompt/completion rows, loss on the completion only. */
export function trlScript(options: TrlScriptOptions): string {
  const py = (s: string) => JSON.stringify(s);
  return `#!/usr/bin/env python3
"""SFT on purpcode distill output with TRL ${TRL_VERSION} (written by purpcode distill export).

Rows are conversational prompt/completion pairs; TRL computes the loss on the completion only.
Run: accelerate launch --num_processes <GPUs> train_sft_trl.py   (DeepSpeed ZeRO-3 from ${ZERO3_FILE} beside it)
"""
import os

from datasets import load_dataset
from trl import SFTConfig, SFTTrainer

BASE_MODEL = ${py(options.baseModel)}
DATA = ${py(options.dataPath)}
OUTPUT_DIR = ${py(options.outputDir ?? "./outputs/purpcode-sft-trl")}
DEEPSPEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), ${py(ZERO3_FILE)})


def main() -> None:
    dataset = load_dataset("json", data_files=DATA, split="train")
    dataset = dataset.remove_columns([c for c in dataset.column_names if c not in ("prompt", "completion")])
    config = SFTConfig(
        output_dir=OUTPUT_DIR,
        completion_only_loss=True,
        max_length=${options.sequenceLen ?? SFT_DEFAULTS.sequenceLen},
        num_train_epochs=${options.epochs ?? SFT_DEFAULTS.epochs},
        learning_rate=${options.learningRate ?? SFT_DEFAULTS.learningRate},
        # The paper used axolotl's REX schedule; transformers has none, linear decay is the nearest.
        lr_scheduler_type=${py(TRL_SCHEDULER)},
        warmup_steps=${options.warmupSteps ?? SFT_DEFAULTS.warmupSteps},
        per_device_train_batch_size=${SFT_DEFAULTS.microBatchSize},
        gradient_accumulation_steps=${SFT_DEFAULTS.gradientAccumulation},
        max_grad_norm=1.0,
        deepspeed=DEEPSPEED,
        gradient_checkpointing=True,
        bf16=True,
        logging_steps=1,
        save_strategy="epoch",
    )
    trainer = SFTTrainer(model=BASE_MODEL, args=config, train_dataset=dataset)
    trainer.train()
    trainer.save_model(OUTPUT_DIR)


if __name__ == "__main__":
    main()
`;
}
