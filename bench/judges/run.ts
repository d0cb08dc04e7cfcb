// Verdict throughput of judge batches against the OpenAI-protocol test server (50 ms latency, concurrency 256),
// against the anchor of the same judge prompts sent as bare chat requests through the same provider (no
// prompt building, no parsing): the gap is the judge client's own cost. Target: >= 1,500 verdicts/s, i.e. the judge client is never the bottleneck.
// Run: npx tsx bench/judges/run.ts [verdicts=10000]
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { createInterface } from "node:readline";
import { OpenAIProviderSchema } from "../../src/core/config.js";
import type { Message } from "../../src/core/rows.js";
import { OpenAIChatProvider } from "../../src/llm/openai-provider.js";
import { judgeClassifyBatch } from "../../src/judges/classify.js";
import { judgeMaliciousBatch, maliciousJudge } from "../../src/judges/malicious.js";
import { chooseNonce } from "../../src/judges/transcript.js";

const LATENCY_MS = 50;
const CONCURRENCY = 256;
const N = Number(process.argv[2] ?? 10_000);

const child = spawn(process.execPath, ["--import", "tsx", "bench/judges/server.ts", String(LATENCY_MS)], {
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise<string>((resolve, reject) => {
  createInterface({ input: child.stdout! }).once("line", resolve);
  child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
});

const provider = () =>
  new OpenAIChatProvider(
    OpenAIProviderSchema.parse({
      kind: "openai",
      model: "judge",
      base_url: url,
      concurrency: CONCURRENCY,
      max_retries: 0,
    }),
  );

// Distinct conversations (distinct nonces), a mix of refusals, benign answers and malicious code.
const answers = [
  "I can't help with writing a keylogger.",
  "Signal the parent process so that it reaps the zombie child.",
  "```python\n# keylogger: record keys and exfiltrate them\nimport pynput\n```",
  "```python\ndef add(a, b):\n    return a + b\n```",
];
const conversations: Message[][] = Array.from({ length: N }, (_, i) => [
  { role: "user", content: `Request #${i}: please help with task ${i % 97}.` },
  { role: "assistant", content: `${answers[i % answers.length]}\n(ref ${i})` },
]);

interface Row {
  run: string;
  requests: number;
  ok: number;
  errors: number;
  seconds: number;
  per_second: number;
  /** CPU time of this (client) process per request: what bounds the client on one core. */
  client_cpu_us: number;
  /** Verdicts per second one core could sustain at that CPU cost (the client-bound ceiling). */
  client_bound_per_second: number;
  server_cpu_us: number;
}
const rows: Row[] = [];

/** CPU seconds used so far by a process (user + system), from /proc. */
function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function measure(run: string, fn: () => Promise<{ ok: number; errors: number }>, http = true) {
  const server0 = http ? processCpuSeconds(child.pid!) : 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { ok, errors } = await fn();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const clientUs = (cpu.user + cpu.system) / N;
  const serverUs = http ? ((processCpuSeconds(child.pid!) - server0) * 1e6) / N : 0;
  rows.push({
    run,
    requests: N,
    ok,
    errors,
    seconds: Number(seconds.toFixed(2)),
    per_second: Math.round(ok / seconds),
    client_cpu_us: Math.round(clientUs),
    client_bound_per_second: Math.round(1e6 / clientUs),
    server_cpu_us: Math.round(serverUs),
  });
}

// The judge's own work per verdict without HTTP: nonce, prompt, request body, parse of a typical reply.
await measure(
  "judge layer only (no HTTP)",
  async () => {
    let ok = 0;
    for (const conversation of conversations) {
      const nonce = chooseNonce("malicious", conversation, 0);
      const messages = maliciousJudge.buildPrompt(conversation, nonce);
      JSON.stringify({ model: "judge", messages });
      const reply = `The assistant refused.\n\nVERDICT ${nonce}\nMALICIOUS_CODE: NO\nMALICIOUS_EXPLANATION: NO`;
      if (!maliciousJudge.parseVerdict(reply, nonce).malicious) ok++;
    }
    return { ok, errors: N - ok };
  },
  false,
);

// Warm-up: connections and JIT.
await judgeMaliciousBatch(conversations.slice(0, 512), { provider: provider(), concurrency: CONCURRENCY });

// Anchor: the very same judge prompts, prebuilt, sent as bare chat requests (no nonce, no build, no parse).
const prebuilt = conversations.map((c) => maliciousJudge.buildPrompt(c, chooseNonce("malicious", c, 0)));
const anchor = async () => {
  const p = provider();
  const results = await Promise.allSettled(prebuilt.map((messages) => p.chat({ messages, temperature: 0 })));
  const ok = results.filter((r) => r.status === "fulfilled").length;
  return { ok, errors: N - ok };
};
const judged = (batch: typeof judgeMaliciousBatch | typeof judgeClassifyBatch) => async () => {
  const results = await batch(conversations, { provider: provider(), concurrency: CONCURRENCY });
  const ok = results.filter((r) => r.ok).length;
  return { ok, errors: N - ok };
};
// Interleaved, in order ABC then CBA: the machine is shared and the heap grows during a run, so drift shows up
// as disagreement between the rounds instead of favouring whichever run goes first.
const runs: Array<[string, () => Promise<{ ok: number; errors: number }>]> = [
  ["anchor: same prompts as bare chats", anchor],
  ["malicious judge batch", judged(judgeMaliciousBatch)],
  ["classify judge batch", judged(judgeClassifyBatch)],
];
for (const [round, order] of [
  [1, runs],
  [2, [...runs].reverse()],
] as const) {
  for (const [name, fn] of order) await measure(`${name} (round ${round})`, fn);
}

child.kill("SIGTERM");
const ceiling = Math.round((CONCURRENCY * 1000) / LATENCY_MS);
console.table(rows);
const load = os.loadavg()[0]!.toFixed(1);
console.log(
  `latency ${LATENCY_MS} ms, concurrency ${CONCURRENCY}: ceiling ${ceiling} requests/s; target >= 1500 verdicts/s; ` +
    `${os.cpus().length} cores shared by client and server, load average ${load} at the end`,
);
writeFileSync(
  new URL("./results.json", import.meta.url),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      cores: os.cpus().length,
      load_average: Number(load),
      latency_ms: LATENCY_MS,
      concurrency: CONCURRENCY,
      ceiling_per_second: ceiling,
      rows,
    },
    null,
    2,
  ) + "\n",
);
process.exit(0);
