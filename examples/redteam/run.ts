// A sample red-teaming run against the OpenAI-protocol test server playing the generator model (scripted
// answers, with a refusing technique, malformed and truncated answers, and HTTP 429s injected), driving the
// real CLI step by step. Writes everything under examples/redteam/out/ and the coverage report beside it.
// Usage: npx tsx examples/redteam/run.ts
import { rmSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { startOpenAIServer } from "../../src/llm/standins/openai-server.js";
import { scriptedGenerator } from "../../src/redteam/standins/scripted-generator.js";
import { runCli } from "../../test/support/cli.js";

const out = "examples/redteam/out";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const server = await startOpenAIServer({
  script: scriptedGenerator({
    refuse: /T1003\b/, // the generator refuses everything about OS credential dumping
    malformedOnce: /Strategy: Implicit functional requirement|Rewrite strategy: Hypothetical/,
    truncatedOnce: /Rewrite strategy: Role play|Strategy: Defensive counterpart/,
  }),
  faults: (index) => (index % 11 === 5 ? { kind: "status", status: 429, retryAfter: 0 } : null),
  logBodies: false,
});
const config = join(out, "purpcode.yaml");
writeFileSync(
  config,
  [
    "models:",
    "  generator:",
    "    kind: openai",
    "    model: scripted-generator",
    `    base_url: ${server.url}`,
    "    api_key: not-needed",
    "    retry_base_ms: 5",
    "    max_retries: 4",
    "",
  ].join("\n"),
);

const steps: string[][] = [
  ["redteam", "catalog", "--format", "md", "--language", "python", "--limit", "25"],
  [
    "redteam",
    "rule2code",
    "--rules",
    "CWE-78,CWE-89,CWE-502,CWE-94,CWE-798,CWE-79",
    "--language",
    "python,javascript",
    "--no-analyzer-rules",
    "--depth",
    "2",
    "-o",
    `${out}/rule2code.jsonl`,
  ],
  [
    "redteam",
    "vul2prompt",
    "--seeds",
    `${out}/rule2code.jsonl`,
    "--follow-ups",
    "1",
    "-o",
    `${out}/vul2prompt.jsonl`,
  ],
  [
    "redteam",
    "malevent",
    "--limit",
    "5",
    "--tactics",
    "credential-access,execution,exfiltration,impact,persistence",
    "-o",
    `${out}/malevent.jsonl`,
  ],
  [
    "redteam",
    "benign",
    "--per-strategy",
    "4",
    "--utility-out",
    `${out}/utility.jsonl`,
    "--utility-per-source",
    "6",
    "-o",
    `${out}/benign.jsonl`,
  ],
  [
    "redteam",
    "dedup",
    `${out}/vul2prompt.jsonl`,
    `${out}/malevent.jsonl`,
    `${out}/benign.jsonl`,
    `${out}/utility.jsonl`,
    "--out-dir",
    `${out}/dedup`,
  ],
  ["redteam", "report", "--dir", out, "--out", "examples/redteam/coverage"],
];
try {
  for (const args of steps) {
    const generator = ["rule2code", "vul2prompt", "malevent", "benign"].includes(args[1]!);
    const full = ["--config", config, ...args, ...(generator ? ["--provider", "generator"] : [])];
    const result = await runCli(full, { timeoutMs: 300_000 });
    const shown = args[1] === "catalog" ? result.stdout.split("\n").slice(0, 6).join("\n") + "\n..." : "";
    console.log(`$ purpcode ${args.join(" ")}\n${shown}${result.stderr.trim()}\n`);
    if (result.code !== 0) throw new Error(`step ${args[1]} exited with ${result.code}`);
  }
} finally {
  await server.close();
}
const statuses = server.requests.reduce<Record<string, number>>((acc, r) => {
  acc[r.status] = (acc[r.status] ?? 0) + 1;
  return acc;
}, {});
console.log(`generator requests by HTTP status: ${JSON.stringify(statuses)}`);
