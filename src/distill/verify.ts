import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import type { ConversationRow } from "../core/rows.js";
import { JsonlAppender, readJsonl } from "../core/jsonl.js";
import { runJob, type JobSummary } from "../core/job.js";
import type { SampleRecord } from "./sample.js";

/**
 * Verification: every parsed sample is scored by the oracle its row names, through the RL stage's reward
 * function (format gate included), so SFT data and RL rewards agree on what "verified" means. Verdicts are
 * cached by content hash: a rerun, or a later run that drew the same text, re-verifies nothing.
 */

/** What the reward function returns for one response (the RL stage's contract). */
export interface Verdict {
  /** The reward: 1, 0, or a soft value such as 0.8. */
  score: number;
  /** Whether the response counts as verified (passed its oracle). */
  acc: boolean;
  oracle: string;
  /** Whether it passed the format gate. */
  fmt_ok: boolean;
  details?: unknown;
}

/** The reward function: response text plus the row it answers (the conversation so far) in, verdict out. */
export type ScoreFn = (response: string, row: ConversationRow) => Promise<Verdict>;

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

type CachedVerdict = Pick<Verdict, "score" | "acc" | "oracle" | "fmt_ok" | "details">;

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
  samples: string;
  /** The input rows, by task id (ground truth, meta and oracles come from here). */
  rows: Map<string, ConversationRow>;
  output: string;
  cacheFile: string;
  score: ScoreFn;
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
    promise = options
      .score(response, row)
      .then((v) => {
        scored++;
        const verdict: CachedVerdict = { score: v.score, acc: v.acc, oracle: v.oracle, fmt_ok: v.fmt_ok };
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
      input: parsedSamples(options.samples),
      output: options.output,
      id: (s) => s.id,
      outputId: (v) => v.id,
      concurrency: options.concurrency ?? 64,
      quiet: options.quiet,
      inputFiles: options.inputFiles ?? [options.samples],
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
    return { ...summary, scored, cacheHits };
  } finally {
    cache.close();
  }
}
