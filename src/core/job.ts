import { createHash } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import { errorMessage } from "./errors.js";
import { JsonlAppender, readJsonl, truncatedLinesSeen } from "./jsonl.js";
import { Progress } from "./progress.js";
import {
  TOOL_VERSION,
  donePath,
  fileDigest,
  isDone,
  markDone,
  readProvenance,
  writeProvenance,
} from "./provenance.js";

export interface JobOptions<I, O> {
  /** Shown in progress lines and recorded in provenance. */
  name: string;
  /** The rows to process (an array or a stream, e.g. `readJsonl(...)` mapped to values). */
  input: Iterable<I> | AsyncIterable<I>;
  /** Row count for progress and ETA, when known up front. */
  total?: number;
  /** JSONL output; rows already in it are skipped on a rerun. */
  output: string;
  /** Per-row failures go here, one JSON line each (default `<output>.errors.jsonl`); the run goes on. */
  errors?: string;
  /** The identity of an input row. */
  id: (row: I) => string;
  /** Which input id an output row completes (default: its `task_id`). */
  outputId?: (row: O) => string;
  concurrency: number;
  /** Processes one row; may return several output rows (written together, atomically). */
  work: (row: I) => Promise<O | O[]>;
  /** Recorded in provenance. */
  parameters?: Record<string, unknown>;
  /** Input files recorded (with their digests) in provenance. */
  inputFiles?: string[];
  quiet?: boolean;
  progressIntervalS?: number;
  /**
   * Mark the output done even when an input's last line was cut off (and skipped). By default the job is then
   * left unfinished (no `.done`), so the next run reads the repaired input instead of trusting a partial one.
   */
  acceptTruncatedInput?: boolean;
}

export interface JobSummary {
  total: number;
  /** Completed in an earlier run. */
  resumed: number;
  /** Completed in this run. */
  done: number;
  failed: number;
  /** Input rows whose id repeated an earlier row's. */
  duplicates: number;
  seconds: number;
  output: string;
  errors: string;
}

const defaultOutputId = (row: unknown): string => {
  const id = (row as { task_id?: unknown } | null)?.task_id;
  if (typeof id !== "string") throw new Error("output row has no string task_id; pass outputId to the job");
  return id;
};

/**
 * Runs `work` over rows with bounded concurrency, writing each result as soon as it finishes. Crash-safe and
 * resumable: a rerun reads the output, skips finished ids and appends the rest, so after a kill -9 and a rerun
 * every row is present exactly once. Failures are isolated to the errors file and retried by the next run.
 */
export async function runJob<I, O>(options: JobOptions<I, O>): Promise<JobSummary> {
  const started = new Date();
  const errorsFile = options.errors ?? `${options.output}.errors.jsonl`;
  const outputId = options.outputId ?? defaultOutputId;

  const items = itemsDigest(options);
  const fast = await finishedBefore(options, items);
  if (fast) return fast;

  const finished = new Set<string>();
  if (existsSync(options.output)) {
    // Our own output's cut-off last line is a crash leftover the appender repairs: not the user's concern.
    for await (const { value } of readJsonl(options.output, { onTruncated: () => {} }))
      finished.add(outputId(value as O));
  }
  const truncatedBefore = truncatedLinesSeen();
  // Errors of an earlier run are retried now; the file describes this run only.
  rmSync(errorsFile, { force: true });
  rmSync(donePath(options.output), { force: true });

  const out = await JsonlAppender.open(options.output);
  let errors: JsonlAppender | undefined;
  const progress = new Progress({
    label: options.name,
    total: options.total,
    quiet: options.quiet,
    intervalS: options.progressIntervalS,
  });
  const summary: JobSummary = {
    total: 0,
    resumed: 0,
    done: 0,
    failed: 0,
    duplicates: 0,
    seconds: 0,
    output: options.output,
    errors: errorsFile,
  };
  const seen = new Set<string>();
  const inFlight = new Set<Promise<void>>();

  const process1 = async (row: I, id: string): Promise<void> => {
    try {
      const result = await options.work(row);
      out.append(Array.isArray(result) ? result : [result]);
      summary.done++;
      progress.tick(true);
    } catch (err) {
      summary.failed++;
      errors ??= await JsonlAppender.open(errorsFile);
      errors.append([{ id, error: errorMessage(err), at: new Date().toISOString() }]);
      progress.tick(false);
    }
  };

  try {
    for await (const row of options.input) {
      summary.total++;
      const id = options.id(row);
      if (seen.has(id)) {
        summary.duplicates++;
        continue;
      }
      seen.add(id);
      if (finished.has(id)) {
        summary.resumed++;
        progress.tick(true);
        continue;
      }
      // Back-pressure: never read further ahead than the concurrency limit.
      while (inFlight.size >= options.concurrency) await Promise.race(inFlight);
      const task: Promise<void> = process1(row, id).finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
    await Promise.all(inFlight);
  } catch (err) {
    // Bad input mid-stream: keep what is in flight (it is finished work), then report.
    await Promise.allSettled(inFlight);
    throw err;
  } finally {
    out.close();
    errors?.close();
    progress.finish();
  }

  summary.seconds = (Date.now() - started.getTime()) / 1000;
  const counts = {
    total: summary.total,
    resumed: summary.resumed,
    done: summary.done,
    failed: summary.failed,
    duplicates: summary.duplicates,
  };
  await writeProvenance(options.output, {
    name: options.name,
    tool_version: TOOL_VERSION,
    inputs: await Promise.all((options.inputFiles ?? []).map(fileDigest)),
    parameters: options.parameters ?? {},
    counts,
    started_at: started.toISOString(),
    finished_at: new Date().toISOString(),
    seconds: summary.seconds,
    node: process.version,
    ...(items ? { extra: { items_sha256: items } } : {}),
  });
  const truncatedInput = truncatedLinesSeen() > truncatedBefore;
  if (truncatedInput && !options.acceptTruncatedInput)
    process.stderr.write(
      `warning: ${options.name}: an input's last line was cut off (see above): ${options.output} is not marked done\n`,
    );
  if (summary.failed === 0 && (!truncatedInput || options.acceptTruncatedInput))
    await markDone(options.output, counts);
  return summary;
}

/**
 * The ids of an in-memory input, as one digest: the items a job was asked to do depend on options (a limit, a
 * strategy list) that a caller may not think of recording in `parameters`, and the fast path must not take a
 * job over other items for finished.
 */
function itemsDigest<I, O>(options: JobOptions<I, O>): string | undefined {
  // Only jobs that can take the fast path (they name their input files) need it.
  if (!Array.isArray(options.input) || !options.inputFiles?.length) return undefined;
  const hash = createHash("sha256");
  for (const item of options.input as I[]) hash.update(options.id(item)).update("\n");
  return hash.digest("hex");
}

/**
 * The `.done` fast path: a job that finished under the same parameters from byte-identical input files (and,
 * for an in-memory input, the same item ids) is not re-read row by row (hashing the inputs costs far less than
 * parsing them and the output). Only for jobs that name their input files.
 */
async function finishedBefore<I, O>(
  options: JobOptions<I, O>,
  items: string | undefined,
): Promise<JobSummary | undefined> {
  if (!options.inputFiles?.length || !isDone(options.output) || !existsSync(options.output)) return undefined;
  const previous = await readProvenance(options.output).catch(() => undefined);
  if (!previous) return undefined;
  if (JSON.stringify(previous.parameters) !== JSON.stringify(options.parameters ?? {})) return undefined;
  if (items !== undefined && previous.extra?.items_sha256 !== items) return undefined;
  const digests = await Promise.all(
    options.inputFiles.map((f) => (existsSync(f) ? fileDigest(f) : undefined)),
  );
  const same =
    digests.length === previous.inputs.length &&
    digests.every(
      (d, i) => d && d.path === previous.inputs[i]!.path && d.sha256 === previous.inputs[i]!.sha256,
    );
  if (!same) return undefined;
  const c = previous.counts;
  return {
    total: c.total ?? 0,
    resumed: (c.resumed ?? 0) + (c.done ?? 0),
    done: 0,
    failed: 0,
    duplicates: c.duplicates ?? 0,
    seconds: 0,
    output: options.output,
    errors: options.errors ?? `${options.output}.errors.jsonl`,
  };
}
