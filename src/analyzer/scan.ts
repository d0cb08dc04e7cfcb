import { setImmediate as yieldToEvents } from "node:timers/promises";
import { grammarsFor, scanFile, type FileJob, type FileResult } from "./file-scan.js";
import { loadGrammars } from "./parse/index.js";
import { AnalyzerPool } from "./pool.js";
import type { Language } from "./types.js";

export interface ScanOptions {
  /** Threads in all, this one included: 1 analyses here only; N starts N - 1 workers beside this thread. */
  threads: number;
  /** Standard input's bytes, for a job whose path is "-". */
  stdin?: Buffer;
  /** Below this many files no worker is started (a worker costs a thread and a grammar compile). */
  minFilesForWorkers?: number;
  /** Filled in by the scan: the files each pool of workers analysed, in the order the pools were started. */
  stats?: { pools: number[] };
}

/**
 * A result with strings of its own. A finding's snippet and message are slices of the file's source, and V8 keeps
 * a slice's whole parent string alive: every file analysed in this thread kept its source until the scan ended
 * (main-thread heap 18 -> 75 MB over dist-packages). A worker's results arrive copied by postMessage; this is the
 * same copy for the files analysed here.
 */
const detached = (r: FileResult): FileResult => (r.findings.length ? structuredClone(r) : r);

/**
 * Streaming scan of files, results in input order. Each file is read where it is analysed and dropped right
 * after, so memory is bounded by the largest file plus the findings, not by the corpus. This thread analyses
 * files too, from the same queue as the workers, so the workers' start-up (thread, wasm, grammar) overlaps with
 * useful work instead of delaying it, and a small scan never waits for a worker at all.
 */
export async function scanFiles(jobs: FileJob[], options: ScanOptions): Promise<FileResult[]> {
  const n = jobs.length;
  const results = new Array<FileResult>(n);
  // Files claimed by a thread; feeders sweep from `next` in input order, this thread from `nextHere`.
  const taken = new Uint8Array(n);
  let left = n;
  let next = 0;
  let nextHere = 0;
  const claim = (i: number) => {
    taken[i] = 1;
    left--;
  };
  // stdin can only be read in this thread: answer it first.
  for (let i = 0; i < n; i++)
    if (jobs[i]!.path === "-") {
      claim(i);
      await loadGrammars(grammarsFor(jobs[i]!));
      results[i] = scanFile(jobs[i]!, options.stdin);
    }
  const take = (max: number): number[] => {
    const out: number[] = [];
    while (next < n && out.length < max) {
      if (!taken[next]) {
        claim(next);
        out.push(next);
      }
      next++;
    }
    return out;
  };
  const workers = options.threads > 1 && n >= (options.minFilesForWorkers ?? 24) ? options.threads - 1 : 0;
  const grammarKeys = jobs.map((j) => grammarsFor(j)?.join(",") ?? "*");
  // With workers, this thread keeps to the scan's most common grammar (and files that need none) and leaves the
  // other languages to the workers: each grammar is compiled wasm and, once a file has been parsed, wasm memory
  // that never shrinks, in every thread that loads it (dist-packages' 92 C/C++/JS/template files among 5,037
  // Python ones had this thread load four more grammars).
  const ownKey = workers > 0 ? mostCommon(grammarKeys.filter((k) => k !== "")) : undefined;
  const isOwn = (i: number) => ownKey === undefined || grammarKeys[i] === ownKey || grammarKeys[i] === "";
  // The other languages' files go to the workers first, and those workers are then replaced by fresh ones for the
  // rest: a thread that has analysed them keeps their grammars, their wasm memory and the compiled code of their
  // rules and data flow to the end. On dist-packages those 92 files (1.8%) cost the one worker about 50 MB, and the
  // scan's peak RSS falls at its end, when every thread's heap has grown.
  const others: number[] = [];
  for (let i = 0; i < n; i++) if (!taken[i] && !isOwn(i)) others.push(i);
  let nextOther = 0;
  const takeOther = (max: number): number[] => {
    const out: number[] = [];
    while (nextOther < others.length && out.length < max) {
      const i = others[nextOther++]!;
      if (!taken[i]) {
        claim(i);
        out.push(i);
      }
    }
    return out;
  };
  const takeHere = (): number[] => {
    while (nextHere < n) {
      const i = nextHere++;
      if (!taken[i] && isOwn(i)) {
        claim(i);
        return [i];
      }
    }
    // None of this thread's files left: it helps with the rest only when the workers have more than a few chunks
    // of it ahead of them (a scan of mostly other languages must not wait on the workers alone).
    return left > 16 * workers ? take(1) : [];
  };
  const runHere = async (idx: number[]) => {
    for (const i of idx) {
      await loadGrammars(grammarsFor(jobs[i]!));
      results[i] = detached(scanFile(jobs[i]!));
    }
  };
  const languagesOf = (idx: number[]) => [
    ...new Set(
      idx.flatMap((i): Language[] => grammarsFor(jobs[i]!) ?? ["python", "javascript", "typescript"]),
    ),
  ];
  const pools: AnalyzerPool[] = [];
  // Set while a pool's workers start: this thread waits for them before its next file (AnalyzerPool.started).
  let starting: Promise<void> | undefined;
  const startPool = () => {
    const pool = new AnalyzerPool({ size: workers });
    pools.push(pool);
    options.stats?.pools.push(0);
    starting = pool.started();
    return pool;
  };
  // Each worker gets files only once it is ready (a slow start then costs nothing but the thread), and small
  // chunks, so the end of the scan never waits long on one; two in flight keep it busy between this thread's own
  // files.
  const feed = (pool: AnalyzerPool, languages: Language[], takeNext: (max: number) => number[]) => {
    const k = pools.length - 1;
    return Promise.all(
      Array.from({ length: workers * 2 }, async () => {
        try {
          await pool.warm(languages);
        } catch {
          return; // this thread does the work
        }
        for (;;) {
          const chunk = Math.max(1, Math.min(8, Math.ceil(left / (8 * (workers + 1)))));
          const idx = takeNext(chunk);
          if (idx.length === 0) return;
          try {
            const rs = await pool.analyzeFiles(idx.map((i) => jobs[i]!));
            idx.forEach((i, j) => (results[i] = rs[j]!));
            if (options.stats) options.stats.pools[k]! += idx.length;
          } catch {
            await runHere(idx); // a worker that died must not lose files
          }
        }
      }),
    );
  };
  const feeding = (async () => {
    if (workers === 0) return;
    if (others.length > 0) {
      const first = startPool();
      await feed(first, languagesOf(others), takeOther);
      await first.close();
      // Too few files left to repay a fresh worker's start: this thread finishes them.
      if (left < (options.minFilesForWorkers ?? 24)) return;
    }
    const rest: number[] = [];
    for (let i = 0; i < n; i++) if (!taken[i]) rest.push(i);
    await feed(startPool(), languagesOf(rest), take);
  })();
  try {
    let slice = performance.now();
    for (;;) {
      if (starting) {
        await starting;
        starting = undefined;
      }
      const idx = takeHere();
      if (idx.length === 0) break;
      await runHere(idx);
      // Let finished workers' messages in, so they get their next chunk without waiting for this loop.
      if (workers > 0 && performance.now() - slice > 5) {
        await yieldToEvents();
        slice = performance.now();
      }
    }
    await feeding;
    // Files no worker took (none started): this thread analyses them.
    await runHere(take(n));
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
  return results;
}

function mostCommon(keys: string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const k of keys) {
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (best === undefined || c > counts.get(best)!) best = k;
  }
  return best;
}
