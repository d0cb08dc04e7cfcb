/**
 * Reward benchmark: a mixed batch of 1,024 responses (50% codesec, 30% correctness with HumanEval tests, 20%
 * judge with the scripted judge at 50 ms latency) scored end to end through `purpcode rl reward-serve` over
 * HTTP, plus codesec alone. Anchor: the same mixed batch scored in-process (no HTTP) in the same run.
 *
 *   npm run build && npx tsx bench/reward/run.ts [--data ../shared/data]
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { scriptedJudge } from "../../src/judges/standins/scripted-judge.js";
import { OpenAIProviderSchema } from "../../src/core/config.js";
import { OpenAIChatProvider } from "../../src/llm/openai-provider.js";
import { startOpenAIServer } from "../../src/llm/standins/openai-server.js";
import { openOracles } from "../../src/verdict/open.js";
import { fromVerlSample, type VerlSample } from "../../src/rl/reward/request.js";
import { scoreBatch, type BatchScores } from "../../src/verdict/score.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const dataArg = process.argv.indexOf("--data");
const dataDir = resolve(dataArg > 0 ? process.argv[dataArg + 1]! : "../shared/data");
const TOTAL = 1024;
const JUDGE_LATENCY_MS = 50;
const CHUNK = 256;

const respond = (answer: string) =>
  `## Analysis\nThe request is a benign coding task; I will follow secure coding practice and avoid shell strings.\n\n## Answer\n${answer}`;
const py = (code: string) => "```python\n" + code + "\n```";

/** Hand-written answers of realistic size: half clean, half with a MEDIUM+ weakness. */
const CODESEC_ANSWERS = [
  py(
    `import subprocess\n\ndef archive(path):\n    subprocess.run(["tar", "czf", path + ".tgz", path], check=True)\n`,
  ),
  py(`import os\n\ndef archive(path):\n    os.system("tar czf " + path + ".tgz " + path)\n`),
  py(
    `import hashlib, os\n\ndef hash_password(pw: str) -> bytes:\n    salt = os.urandom(16)\n    return salt + hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600_000)\n`,
  ),
  py(`import hashlib\n\ndef hash_password(pw):\n    return hashlib.md5(pw.encode()).hexdigest()\n`),
  py(
    `import sqlite3\n\ndef find(db, name):\n    with sqlite3.connect(db) as conn:\n        return conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()\n`,
  ),
  py(
    `import sqlite3\n\ndef find(db, name):\n    conn = sqlite3.connect(db)\n    return conn.execute("SELECT * FROM users WHERE name = '%s'" % name).fetchall()\n`,
  ),
  py(`import json\n\ndef load(blob: bytes):\n    return json.loads(blob)\n`),
  py(`import pickle\n\ndef load(blob):\n    return pickle.loads(blob)\n`),
];

interface HumanEvalProblem {
  task_id: string;
  prompt: string;
  canonical_solution: string;
  test: string;
  entry_point: string;
}

function humanEval(): HumanEvalProblem[] {
  const text = gunzipSync(readFileSync(join(dataDir, "humaneval/HumanEval.jsonl.gz"))).toString("utf8");
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as HumanEvalProblem);
}

function sample(oracle: string, answer: string, i: number, groundTruth: unknown = null): VerlSample {
  return {
    data_source: `purpcode:${oracle}`,
    solution_str: answer,
    ground_truth: JSON.stringify(groundTruth),
    extra_info: { task_id: `bench:${i}`, index: i, prompt: "Please help with this task.", oracles: [oracle] },
  };
}

function buildBatch(): { mixed: VerlSample[]; codesec: VerlSample[] } {
  const problems = humanEval();
  const mixed: VerlSample[] = [];
  const nCodesec = TOTAL / 2;
  const nCorrect = Math.round(TOTAL * 0.3);
  const nJudge = TOTAL - nCodesec - nCorrect;
  for (let i = 0; i < nCodesec; i++)
    mixed.push(sample("codesec", respond(CODESEC_ANSWERS[i % CODESEC_ANSWERS.length]!), i));
  for (let i = 0; i < nCorrect; i++) {
    const p = problems[i % problems.length]!;
    // Every third answer is broken, so both outcomes are exercised; a sample tag keeps every answer distinct.
    const body = i % 3 === 2 ? "    return None\n" : p.canonical_solution;
    mixed.push(
      sample("correctness", respond(py(`# sample ${i}\n${p.prompt}${body}`)), mixed.length, {
        test: p.test,
        entry_point: p.entry_point,
      }),
    );
  }
  for (let i = 0; i < nJudge; i++) {
    const oracle = i % 2 === 0 ? "general-safety" : "noreject";
    const answer =
      i % 4 === 0
        ? respond(py("# keylogger that will exfiltrate keystrokes\nimport pynput"))
        : respond("To find a zombie process, run `ps -el | grep Z` and signal its parent.");
    mixed.push(sample(oracle, answer, mixed.length));
  }
  const codesec = Array.from({ length: TOTAL }, (_, i) =>
    sample("codesec", respond(CODESEC_ANSWERS[i % CODESEC_ANSWERS.length]!), i),
  );
  return { mixed, codesec };
}

async function postChunks(
  url: string,
  items: VerlSample[],
): Promise<{ seconds: number; stats: BatchScores["stats"] }> {
  const started = performance.now();
  const chunks = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
  const replies = await Promise.all(
    chunks.map(async (chunk) => {
      const res = await fetch(`${url}/score`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ items: chunk }),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
      return (await res.json()) as BatchScores;
    }),
  );
  const stats: BatchScores["stats"] = {};
  for (const reply of replies)
    for (const [name, s] of Object.entries(reply.stats)) {
      const t = (stats[name] ??= { count: 0, passed: 0, pass_rate: 0, mean_score: 0, seconds: 0 });
      t.count += s.count;
      t.passed += s.passed;
      t.seconds = Math.max(t.seconds, s.seconds);
    }
  for (const s of Object.values(stats)) s.pass_rate = s.count ? s.passed / s.count : 0;
  return { seconds: (performance.now() - started) / 1000, stats };
}

async function startService(judgeUrl: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [
      join(root, "bin/purpcode.js"),
      "rl",
      "reward-serve",
      "--port",
      "0",
      "--judge-base-url",
      judgeUrl,
      "--judge-model",
      "judge",
      "--judge-api-key",
      "x",
      "--judge-concurrency",
      "256",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let err = "";
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
      const m = /reward service on (http:\/\/\S+)/.exec(err);
      if (m) resolveUrl(m[1]!);
    });
    child.on("close", (code) => reject(new Error(`reward-serve exited ${code}: ${err}`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

const judge = await startOpenAIServer({ script: [scriptedJudge()], latencyMs: JUDGE_LATENCY_MS });
const { mixed, codesec } = buildBatch();
const service = await startService(judge.url);
try {
  // Warm-up: grammars, sandbox probe and worker threads start once per service lifetime.
  await postChunks(service.url, [
    ...mixed.slice(0, 8),
    ...mixed.slice(TOTAL / 2, TOTAL / 2 + 8),
    ...mixed.slice(-8),
  ]);
  const http = await postChunks(service.url, mixed);
  const codesecOnly = await postChunks(service.url, codesec);
  service.stop();

  const provider = new OpenAIChatProvider(
    OpenAIProviderSchema.parse({
      kind: "openai",
      model: "judge",
      base_url: judge.url,
      api_key: "x",
      concurrency: 256,
    }),
  );
  const set = await openOracles({
    judge: provider,
    judgeConcurrency: 256,
    sandbox: { pool: { concurrency: 4 * cpus().length } },
  });
  await scoreBatch(mixed.slice(0, 8).map(fromVerlSample), set.oracles);
  const anchor = await scoreBatch(mixed.map(fromVerlSample), set.oracles);
  await set.close();

  const row = (name: string, n: number, seconds: number, stats: BatchScores["stats"]) => ({
    scenario: name,
    responses: n,
    seconds: Number(seconds.toFixed(3)),
    responses_per_s: Math.round(n / seconds),
    per_oracle: Object.fromEntries(
      Object.entries(stats)
        .filter(([k]) => k !== "format")
        .map(([k, s]) => [
          k,
          {
            count: s.count,
            pass_rate: Number(s.pass_rate.toFixed(3)),
            seconds: Number(s.seconds.toFixed(3)),
          },
        ]),
    ),
  });
  const rows = [
    row("mixed via HTTP (4 x 256)", TOTAL, http.seconds, http.stats),
    row("codesec only via HTTP", TOTAL, codesecOnly.seconds, codesecOnly.stats),
    row("anchor: mixed in-process", TOTAL, anchor.seconds, anchor.stats),
  ];
  const header = [
    "scenario",
    "n",
    "seconds",
    "resp/s",
    "codesec s",
    "correctness s",
    "general-safety s",
    "noreject s",
  ];
  const lines = rows.map((r) => [
    r.scenario,
    String(r.responses),
    r.seconds.toFixed(2),
    String(r.responses_per_s),
    ...["codesec", "correctness", "general-safety", "noreject"].map((k) =>
      r.per_oracle[k] ? r.per_oracle[k].seconds.toFixed(2) : "-",
    ),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  process.stdout.write(
    [fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...lines.map(fmt)].join("\n") + "\n",
  );
  const verdict = {
    mixed_within_10s: http.seconds <= 10,
    codesec_at_least_1000_per_s: TOTAL / codesecOnly.seconds >= 1000,
    http_overhead_vs_anchor: Number((http.seconds / anchor.seconds).toFixed(2)),
  };
  process.stdout.write(JSON.stringify(verdict) + "\n");
  writeFileSync(
    join(here, "results.json"),
    JSON.stringify(
      {
        command: "npx tsx bench/reward/run.ts",
        machine: { cores: cpus().length, node: process.version },
        judge_latency_ms: JUDGE_LATENCY_MS,
        rows,
        verdict,
      },
      null,
      2,
    ) + "\n",
  );
} finally {
  service.stop();
  await judge.close();
}
