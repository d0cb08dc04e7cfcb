import type { ChatProvider } from "./types.js";

export interface LoadReport {
  requests: number;
  concurrency: number;
  ok: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  firstError?: string;
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[idx]!;
}

/** Sends `requests` chat requests with `concurrency` in flight and reports throughput and latency. */
export async function loadTest(
  provider: ChatProvider,
  options: { requests: number; concurrency: number; prompt: string; maxTokens?: number },
): Promise<LoadReport> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const worker = async () => {
    while (next < options.requests) {
      const i = next++;
      const t0 = performance.now();
      try {
        await provider.chat({
          messages: [{ role: "user", content: `${options.prompt} #${i}` }],
          max_tokens: options.maxTokens,
        });
        latencies.push(performance.now() - t0);
      } catch (err) {
        errors++;
        firstError ??= err instanceof Error ? err.message : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.requests) }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const report: LoadReport = {
    requests: options.requests,
    concurrency: options.concurrency,
    ok: latencies.length,
    errors,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    latencyMs: {
      p50: percentile(latencies, 0.5),
      p90: percentile(latencies, 0.9),
      p99: percentile(latencies, 0.99),
      max: latencies.at(-1) ?? 0,
    },
  };
  if (firstError !== undefined) report.firstError = firstError;
  return report;
}
