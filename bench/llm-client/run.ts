// bench/llm-client: throughput and client overhead of the LLM layer against the OpenAI-protocol test server
// (zero latency), at concurrency 64 and 256. Anchors in the same run: a bare node:http keep-alive client (the
// floor: no SDK, no retries, no accounting) and the OpenAI SDK on Node's built-in fetch (the SDK's default).
// Usage: npx tsx bench/llm-client/run.ts [--requests N] [--rounds R] [--node-defaults]
// By default the clients run under the Node flags the purpcode CLI starts model-calling verbs with
// (src/cli/launch.ts: a 64 MiB young generation, V8's tier-up budget), the anchors too; --node-defaults measures under Node's own defaults.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import OpenAI from "openai";
import { LLM_CLIENT_FLAGS as CLI_NODE_FLAGS, JIT_FLAGS, tuneJit } from "../../src/cli/launch.js";
import { OpenAIProviderSchema } from "../../src/core/config.js";
import { percentile } from "../../src/llm/bench.js";
import { OpenAIChatProvider } from "../../src/llm/openai-provider.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const nodeDefaults = process.argv.includes("--node-defaults");
if (!nodeDefaults && !CLI_NODE_FLAGS.every((f) => process.execArgv.includes(f))) {
  // V8 sizes the young generation at start-up: rerun this script under the CLI's flags.
  const child = spawnSync(
    process.execPath,
    [...CLI_NODE_FLAGS, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: "inherit",
    },
  );
  process.exit(child.status ?? 1);
}
// The launcher's tier-up budget too (set at run time, as bin/purpcode.js does before loading the CLI).
if (!nodeDefaults) tuneJit();
const nodeFlags = nodeDefaults ? "node defaults" : [...CLI_NODE_FLAGS, JIT_FLAGS].join(" ");
const REQUESTS = arg("requests", 6000);
const ROUNDS = arg("rounds", 3);
const CONCURRENCIES = [64, 256];

type Send = (i: number) => Promise<void>;
interface Client {
  name: string;
  make: (url: string, concurrency: number) => Send;
}

const message = (i: number) => [{ role: "user" as const, content: `Say hello #${i}` }];

const clients: Client[] = [
  {
    name: "purpcode provider (SDK + node:http fetch)",
    make: (url, concurrency) => {
      const p = new OpenAIChatProvider(
        OpenAIProviderSchema.parse({
          kind: "openai",
          model: "mock",
          base_url: url,
          concurrency,
          max_retries: 0,
        }),
      );
      return async (i) => void (await p.chat({ messages: message(i) }));
    },
  },
  {
    name: "anchor: OpenAI SDK on built-in fetch",
    make: (url) => {
      const sdk = new OpenAI({ baseURL: url, apiKey: "x", maxRetries: 0 });
      return async (i) => void (await sdk.chat.completions.create({ model: "mock", messages: message(i) }));
    },
  },
  {
    name: "anchor: bare node:http client",
    make: (url, concurrency) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
      const target = new URL(`${url}/chat/completions`);
      return (i) =>
        new Promise<void>((resolve, reject) => {
          const body = JSON.stringify({ model: "mock", messages: message(i) });
          const req = http.request(
            target,
            {
              method: "POST",
              agent,
              headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
            },
            (res) => {
              let data = "";
              res.setEncoding("utf8");
              res.on("data", (d: string) => (data += d));
              res.on("end", () => {
                JSON.parse(data);
                resolve();
              });
            },
          );
          req.on("error", reject);
          req.end(body);
        });
    },
  },
];

const server = spawn(process.execPath, ["--import", "tsx", "bench/llm-client/server.ts"], {
  stdio: ["ignore", "pipe", "inherit"],
});

/** CPU time (µs) the server process has used so far, from /proc (Linux). */
function serverCpuUs(): number {
  const fields = readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
}

async function measure(send: Send, concurrency: number, requests: number) {
  const latencies: number[] = [];
  const server0 = serverCpuUs();
  let next = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const i = next++;
        const s = performance.now();
        await send(i);
        latencies.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  return {
    rps: requests / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    cpuUsPerRequest: (cpu.user + cpu.system) / requests,
    serverCpuUsPerRequest: (serverCpuUs() - server0) / requests,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const url = await new Promise<string>((resolve) =>
  server.stdout.once("data", (d: Buffer) => resolve(d.toString().trim())),
);

const rows: Array<Record<string, string | number>> = [];
try {
  const senders = CONCURRENCIES.flatMap((concurrency) =>
    clients.map((c) => ({ name: c.name, concurrency, send: c.make(url, concurrency) })),
  );
  for (const s of senders) await measure(s.send, s.concurrency, 500); // warm-up: JIT and sockets
  const runs = new Map<(typeof senders)[number], Array<Awaited<ReturnType<typeof measure>>>>();
  // Rounds interleave clients and concurrency levels so machine noise hits them alike.
  for (let r = 0; r < ROUNDS; r++) {
    for (const s of senders)
      runs.set(s, [...(runs.get(s) ?? []), await measure(s.send, s.concurrency, REQUESTS)]);
  }
  for (const [s, list] of runs) {
    rows.push({
      client: s.name,
      concurrency: s.concurrency,
      requests_per_s: Math.round(median(list.map((m) => m.rps))),
      p50_ms: +median(list.map((m) => m.p50)).toFixed(1),
      p99_ms: +median(list.map((m) => m.p99)).toFixed(1),
      client_cpu_us_per_request: Math.round(median(list.map((m) => m.cpuUsPerRequest))),
      server_cpu_us_per_request: Math.round(median(list.map((m) => m.serverCpuUsPerRequest))),
    });
  }
} finally {
  server.kill("SIGTERM");
}

const header = [
  "client",
  "concurrency",
  "requests_per_s",
  "p50_ms",
  "p99_ms",
  "client_cpu_us_per_request",
  "server_cpu_us_per_request",
];
console.log(
  `bench/llm-client: ${REQUESTS} requests x ${ROUNDS} rounds (median), zero-latency test server in a child process, client under ${nodeFlags}`,
);
console.log(header.join(" | "));
for (const row of rows) console.log(header.map((h) => String(row[h])).join(" | "));
const ours = (c: number) => rows.find((r) => r.concurrency === c && String(r.client).startsWith("purpcode"))!;
const summary = {
  target_rps_at_256: 1000,
  rps_64: ours(64).requests_per_s,
  rps_256: ours(256).requests_per_s,
  meets_target: Number(ours(256).requests_per_s) >= 1000,
  does_not_fall: Number(ours(256).requests_per_s) >= 0.95 * Number(ours(64).requests_per_s),
};
console.log(JSON.stringify(summary));
writeFileSync(
  nodeDefaults ? "bench/llm-client/results-node-defaults.json" : "bench/llm-client/results.json",
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node_flags: nodeFlags,
      requests: REQUESTS,
      rounds: ROUNDS,
      rows,
      summary,
    },
    null,
    2,
  ) + "\n",
);
