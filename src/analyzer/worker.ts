import { parentPort } from "node:worker_threads";
import { runItem, type BatchItem } from "./batch.js";
import { loadGrammars } from "./parse/index.js";

// Worker thread entry for AnalyzerPool: one grammar load per thread, then synchronous analysis per chunk.
interface Job {
  id: number;
  items: BatchItem[];
}

const ready = loadGrammars();
parentPort?.on("message", (job: Job) => {
  void ready.then(
    () => parentPort?.postMessage({ id: job.id, results: job.items.map(runItem) }),
    (err: unknown) =>
      parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
