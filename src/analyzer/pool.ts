import { availableParallelism } from "node:os";
import { bundleIsCurrent } from "../core/bundle.js";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { runItem, type BatchItem, type BatchResult } from "./batch.js";
import type { FileJob, FileResult } from "./file-scan.js";
import { loadGrammars } from "./parse/index.js";
import { selectRules } from "./registry.js";
import { refreezeYoungGeneration } from "./heap.js";
import { anyTrigger } from "./engine.js";
import type { Language } from "./types.js";

export interface PoolOptions {
  /** Worker threads; 0 analyses in the calling thread. Default: available cores. */
  size?: number;
  /** Items per message: large enough to amortise postMessage, small enough to balance load. */
  chunkSize?: number;
}

type Job =
  { id: number; items: BatchItem[] } | { id: number; files: FileJob[] } | { id: number; warm: Language[] };

interface Pending {
  resolve: (r: BatchResult[] | FileResult[]) => void;
  reject: (e: Error) => void;
}

/**
 * The worker to start: the bundled or compiled worker.js (below), or, when running from TypeScript sources
 * (vitest, tsx), a tiny bootstrap that registers tsx's loader inside the worker and then imports worker.ts.
 */
function startWorker(): Worker {
  const self = fileURLToPath(import.meta.url);
  if (self.endsWith(".ts")) {
    // require.resolve picks the CommonJS build; the ESM build registers the ESM loader.
    const tsxApi = pathToFileURL(
      createRequire(import.meta.url)
        .resolve("tsx/esm/api")
        .replace(/\.cjs$/, ".mjs"),
    ).href;
    const entry = new URL("./worker.ts", import.meta.url).href;
    const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(boot, { eval: true });
  }
  // The bundled worker (scripts/bundle.mjs) starts in a third of the CPU; this path names it from dist/analyzer
  // and from dist/bundle alike.
  const bundledWorker = new URL("../bundle/worker.js", import.meta.url);
  const js = new URL("./worker.js", import.meta.url);
  if (bundleIsCurrent(fileURLToPath(bundledWorker), fileURLToPath(js))) return new Worker(bundledWorker);
  if (!existsSync(fileURLToPath(js))) throw new Error(`analyzer worker not found at ${fileURLToPath(js)}`);
  return new Worker(js);
}

/** Whether any selected rule's prefilter matches the item; if none does, analysis would return nothing. */
export function mayFire(item: BatchItem): boolean {
  return anyTrigger(selectRules({ ...item }), item.code);
}

/** Grammars a batch needs: the given languages, or all when an item is markdown or must be detected. */
export function neededLanguages(items: BatchItem[]): Language[] | undefined {
  const needed = new Set<Language>();
  for (const item of items) {
    if (!item.language || item.markdown) return undefined;
    needed.add(item.language);
  }
  return [...needed];
}

/**
 * Analyses batches across worker threads, results in input order. One pool serves many batches: create it once
 * (the RL reward service keeps one for its lifetime) and close() it at the end.
 */
export class AnalyzerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly starts: Promise<void>[] = [];
  private readonly chunkSize: number;
  private nextId = 0;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    const size = options.size ?? Math.max(1, availableParallelism());
    this.chunkSize = options.chunkSize ?? 32;
    if (size === 0) return;
    for (let i = 0; i < size; i++) {
      const w = startWorker();
      this.starts.push(
        new Promise((resolve) => {
          // The worker's isolate is set up by now, and with it V8's growth factor reset (heap.ts).
          w.once("online", () => {
            refreezeYoungGeneration();
            resolve();
          });
          w.once("error", () => resolve());
          w.once("exit", () => resolve());
        }),
      );
      w.on("message", (msg: { id: number; results?: BatchResult[] | FileResult[]; error?: string }) => {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (p) {
          if (msg.results) p.resolve(msg.results);
          else p.reject(new Error(msg.error ?? "analyzer worker failed"));
        }
        if (this.pending.size === 0) this.setRef(false);
        this.idle.push(w);
        this.pump();
      });
      w.on("error", (err) => {
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
      });
      w.unref();
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /**
   * Resolves once every worker's thread runs (or has failed to start). Setting up a worker's heap undoes
   * `tuneHeapForScan` for this thread until it is redone here (heap.ts); a scan that waits for this before its
   * own first file leaves this thread's young generation no garbage collection in which to grow meanwhile.
   */
  started(): Promise<void> {
    return Promise.all(this.starts).then(() => undefined);
  }

  get size(): number {
    return this.workers.length;
  }

  async analyzeBatch(items: BatchItem[]): Promise<BatchResult[]> {
    if (this.closed) throw new Error("AnalyzerPool is closed");
    if (this.workers.length === 0) {
      await loadGrammars(neededLanguages(items));
      return items.map(runItem);
    }
    // Items no rule could fire on are answered here (a regex test each); only the rest cross to workers.
    const results = new Array<BatchResult>(items.length);
    const work: number[] = [];
    items.forEach((item, i) => {
      if (item.language && !item.markdown && !mayFire(item))
        results[i] = { findings: [], language: item.language, parseError: false };
      else work.push(i);
    });
    const chunks: Promise<void>[] = [];
    const per = Math.max(1, Math.min(this.chunkSize, Math.ceil(work.length / this.workers.length)));
    for (let i = 0; i < work.length; i += per) {
      const idx = work.slice(i, i + per);
      chunks.push(
        this.submit(idx.map((k) => items[k]!)).then((rs) => {
          rs.forEach((r, j) => (results[idx[j]!] = r));
        }),
      );
    }
    await Promise.all(chunks);
    return results;
  }

  /** Idle workers must not keep the process alive; busy ones must, or an awaiting CLI would just exit. */
  private setRef(on: boolean): void {
    for (const w of this.workers) {
      if (on) w.ref();
      else w.unref();
    }
  }

  /**
   * Reads and analyses files in a worker (the path crosses the thread boundary, not the source): the streaming
   * CLI scan keeps one or two such chunks in flight per worker. Needs a pool with workers.
   */
  analyzeFiles(files: FileJob[]): Promise<FileResult[]> {
    if (this.closed) return Promise.reject(new Error("AnalyzerPool is closed"));
    if (this.workers.length === 0) return Promise.reject(new Error("analyzeFiles needs worker threads"));
    return this.enqueue((id) => ({ id, files })) as Promise<FileResult[]>;
  }

  /**
   * Resolves once one worker has started and compiled these grammars: a scan hands a worker files only after
   * this, so files never wait behind a slow start (on a loaded machine a start can take seconds).
   */
  async warm(languages: Language[]): Promise<void> {
    if (this.closed) throw new Error("AnalyzerPool is closed");
    if (this.workers.length === 0) return loadGrammars(languages);
    await this.enqueue((id) => ({ id, warm: languages }));
  }

  private submit(items: BatchItem[]): Promise<BatchResult[]> {
    return this.enqueue((id) => ({ id, items })) as Promise<BatchResult[]>;
  }

  private enqueue(job: (id: number) => Job): Promise<BatchResult[] | FileResult[]> {
    const id = this.nextId++;
    if (this.pending.size === 0) this.setRef(true);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push(job(id));
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      w.postMessage(this.queue.shift()!);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
