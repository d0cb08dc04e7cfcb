// The sandbox service under a crowd (bounded, loopback only): rounds of 500 concurrent /run_code requests and
// 200 connections whose bodies stall, while /v1/ping is timed every 100 ms; process memory after each round.
// Writes bench/sandbox/stress.json. Run: npx tsx bench/sandbox/stress.ts [--rounds 3] [--cold]
import { writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { Sandbox, createSandboxServer } from "../../src/sandbox/index.js";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const rounds = Number(arg("--rounds") ?? 3);
const CONCURRENT = 500;
const SLOW = 200;
const BODY_TIMEOUT_MS = 2000;

function post(url: string, body: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(
      url,
      { method: "POST", agent: false, headers: { "content-type": "application/json" } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", (err) => resolve((err as NodeJS.ErrnoException).code ?? err.message));
    req.end(body);
  });
}

/** A request that sends half its body and then nothing: the server must end it by itself. */
function stall(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(url, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", "content-length": "100" },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (err) => resolve((err as NodeJS.ErrnoException).code ?? err.message));
    req.write('{"code": "print(1)", "lang');
  });
}

const count = (xs: Array<number | string>) =>
  xs.reduce<Record<string, number>>((acc, x) => ((acc[String(x)] = (acc[String(x)] ?? 0) + 1), acc), {});
const mib = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

const sandbox = await Sandbox.open({ warm: !process.argv.includes("--cold") });
const server = await createSandboxServer({ sandbox, port: 0, bodyTimeoutMs: BODY_TIMEOUT_MS });
const pings: number[] = [];
let pingFailures = 0;
let pinging = true;
const pinger = (async () => {
  while (pinging) {
    const t = performance.now();
    try {
      const res = await fetch(server.url + "/v1/ping", { signal: AbortSignal.timeout(10_000) });
      if (res.status === 200) pings.push(performance.now() - t);
      else pingFailures++;
    } catch {
      pingFailures++;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
})();
const results: Array<Record<string, unknown>> = [];
const baseline = process.memoryUsage().rss;
try {
  for (let round = 1; round <= rounds; round++) {
    const t = performance.now();
    const body = JSON.stringify({ code: "print(sum(range(1000)))", language: "python", run_timeout: 10 });
    const [crowd, slow] = await Promise.all([
      Promise.all(Array.from({ length: CONCURRENT }, () => post(server.url + "/run_code", body))),
      Promise.all(Array.from({ length: SLOW }, () => stall(server.url + "/run_code"))),
    ]);
    global.gc?.();
    results.push({
      round,
      seconds: Math.round((performance.now() - t) / 100) / 10,
      concurrent: count(crowd),
      stalled_bodies: count(slow),
      rss_mib: mib(process.memoryUsage().rss),
      heap_mib: mib(process.memoryUsage().heapUsed),
    });
    console.log(JSON.stringify(results.at(-1)));
  }
} finally {
  pinging = false;
  await pinger;
  await server.close();
  await sandbox.close();
}
pings.sort((a, b) => a - b);
const summary = {
  date: new Date().toISOString(),
  command: `npx tsx bench/sandbox/stress.ts --rounds ${rounds}`,
  concurrent_requests_per_round: CONCURRENT,
  stalled_bodies_per_round: SLOW,
  body_timeout_ms: BODY_TIMEOUT_MS,
  pool_slots: sandbox.pool.concurrency,
  rss_baseline_mib: mib(baseline),
  rounds: results,
  ping: {
    answered: pings.length,
    failed: pingFailures,
    p50_ms: Math.round(pings[Math.floor(pings.length / 2)] ?? 0),
    p99_ms: Math.round(pings[Math.floor(pings.length * 0.99)] ?? 0),
    max_ms: Math.round(pings.at(-1) ?? 0),
  },
};
console.log(JSON.stringify(summary.ping));
writeFileSync(join(import.meta.dirname, "stress.json"), JSON.stringify(summary, null, 2) + "\n");
