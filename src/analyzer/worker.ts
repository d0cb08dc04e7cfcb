import { parentPort } from "node:worker_threads";
import { runItem, type BatchItem } from "./batch.js";
import { grammarsFor, scanFile, type FileJob } from "./file-scan.js";
import { loadGrammars } from "./parse/index.js";
import { neededLanguages } from "./pool.js";
import type { Language } from "./types.js";

// Worker thread entry for AnalyzerPool: one grammar load per thread, then synchronous analysis per chunk. A chunk
// is either batch items (code in the message) or file jobs (paths, read here so sources never cross threads).
type Job =
  { id: number; items: BatchItem[] } | { id: number; files: FileJob[] } | { id: number; warm: Language[] };

function languagesOf(files: FileJob[]): Language[] | undefined {
  const out = new Set<Language>();
  for (const f of files) {
    const l = grammarsFor(f);
    if (!l) return undefined;
    for (const x of l) out.add(x);
  }
  return [...out];
}

parentPort?.on("message", (job: Job) => {
  const needed =
    "warm" in job ? job.warm : "files" in job ? languagesOf(job.files) : neededLanguages(job.items);
  void loadGrammars(needed).then(
    () =>
      parentPort?.postMessage({
        id: job.id,
        results:
          "warm" in job ? [] : "files" in job ? job.files.map((f) => scanFile(f)) : job.items.map(runItem),
      }),
    (err: unknown) =>
      parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
