import { availableParallelism, freemem } from "node:os";

/** The pool's waiting line is full: callers should back off (the service answers 503 + Retry-After). */
export class PoolSaturatedError extends Error {
  constructor(readonly queued: number) {
    super(`sandbox pool saturated (${queued} executions waiting)`);
    this.name = "PoolSaturatedError";
  }
}

export interface PoolOptions {
  /** Executions running at once; default: one per core, fewer if memory is short. */
  concurrency?: number;
  /** Executions allowed to wait for a slot before new ones are refused; default 64 x concurrency. */
  maxQueue?: number;
  /** Memory budgeted per running execution when sizing by memory, MiB. */
  memoryPerExecutionMb?: number;
}

/** One slot per core, capped so that every running execution could use its memory budget at once. */
/**
 * Executions in flight by default: 4 per core, bounded by free memory. A sandboxed run spends much of its life
 * off the CPU (namespace set-up, exec, waiting on its child), so one per core left the cores idle: on 2 cores,
 * HumanEval through the pool went from 33 to 69 executions/s (bench/sandbox, --concurrency 2 vs 8).
 */
export function defaultConcurrency(memoryPerExecutionMb = 512): number {
  const byMemory = Math.floor(freemem() / (memoryPerExecutionMb * 1024 * 1024));
  return Math.max(1, Math.min(4 * availableParallelism(), byMemory));
}

/** Bounded concurrency with a bounded waiting line: back-pressure instead of unbounded spawning. */
export class Pool {
  readonly concurrency: number;
  readonly maxQueue: number;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private idleWaiters: Array<() => void> = [];

  constructor(options: PoolOptions = {}) {
    this.concurrency = Math.max(
      1,
      Math.floor(options.concurrency ?? defaultConcurrency(options.memoryPerExecutionMb)),
    );
    this.maxQueue = Math.max(0, Math.floor(options.maxQueue ?? this.concurrency * 64));
  }

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** True when a new job would be refused. */
  get saturated(): boolean {
    return this.running >= this.concurrency && this.waiting.length >= this.maxQueue;
  }

  /**
   * Runs `job` when a slot is free. With `refuseWhenFull` (the default) it throws PoolSaturatedError at once
   * if the waiting line is full; callers that bound their own load (mapLimit) pass false and just wait.
   */
  async run<T>(job: () => Promise<T>, refuseWhenFull = true): Promise<T> {
    if (this.running >= this.concurrency) {
      if (refuseWhenFull && this.waiting.length >= this.maxQueue)
        throw new PoolSaturatedError(this.waiting.length);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await job();
    } finally {
      // Hand the slot straight to the next waiter; only free it when nobody waits.
      const next = this.waiting.shift();
      if (next) next();
      else {
        this.running--;
        if (this.running === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
      }
    }
  }

  /** Resolves when nothing is running or waiting. */
  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}

/**
 * Maps items through `job` with at most `limit` in flight, keeping input order. Items are taken one by one as
 * slots free up, so a million items never become a million pending promises.
 */
export async function mapLimit<I, O>(
  items: readonly I[],
  limit: number,
  job: (item: I, index: number) => Promise<O>,
): Promise<O[]> {
  const results = new Array<O>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await job(items[index] as I, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
