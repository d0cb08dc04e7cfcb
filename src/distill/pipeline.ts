import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { InputError } from "../core/errors.js";
import { readJsonl, writeFileAtomic, writeJsonl } from "../core/jsonl.js";
import { runJob, type JobSummary } from "../core/job.js";
import { ConversationRowSchema, type ConversationRow } from "../core/rows.js";
import {
  AxolotlConfigSchema,
  AxolotlRowSchema,
  TrlRowSchema,
  axolotlConfig,
  toSftRow,
  toTrlRow,
  trlScript,
  ZERO3_FILE,
  zero3Json,
} from "./export.js";
import { ruleContextOf } from "./guideline.js";
import { buildReport, type DistillReport } from "./report.js";
import { chainsOf, sampleChain, userTurns, type SampleOptions, type SampleRecord } from "./sample.js";
import { selectBest, type Selection } from "./select.js";
import { verifySamples, type ScoreBatchFn, type VerifySummary } from "./verify.js";
import { parse } from "yaml";
import type { z } from "zod";
import { DISTILL_DEFAULTS } from "./settings.js";

/** Where each stage of a distillation run writes, under one directory. */
export interface DistillLayout {
  dir: string;
  samplesFile: string;
  verdicts: string;
  verdictCache: string;
  selected: string;
  easy: string;
  sft: string;
  trl: string;
  axolotl: string;
  trlScript: string;
  /** The DeepSpeed ZeRO-3 config both SFT configs reference. */
  deepspeed: string;
  report: string;
}

export function distillLayout(dir: string): DistillLayout {
  return {
    dir,
    samplesFile: join(dir, "samples.jsonl"),
    verdicts: join(dir, "verdicts.jsonl"),
    verdictCache: join(dir, "verdict-cache.jsonl"),
    selected: join(dir, "selected.jsonl"),
    easy: join(dir, "easy.jsonl"),
    sft: join(dir, "sft.jsonl"),
    trl: join(dir, "sft-trl.jsonl"),
    axolotl: join(dir, "axolotl.yaml"),
    trlScript: join(dir, "train_sft_trl.py"),
    deepspeed: join(dir, ZERO3_FILE),
    report: join(dir, "report.json"),
  };
}

/** Reads and validates the prompt rows; every row needs a user turn, and task ids must be unique. */
export async function loadPromptRows(file: string): Promise<ConversationRow[]> {
  const rows: ConversationRow[] = [];
  const seen = new Set<string>();
  for await (const { value, line } of readJsonl(file, { schema: ConversationRowSchema })) {
    if (userTurns(value) === 0) throw new InputError("row has no user message to answer", { file, line });
    if (value.oracles.length === 0)
      throw new InputError("oracles: the row names no oracle to verify with", { file, line });
    if (seen.has(value.task_id)) throw new InputError(`duplicate task_id '${value.task_id}'`, { file, line });
    try {
      ruleContextOf(value);
    } catch (err) {
      throw new InputError((err as Error).message, { file, line });
    }
    seen.add(value.task_id);
    rows.push(value);
  }
  return rows;
}

export interface SampleStageOptions extends SampleOptions {
  input: string;
  layout: DistillLayout;
  /** Chains (row x k) in flight. */
  concurrency?: number;
  quiet?: boolean;
}

export async function runSampleStage(options: SampleStageOptions): Promise<JobSummary> {
  const rows = await loadPromptRows(options.input);
  const k = options.samples ?? DISTILL_DEFAULTS.samples;
  return runJob({
    name: "distill sample",
    input: chainsOf(rows, k),
    total: rows.length * k,
    output: options.layout.samplesFile,
    id: (c) => c.id,
    outputId: (s: SampleRecord) => s.chain,
    concurrency: options.concurrency ?? 32,
    quiet: options.quiet,
    inputFiles: [options.input],
    parameters: {
      model: options.provider.id,
      samples: k,
      temperature: options.temperature ?? 0.8,
      top_p: options.top_p ?? null,
      max_tokens: options.max_tokens ?? null,
      seed: options.seed ?? null,
      rule_book: options.rules?.size ?? 0,
    },
    work: (chain) => sampleChain(chain, options),
  });
}

export interface VerifyStageOptions {
  input: string;
  layout: DistillLayout;
  score: ScoreBatchFn;
  scorerId: string;
  concurrency?: number;
  maxBatch?: number;
  quiet?: boolean;
}

export async function runVerifyStage(options: VerifyStageOptions): Promise<VerifySummary> {
  const rows = await loadPromptRows(options.input);
  return verifySamples({
    samplesFile: options.layout.samplesFile,
    rows: new Map(rows.map((r) => [r.task_id, r])),
    output: options.layout.verdicts,
    cacheFile: options.layout.verdictCache,
    score: options.score,
    scorerId: options.scorerId,
    concurrency: options.concurrency,
    maxBatch: options.maxBatch,
    quiet: options.quiet,
    inputFiles: [options.input, options.layout.samplesFile],
  });
}

export interface SelectStageOptions {
  input: string;
  layout: DistillLayout;
  samplesPerPrompt?: number;
  easyThreshold?: number;
  verifiedScore?: number;
}

export async function runSelectStage(
  options: SelectStageOptions,
): Promise<{ selection: Selection; report: DistillReport }> {
  const rows = await loadPromptRows(options.input);
  for (const [file, stage] of [
    [options.layout.samplesFile, "sample"],
    [options.layout.verdicts, "verify"],
  ] as const) {
    if (!existsSync(file))
      throw new InputError(`no ${stage} output here`, {
        file,
        hint: `run \`purpcode distill ${stage}\` first`,
      });
  }
  const selection = await selectBest({
    rows,
    samplesFile: options.layout.samplesFile,
    verdicts: options.layout.verdicts,
    samplesPerPrompt: options.samplesPerPrompt ?? DISTILL_DEFAULTS.samples,
    easyThreshold: options.easyThreshold,
    verifiedScore: options.verifiedScore,
  });
  await writeJsonl(options.layout.selected, selection.selected);
  await writeJsonl(options.layout.easy, selection.easy);
  const report = buildReport(selection.units);
  await writeFileAtomic(options.layout.report, JSON.stringify(report, null, 2) + "\n");
  return { selection, report };
}

export interface ExportStageOptions {
  layout: DistillLayout;
  /** The aligned model's system prompt, put where the guideline was. */
  systemPrompt: string;
  baseModel: string;
  /** A dry run's label: every row gets `dry_run: true` and the axolotl config a first line saying so. */
  dryRun?: string;
}

export interface ExportSummary {
  rows: number;
  files: string[];
}

/** Writes the SFT files and checks every one against its engine's contract before returning. */
export async function runExportStage(options: ExportStageOptions): Promise<ExportSummary> {
  const { layout } = options;
  if (!existsSync(layout.selected)) {
    throw new InputError("no select output here", {
      file: layout.selected,
      hint: "run `purpcode distill select` first",
    });
  }
  const sft = [];
  for await (const { value } of readJsonl(layout.selected)) {
    const row = toSftRow(value as Parameters<typeof toSftRow>[0], options.systemPrompt);
    sft.push(options.dryRun ? { ...row, dry_run: true as const } : row);
  }
  sft.forEach((row, i) => check(AxolotlRowSchema, row, `${layout.sft} row ${i + 1}`));
  const trl = sft.map(toTrlRow);
  trl.forEach((row, i) => check(TrlRowSchema, row, `${layout.trl} row ${i + 1}`));
  await writeJsonl(layout.sft, sft);
  await writeJsonl(layout.trl, trl);
  // Paths relative to the directory the files live in, where the user runs the engine.
  const dataPath = (file: string) => relative(resolve(layout.dir), resolve(file)) || file;
  const yaml = axolotlConfig({
    baseModel: options.baseModel,
    dataPath: dataPath(layout.sft),
    dryRun: options.dryRun,
  });
  check(AxolotlConfigSchema, parse(yaml), layout.axolotl);
  await writeFileAtomic(layout.axolotl, yaml);
  await writeFile(
    layout.trlScript,
    trlScript({ baseModel: options.baseModel, dataPath: dataPath(layout.trl) }),
    {
      mode: 0o755,
    },
  );
  await writeFileAtomic(layout.deepspeed, zero3Json());
  return {
    rows: sft.length,
    files: [layout.sft, layout.trl, layout.axolotl, layout.trlScript, layout.deepspeed],
  };
}

function check(schema: z.ZodType, value: unknown, where: string): void {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InputError(`${where}: ${issue.path.map(String).join(".") || "(row)"}: ${issue.message}`);
  }
}
