import { parentPort } from "node:worker_threads";
import { runItem, type BatchItem } from "./batch.js";
import { loadGrammars } from "./parse/index.js";
import { neededLanguages } from "./pool.js";

// Worker thread entry for AnalyzerPool: one grammar load per thread, then synchronous analysis per chunk.
interface Job {
  id: number;
  items: BatchItem[];
}

parentPort?.on("message", (job: Job) => {
  void loadGrammars(neededLanguages(job.items)).then(
    () => parentPort?.postMessage({ id: job.id, results: job.items.map(runItem) }),
    (err: unknown) =>
      parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
