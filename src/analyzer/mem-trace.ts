import { appendFileSync, statSync } from "node:fs";
import { getHeapSpaceStatistics, getHeapStatistics } from "node:v8";
import { threadId } from "node:worker_threads";
import { wasmMemoryBytes } from "./parse/index.js";

/**
 * Memory attribution for a scan (PURPCODE_MEM_TRACE=<path prefix>): after each file a thread analyses, one JSON line
 * in `<prefix>.<threadId>`: the process's RSS and this isolate's heap, external memory and wasm linear memory.
 * Off (one env read per thread) unless set.
 */
const target = process.env.PURPCODE_MEM_TRACE;
let files = 0;
const mb = (n: number) => Math.round(n / 1e5) / 10;

export function traceFile(path: string): void {
  if (!target) return;
  files++;
  const m = process.memoryUsage();
  const h = getHeapStatistics();
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // stdin or gone
  }
  appendFileSync(
    `${target}.${threadId}`,
    JSON.stringify({
      n: files,
      path,
      kb: Math.round(size / 1024),
      rss: mb(m.rss),
      heapTotal: mb(m.heapTotal),
      heapUsed: mb(m.heapUsed),
      physical: mb(h.total_physical_size),
      external: mb(m.external),
      arrayBuffers: mb(m.arrayBuffers),
      malloced: mb(h.malloced_memory),
      wasm: mb(wasmMemoryBytes()),
      ...(files % 100 === 0
        ? {
            spaces: Object.fromEntries(
              getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.physical_space_size)]),
            ),
          }
        : {}),
    }) + "\n",
  );
}
