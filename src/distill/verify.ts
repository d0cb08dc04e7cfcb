import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import type { ConversationRow } from "../core/rows.js";
import { JsonlAppender, readJsonl } from "../core/jsonl.js";
import { runJob, type JobSummary } from "../core/job.js";
import type { SampleRecord } from "./sample.js";
import type { Verdict } from "../verdict/contract.js";

/**
 * Verification: every parsed sample is scored by the oracle its row names, through the verdict floor's reward
 * function (format gate included), so SFT data and RL rewards agree on what "verified" means. Verdicts are
 * cached by content hash: a rerun, or a later run that drew the same text, re-verifies nothing.
 */

/** What the reward function returns for one response: the verdict floor's Verdict. */
export type { Verdict };

/** The reward function: response text plus the row it answers (the conversation so far) in, verdict out. */
export type ScoreFn = (response: string, row: ConversationRow) => Promise<Verdict>;

export interface ScoreItem {
  response: string;
  row: ConversationRow;
}

/** The batched reward function: results in input order. Batches let the oracles group work (analyzer workers). */
export type ScoreBatchFn = (items: ScoreItem[]) => Promise<Verdict[]>;

/** A per-item reward function as a batched one. */
export function batchOf(score: ScoreFn): ScoreBatchFn {
  return (items) => Promise.all(items.map((item) => score(item.response, item.row)));
}

/**
 * Collects the score calls made within a short window into one batch, so per-sample job work still reaches the
 * reward function in batches.
 */
export class ScoreBatcher {
  private queue: Array<{ item: ScoreItem; resolve: (v: Verdict) => void; reject: (e: unknown) => void }> = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  batches = 0;

  constructor(
    private readonly scoreBatch: ScoreBatchFn,
    private readonly maxBatch = 256,
    private readonly waitMs = 2,
  ) {}

  score(item: ScoreItem): Promise<Verdict> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.queue.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.waitMs);
    });
  }

  private flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    this.batches++;
    this.scoreBatch(batch.map((b) => b.item)).then(
      (verdicts) => {
        if (verdicts.length !== batch.length) {
          const error = new Error(`reward returned ${verdicts.length} verdicts for ${batch.length} items`);
          for (const b of batch) b.reject(error);
          return;
        }
        batch.forEach((b, i) => b.resolve(verdicts[i]!));
      },
      (err: unknown) => {
        for (const b of batch) b.reject(err);
      },
    );
  }
}

export interface VerdictRecord {
  id: string;
  unit: string;
  task_id: string;
  k: number;
  turn: number;
  /** Content hash the verdict is cached under. */
  hash: string;
  score: number;
  acc: boolean;
  oracle: string;
  fmt_ok: boolean;
  details?: unknown;
}

/** The row a sample answers: the original row with the conversation the model actually saw. */
export function promptRow(sample: SampleRecord, row: ConversationRow): ConversationRow {
  return { ...row, task_id: sample.unit, messages: sample.messages };
}

/**
 * Everything a verdict depends on: the scorer (e.g. judge model), the response, the conversation, the oracles,
 * the ground truth and the row's meta. Equal hashes mean the verdict can be reused.
 */
export function verdictHash(scorerId: string, response: string, row: ConversationRow): string {
  const material = JSON.stringify({
    scorer: scorerId,
    response,
    messages: row.messages.map((m) => [m.role, m.content]),
    oracles: row.oracles,
    ground_truth: row.ground_truth ?? null,
    meta: row.meta ?? null,
  });
  return createHash("sha256").update(material).digest("hex");
}

interface CachedVerdict {
  score: number;
  acc: boolean;
  oracle: string;
  fmt_ok: boolean;
  details?: unknown;
}

/** Append-only JSONL of `{hash, verdict}`; crash-safe like every JSONL output (a partial last line is cut). */
export class VerdictCache {
  private constructor(
    private readonly entries: Map<string, CachedVerdict>,
    private readonly out: JsonlAppender,
  ) {}

  static async open(file: string): Promise<VerdictCache> {
    const entries = new Map<string, CachedVerdict>();
    if (existsSync(file)) {
      for await (const { value } of readJsonl(file)) {
        const { hash, verdict } = value as { hash: string; verdict: CachedVerdict };
        entries.set(hash, verdict);
      }
    }
    return new VerdictCache(entries, await JsonlAppender.open(file));
  }

  get size(): number {
    return this.entries.size;
  }

  get(hash: string): CachedVerdict | undefined {
    return this.entries.get(hash);
  }

  set(hash: string, verdict: CachedVerdict): void {
    this.entries.set(hash, verdict);
    this.out.append([{ hash, verdict }]);
  }

  close(): void {
    this.out.close();
  }
}

export interface VerifyOptions {
  samplesFile: string;
  /** The input rows, by task id (ground truth, meta and oracles come from here). */
  rows: Map<string, ConversationRow>;
  output: string;
  cacheFile: string;
  score: ScoreBatchFn;
  /** Largest batch handed to the reward function. */
  maxBatch?: number;
  /** Identifies the scorer's configuration (judge model, analyzer version ...) in the cache key. */
  scorerId: string;
  concurrency?: number;
  quiet?: boolean;
  inputFiles?: string[];
}

export interface VerifySummary extends JobSummary {
  /** Verdicts computed in this run (the reward function was called). */
  scored: number;
  /** Verdicts taken from the cache. */
  cacheHits: number;
  /** Calls of the batched reward function. */
  batches: number;
}

/** Samples worth verifying: those that parsed. */
async function* parsedSamples(file: string): AsyncGenerator<SampleRecord> {
  for await (const { value } of readJsonl(file)) {
    const sample = value as SampleRecord;
    if (sample.status === "ok") yield sample;
  }
}

export async function verifySamples(options: VerifyOptions): Promise<VerifySummary> {
  const cache = await VerdictCache.open(options.cacheFile);
  const concurrency = options.concurrency ?? 256;
  const batcher = new ScoreBatcher(options.score, options.maxBatch ?? concurrency);
  // Equal content in flight at once is scored once.
  const pending = new Map<string, Promise<CachedVerdict>>();
  let scored = 0;
  let cacheHits = 0;
  const verdictOf = (hash: string, response: string, row: ConversationRow): Promise<CachedVerdict> => {
    const hit = cache.get(hash);
    if (hit) {
      cacheHits++;
      return Promise.resolve(hit);
    }
    let promise = pending.get(hash);
    if (promise) {
      cacheHits++;
      return promise;
    }
    promise = batcher
      .score({ response, row })
      .then((v) => {
        scored++;
        const verdict: CachedVerdict = {
          score: v.score,
          acc: Boolean(v.acc),
          oracle: v.oracle,
          fmt_ok: v.fmt_ok,
        };
        if (v.details !== undefined) verdict.details = v.details;
        cache.set(hash, verdict);
        return verdict;
      })
      .finally(() => pending.delete(hash));
    pending.set(hash, promise);
    return promise;
  };
  try {
    const summary = await runJob<SampleRecord, VerdictRecord>({
      name: "distill verify",
      input: parsedSamples(options.samplesFile),
      output: options.output,
      id: (s) => s.id,
      outputId: (v) => v.id,
      concurrency,
      quiet: options.quiet,
      inputFiles: options.inputFiles ?? [options.samplesFile],
      parameters: { scorer: options.scorerId },
      work: async (sample) => {
        const row = options.rows.get(sample.task_id);
        if (!row) throw new Error(`sample ${sample.id}: no input row with task_id ${sample.task_id}`);
        const prompt = promptRow(sample, row);
        const response = sample.response!;
        const hash = verdictHash(options.scorerId, response, prompt);
        const verdict = await verdictOf(hash, response, prompt);
        return {
          id: sample.id,
          unit: sample.unit,
          task_id: sample.task_id,
          k: sample.k,
          turn: sample.turn,
          hash,
          ...verdict,
        };
      },
    });
    return { ...summary, scored, cacheHits, batches: batcher.batches };
  } finally {
    cache.close();
  }
}
