/**
 * The embedded llama provider on the tiny generated GGUF model: completion tokens per second at concurrency 1
 * and 4, and the provider's overhead over node-llama-cpp's own chat-session API, measured in the same run.
 *   npx tsx bench/llama/run.ts [requests=12] [threads=1]
 * The tiny model's answers are fixed (see src/llm/standins/tiny-gguf.ts), so every configuration generates the
 * same tokens; on a shared machine compare the ratios, not the absolute figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LlamaChatProvider } from "../../src/llm/llama-provider.js";
import { writeTinyGguf } from "../../src/llm/standins/tiny-gguf.js";

const requests = Number(process.argv[2] ?? 12);
const threads = Number(process.argv[3] ?? 1);
const dir = mkdtempSync(join(tmpdir(), "purpcode-bench-llama-"));
const modelPath = writeTinyGguf(join(dir, "tiny.gguf"), { seed: 1 });
const prompts = Array.from({ length: requests }, (_, i) => `Write a function number ${i}.`);

function clock() {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wall_s: (performance.now() - wall) / 1000, cpu_s: (used.user + used.system) / 1e6 };
  };
}

async function viaProvider(concurrency: number) {
  const p = new LlamaChatProvider({
    kind: "llama",
    model_path: modelPath,
    context_size: 512,
    gpu_layers: 0,
    threads,
    concurrency,
    strip_think: false,
    cache: false,
    temperature: 0,
  });
  await p.preflight(); // load outside the timed part
  const stop = clock();
  await Promise.all(prompts.map((q) => p.chat({ messages: [{ role: "user", content: q }] })));
  const t = stop();
  const tokens = p.accounting.completionTokens;
  await p.close();
  return { concurrency, tokens, ...t, tokens_per_s: tokens / t.wall_s, tokens_per_cpu_s: tokens / t.cpu_s };
}

/** The same work through node-llama-cpp directly: one session per request on one sequence, as a user would. */
async function viaSessionApi() {
  const { getLlama, LlamaChatSession } = await import("node-llama-cpp");
  const llama = await getLlama({ gpu: false });
  const model = await llama.loadModel({ modelPath, gpuLayers: 0 });
  const context = await model.createContext({ contextSize: 512, sequences: 1, threads });
  const sequence = context.getSequence();
  const stop = clock();
  let tokens = 0;
  for (const q of prompts) {
    await sequence.clearHistory();
    const session = new LlamaChatSession({ contextSequence: sequence, autoDisposeSequence: false });
    await session.prompt(q, { temperature: 0, onToken: (t) => (tokens += t.length) });
    session.dispose({ disposeSequence: false });
  }
  const t = stop();
  await llama.dispose();
  return {
    concurrency: 1,
    tokens,
    ...t,
    tokens_per_s: tokens / t.wall_s,
    tokens_per_cpu_s: tokens / t.cpu_s,
  };
}

const round = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
// The direct API first and last, so drift in the machine's load shows up as a difference between the two.
const direct1 = await viaSessionApi();
const provider1 = await viaProvider(1);
const provider4 = await viaProvider(4);
const direct2 = await viaSessionApi();
const direct = (direct1.cpu_s + direct2.cpu_s) / 2;
const result = {
  requests,
  threads,
  session_api: [round(direct1), round(direct2)],
  provider_c1: round(provider1),
  provider_c4: round(provider4),
  provider_cpu_overhead_vs_session_api: Math.round((provider1.cpu_s / direct - 1) * 1000) / 1000,
  c4_over_c1_tokens_per_s: Math.round((provider4.tokens_per_s / provider1.tokens_per_s) * 100) / 100,
};
process.stdout.write(JSON.stringify(result, null, 2) + "\n");
writeFileSync(new URL("./results.json", import.meta.url), JSON.stringify(result, null, 2) + "\n");
rmSync(dir, { recursive: true, force: true });
