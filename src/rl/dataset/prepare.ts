import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { InputError } from "../../core/errors.js";
import { readJsonl, writeJsonl } from "../../core/jsonl.js";
import { fileDigest, writeProvenance, TOOL_VERSION } from "../../core/provenance.js";
import { ConversationRowSchema, type ConversationRow } from "../../core/rows.js";
import { mixAndSplit, presetWeights, type MixPlan, type MixPreset } from "./mix.js";
import { writeVerlParquet } from "./parquet.js";
import { type MultiTurnRows, toVerlRow, type VerlRow } from "./verl-row.js";

/** A preset cannot weigh these sources (an objective without rows, a source without an objective). */
export class PresetError extends InputError {}

export interface PromptSource {
  /** A JSONL file of conversation rows (each naming its oracle). */
  file: string;
  /** Share of the mix; omit on every source to take all rows. */
  weight?: number;
  name?: string;
  /** The objective the rows serve (code, codesec, secqa, safety): what a preset weighs by. */
  objective?: string;
}

export interface PrepareOptions {
  sources: PromptSource[];
  outDir: string;
  /** The aligned system prompt every RL prompt starts with. */
  systemPrompt: string;
  /** Files of task ids the distillation stage found easy (one id per line, or JSONL rows with task_id). */
  easyIds?: string[];
  testFraction?: number;
  /** Total rows (train + test); default: as many as the weights allow without repeating a row. */
  size?: number;
  seed?: number;
  /** A named mixture (MIX_PRESETS): weights by each source's objective instead of per-source weights. */
  preset?: MixPreset;
  /** Rows with consecutive user turns: merged into one (default) or kept (see toVerlRow). */
  multiTurn?: MultiTurnRows;
  /** A dry run's label, written into the parquet files' metadata. */
  dryRun?: string;
}

export interface PrepareSummary {
  train: string;
  test: string;
  openrlhf: { train: string; test: string };
  rows: { train: number; test: number };
  removed: { easy: number; duplicate: number };
  mix: MixPlan[];
  oracles: Record<string, number>;
}

/** Reads an "easy ids" file: plain ids one per line, or JSONL rows carrying `task_id`. */
export async function readIdList(file: string): Promise<Set<string>> {
  if (!existsSync(file)) throw new InputError("file not found", { file });
  const ids = new Set<string>();
  const lines = (await readFile(file, "utf8")).split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith("{")) {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new InputError(`malformed JSON: ${(err as Error).message}`, { file, line: i + 1 });
      }
      const id = (value as { task_id?: unknown }).task_id;
      if (typeof id !== "string") throw new InputError("row has no string task_id", { file, line: i + 1 });
      ids.add(id);
    } else ids.add(line);
  });
  return ids;
}

/**
 * `purpcode rl prepare`: prompt sets -> verl parquet (train + held-out test) and the same rows as OpenRLHF JSONL
 * (`prompt` messages + `label`, a JSON string the reward service understands).
 */
export async function prepareRlData(options: PrepareOptions): Promise<PrepareSummary> {
  const started = Date.now();
  const easy = new Set<string>();
  for (const file of options.easyIds ?? []) for (const id of await readIdList(file)) easy.add(id);
  const seen = new Set<string>();
  let removedEasy = 0;
  let removedDuplicate = 0;
  const sources = [];
  for (const source of options.sources) {
    const rows: ConversationRow[] = [];
    for await (const { value, line } of readJsonl(source.file, { schema: ConversationRowSchema })) {
      if (value.oracles.length === 0)
        throw new InputError(`row ${value.task_id} names no oracle`, { file: source.file, line });
      if (easy.has(value.task_id)) {
        removedEasy++;
        continue;
      }
      if (seen.has(value.task_id)) {
        removedDuplicate++;
        continue;
      }
      seen.add(value.task_id);
      rows.push(value);
    }
    sources.push({
      name: source.name ?? basename(source.file).replace(/\.jsonl(\.gz)?$/, ""),
      rows,
      weight: source.weight as number | undefined,
    });
  }
  const weighted = options.sources.filter((s) => s.weight !== undefined).length;
  if (options.preset) {
    if (weighted > 0)
      throw new InputError(`preset ${options.preset} sets the weights: drop the :weight suffixes`);
    const weights = presetWeights(
      options.preset,
      sources.map((s, i) => ({
        name: s.name,
        objective: options.sources[i]!.objective,
        available: s.rows.length,
      })),
    );
    if (typeof weights === "string") throw new PresetError(weights);
    sources.forEach((s, i) => (s.weight = weights[i]));
  } else if (weighted > 0 && weighted < options.sources.length)
    throw new InputError("give a weight to every source or to none");
  const testFraction = options.testFraction ?? 0.02;
  if (!(testFraction >= 0 && testFraction < 1))
    throw new InputError(`test fraction must be in [0, 1), got ${testFraction}`);
  const seed = options.seed ?? 0;
  const mix = mixAndSplit(sources, { seed, testFraction, size: options.size });
  const toRows = (rows: ConversationRow[], split: string): VerlRow[] =>
    rows.map((row, index) =>
      toVerlRow(row, { systemPrompt: options.systemPrompt, split, index, multiTurn: options.multiTurn }),
    );
  const train = toRows(mix.train, "train");
  const test = toRows(mix.test, "test");
  const files = {
    train: join(options.outDir, "train.parquet"),
    test: join(options.outDir, "test.parquet"),
    openrlhf: {
      train: join(options.outDir, "train.openrlhf.jsonl"),
      test: join(options.outDir, "test.openrlhf.jsonl"),
    },
  };
  await writeVerlParquet(files.train, train, { dryRun: options.dryRun });
  await writeVerlParquet(files.test, test, { dryRun: options.dryRun });
  await writeJsonl(files.openrlhf.train, train.map(toOpenRlhfRow));
  await writeJsonl(files.openrlhf.test, test.map(toOpenRlhfRow));
  const oracles: Record<string, number> = {};
  for (const row of [...train, ...test]) oracles[row.ability] = (oracles[row.ability] ?? 0) + 1;
  const summary: PrepareSummary = {
    ...files,
    rows: { train: train.length, test: test.length },
    removed: { easy: removedEasy, duplicate: removedDuplicate },
    mix: mix.plan,
    oracles,
  };
  const inputs = [];
  for (const s of options.sources) inputs.push(await fileDigest(s.file));
  for (const f of options.easyIds ?? []) inputs.push(await fileDigest(f));
  await writeProvenance(files.train, {
    name: "rl prepare",
    tool_version: TOOL_VERSION,
    inputs,
    parameters: {
      seed,
      testFraction,
      size: options.size ?? null,
      weights: mix.plan.map((p) => [p.name, p.weight]),
    },
    counts: {
      train: train.length,
      test: test.length,
      easy_removed: removedEasy,
      duplicates_removed: removedDuplicate,
    },
    started_at: new Date(started).toISOString(),
    finished_at: new Date().toISOString(),
    seconds: (Date.now() - started) / 1000,
    node: process.version,
  });
  return summary;
}

/** OpenRLHF row: chat messages under `prompt` (apply_chat_template) and the reward label as one JSON string. */
export function toOpenRlhfRow(row: VerlRow): { prompt: VerlRow["prompt"]; label: string } {
  return {
    prompt: row.prompt,
    label: JSON.stringify({
      data_source: row.data_source,
      ground_truth: row.reward_model.ground_truth,
      extra_info: row.extra_info,
    }),
  };
}
