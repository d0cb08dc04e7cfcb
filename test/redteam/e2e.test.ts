import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readJsonlAll } from "../../src/core/jsonl.js";
import { ORACLES, type ConversationRow } from "../../src/core/rows.js";
import { startOpenAIServer, type OpenAIServer } from "../../src/llm/standins/openai-server.js";
import type { Coverage } from "../../src/redteam/coverage.js";
import { loadStrategies } from "../../src/redteam/strategy.js";
import { scriptedGenerator } from "../../src/redteam/standins/scripted-generator.js";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

// From the rule catalog to a deduplicated prompt set, through the real CLI, with the test server playing a
// generator that refuses, answers without markers, stops mid-answer, and is rate limited (HTTP 429).

let server: OpenAIServer;
let dir: string;
let cleanup: () => void;
let config: string;

interface Summary {
  total: number;
  done: number;
  failed: number;
  resumed: number;
  failed_by_kind: Record<string, number>;
}

const rows = async (file: string) => (await readJsonlAll(file)) as ConversationRow[];
const errors = async (file: string) =>
  existsSync(`${file}.errors.jsonl`)
    ? ((await readJsonlAll(`${file}.errors.jsonl`)) as Array<{ id: string; error: string }>)
    : [];

async function step(args: string[], generator = true): Promise<Summary> {
  const full = [
    "--config",
    config,
    "--json",
    ...args,
    ...(generator ? ["--provider", "generator", "--quiet"] : []),
  ];
  const result = await runCli(full, { timeoutMs: 120_000 });
  expect(result.stderr, `stderr of ${args.join(" ")}`).not.toMatch(/unexpected error|at .*\.ts:\d+/);
  expect(result.code, `${args.join(" ")}: ${result.stderr}`).toBe(0);
  return JSON.parse(result.stdout) as Summary;
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir("purpcode-redteam-e2e-"));
  server = await startOpenAIServer({
    script: scriptedGenerator({
      refuse: /T1003\b/,
      malformedOnce: /Strategy: Implicit functional requirement/,
      truncatedOnce: /Rewrite strategy: Role play/,
    }),
    // Every 6th request is rate limited; one is cut off mid-body at the transport level.
    faults: (index) =>
      index % 6 === 2
        ? { kind: "status", status: 429, retryAfter: 0 }
        : index === 9
          ? { kind: "truncated" }
          : null,
    fallback: "no script entry for this prompt",
  });
  config = join(dir, "purpcode.yaml");
  writeFileSync(
    config,
    `models:\n  generator:\n    kind: openai\n    model: scripted\n    base_url: ${server.url}\n    api_key: x\n    retry_base_ms: 1\n    max_retries: 5\n`,
  );
}, 60_000);

afterAll(async () => {
  await server?.close();
  cleanup?.();
});

describe("redteam end to end", () => {
  it("goes from the catalog to a deduplicated, decontaminated prompt set and counts every failure", async () => {
    const catalog = await runCli([
      "redteam",
      "catalog",
      "--format",
      "ids",
      "--source",
      "cwe",
      "--language",
      "python",
      "--limit",
      "10",
    ]);
    expect(catalog.code).toBe(0);
    expect(catalog.stdout.split("\n")).toContain("CWE-78");

    // Rule2Code: CWE-79 gets clean code back, so the analyzer confirms nothing for it.
    const r2c = join(dir, "rule2code.jsonl");
    const s1 = await step([
      "redteam",
      "rule2code",
      "--rules",
      "CWE-78,CWE-89,CWE-502,CWE-79",
      "--no-analyzer-rules",
      "--depth",
      "2",
      "-o",
      r2c,
    ]);
    expect(s1.total).toBe(4);
    expect(s1.done + s1.failed).toBe(s1.total);
    expect(s1.failed_by_kind["not-confirmed"]).toBe(1);
    const seeds = await rows(r2c);
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const seed of seeds) {
      const findings = seed.meta!.findings as Array<{ cwe: string[] }>;
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.some((f) => f.cwe.some((c) => (seed.meta!.cwe as string[]).includes(c)))).toBe(true);
      expect(seed.meta).toMatchObject({ stage: "rule2code", generator: "scripted" });
      expect(seed.ground_truth).toEqual({ language: seed.meta!.language });
    }
    expect((await errors(r2c))[0]).toMatchObject({
      id: "rule2code:CWE-79:python",
      error: expect.stringMatching(/^not-confirmed: 0 of 2 samples/),
    });

    // Vul2Prompt: one strategy answers without markers once; it is retried and kept.
    const v2p = join(dir, "vul2prompt.jsonl");
    const s2 = await step(["redteam", "vul2prompt", "--seeds", r2c, "-o", v2p]);
    const vulStrategies = loadStrategies().filter((s) => s.kind === "vul2prompt");
    expect(s2.total).toBe(seeds.length * vulStrategies.length);
    expect(s2.failed).toBe(0);
    const prompts = await rows(v2p);
    expect(prompts).toHaveLength(s2.total);
    const implicit = prompts.filter((p) => p.meta!.strategy === "implicit-requirement");
    expect(implicit.every((p) => p.meta!.attempts === 2)).toBe(true);
    expect(prompts.every((p) => !p.messages[0]!.content.includes("=== TASK"))).toBe(true);
    expect(
      prompts.every((p) => (p.ground_truth as { language?: string }).language === p.meta!.language),
    ).toBe(true);

    // Multi-turn Vul2Prompt: each row is a conversation of user turns building up to the task.
    const v2pTurns = join(dir, "vul2prompt-3turn.jsonl");
    const s2t = await step([
      "redteam",
      "vul2prompt",
      "--seeds",
      r2c,
      "--strategies",
      "explicit-instruction,vulnerable-processing",
      "--turns",
      "3",
      "-o",
      v2pTurns,
    ]);
    expect(s2t.failed).toBe(0);
    const conversations = await rows(v2pTurns);
    expect(conversations).toHaveLength(seeds.length * 2);
    for (const c of conversations) {
      expect(c.messages.map((m) => m.role)).toEqual(["user", "user", "user"]);
      expect(c.meta).toMatchObject({ multi_turn: true, turns: 3 });
      expect(c.messages.every((m) => !m.content.includes("=== TASK"))).toBe(true);
    }

    // Rule2Code from real code: a small repository analysed, its findings turned into seeds, Vul2Prompt on them.
    const repo = join(dir, "repo");
    mkdirSync(join(repo, "app"), { recursive: true });
    writeFileSync(
      join(repo, "app", "tools.py"),
      [
        "import os",
        "import subprocess",
        "",
        "",
        "def ping(host):",
        '    os.system("ping -c 1 " + host)',
        "",
        "",
        "def safe_ping(host):",
        '    subprocess.run(["ping", "-c", "1", host], check=False)',
        "",
      ].join("\n"),
    );
    writeFileSync(join(repo, "app", "clean.py"), "def add(a, b):\n    return a + b\n");
    const realSeeds = join(dir, "real-seeds.jsonl");
    const seedRun = await runCli(["--json", "redteam", "seeds", "--from-code", repo, "-o", realSeeds]);
    expect(seedRun.code, seedRun.stderr).toBe(0);
    expect(JSON.parse(seedRun.stdout)).toMatchObject({ seeds: 1 });
    const [real] = await rows(realSeeds);
    expect(real!.task_id).toMatch(/^rule2code:real:/);
    expect(real!.meta).toMatchObject({ source: "real-code", language: "python" });
    const realFindings = real!.meta!.findings as Array<{ line: number; cwe: string[] }>;
    // The excerpt's own line numbers: line 6 of the file is line 6 of a window starting at line 1.
    expect(realFindings.map((f) => f.line)).toEqual([6]);
    expect(realFindings[0]!.cwe).toContain("CWE-78");
    const realPrompts = join(dir, "vul2prompt-real.jsonl");
    const s2r = await step([
      "redteam",
      "vul2prompt",
      "--seeds",
      realSeeds,
      "--strategies",
      "explicit-instruction",
      "-o",
      realPrompts,
    ]);
    expect(s2r).toMatchObject({ total: 1, failed: 0 });
    expect((await rows(realPrompts))[0]!.messages[0]!.content).toContain("os.system");

    // Malicious events: the generator refuses one technique (all its strategies fail as `refused`), truncates
    // the role-play rewrite once (retried), and the transport-level faults are retried by the LLM layer.
    const mal = join(dir, "malevent.jsonl");
    const s3 = await step([
      "redteam",
      "malevent",
      "--limit",
      "4",
      "--tactics",
      "credential-access,execution",
      "-o",
      mal,
    ]);
    const malStrategies = loadStrategies().filter((s) => s.kind === "jailbreak" || s.kind === "multiturn");
    expect(s3.total).toBe(4 * malStrategies.length);
    const malRows = await rows(mal);
    const malErrors = await errors(mal);
    expect(malRows.length + malErrors.length).toBe(s3.total); // nothing silently dropped
    expect(s3.failed_by_kind.refused).toBe(malStrategies.length);
    expect(malErrors.every((e) => e.id.startsWith("malevent:T1003"))).toBe(true);
    expect(malRows.find((r) => r.meta!.strategy === "role-play")!.meta!.attempts).toBe(2);
    const fitd = malRows.filter((r) => r.meta!.strategy === "foot-in-the-door");
    expect(fitd.length).toBeGreaterThan(0);
    for (const r of fitd) {
      expect(r.messages.length).toBeGreaterThanOrEqual(3);
      expect(r.messages.length).toBeLessThanOrEqual(5);
      expect(r.messages.every((m) => m.role === "user")).toBe(true);
    }
    expect(server.requests.filter((r) => r.status === 429).length).toBeGreaterThan(5);
    expect(server.requests.some((r) => r.fault === "truncated")).toBe(true);

    // Rerun: finished items are skipped, only the failed ones are asked again (and refused again).
    const before = server.requests.length;
    const again = await step([
      "redteam",
      "malevent",
      "--limit",
      "4",
      "--tactics",
      "credential-access,execution",
      "-o",
      mal,
    ]);
    expect(again.resumed).toBe(malRows.length);
    expect(again.failed).toBe(s3.failed);
    expect(server.requests.length - before).toBeLessThanOrEqual(3 * 4 * 2); // direct request attempts (+ 429 retries)
    expect(await rows(mal)).toHaveLength(malRows.length);

    // Benign + utility rows.
    const ben = join(dir, "benign.jsonl");
    const util = join(dir, "utility.jsonl");
    const s4 = await step([
      "redteam",
      "benign",
      "--per-strategy",
      "3",
      "--utility-out",
      util,
      "--utility-per-source",
      "4",
      "-o",
      ben,
    ]);
    expect(s4.failed).toBe(0);
    const utilRows = await rows(util);
    expect(utilRows).toHaveLength(12);
    for (const r of utilRows) {
      expect(r.oracles).toEqual(["correctness"]);
      const gt = r.ground_truth as Record<string, unknown>;
      expect(typeof (gt.pytest ?? gt.functional)).toBe("string");
    }

    // Dedup + decontamination, then the coverage report.
    const out = join(dir, "dedup");
    const dedup = await runCli(["--json", "redteam", "dedup", v2p, mal, ben, util, "--out-dir", out]);
    expect(dedup.code, dedup.stderr).toBe(0);
    const removed = (await readJsonlAll(join(out, "removed.jsonl"))) as Array<{ reason: string }>;
    const kept = (
      await Promise.all([v2p, mal, ben, util].map((f) => rows(join(out, f.split("/").pop()!))))
    ).flat();
    const generated = (await Promise.all([v2p, mal, ben, util].map(rows))).flat();
    expect(kept.length + removed.length).toBe(generated.length);
    expect(new Set(kept.map((r) => r.task_id)).size).toBe(kept.length);

    const report = await runCli(["--json", "redteam", "report", "--dir", dir]);
    expect(report.code, report.stderr).toBe(0);
    const coverage = JSON.parse(readFileSync(join(dir, "coverage.json"), "utf8")) as Coverage;
    expect(coverage.sets.malevent!.failed_items.refused).toBe(malStrategies.length);
    expect(coverage.sets.rule2code!.failed_items["not-confirmed"]).toBe(1);
    expect(coverage.sets.vul2prompt!.recovered_by_retry).toBeGreaterThan(0);
    expect(coverage.rule2code!.rules["CWE-79"]).toEqual({ samples: 2, confirmed: 0, rate: 0 });
    expect(coverage.rule2code!.total.rate).toBeGreaterThan(0.5);
    for (const oracle of ORACLES.filter((o) => o !== "reject"))
      expect(coverage.oracles[oracle]?.after).toBeGreaterThan(0);
    expect(Object.keys(coverage.cwe_x_strategy)).toContain("CWE-78");
    expect(Object.keys(coverage.tactic_x_strategy)).toContain("execution");
    expect(readFileSync(join(dir, "coverage.md"), "utf8")).toMatch(/## Rule2Code confirmation/);
  }, 180_000);

  it("names the problem when the generator is not configured or a strategy is unknown", async () => {
    const noModel = await runCli(["redteam", "malevent", "--limit", "1", "-o", join(dir, "x.jsonl")]);
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toMatch(/no model given/);
    const bad = await runCli([
      "--config",
      config,
      "redteam",
      "malevent",
      "--provider",
      "generator",
      "--strategies",
      "nope",
      "-o",
      join(dir, "x.jsonl"),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown jailbreak or multiturn strategy 'nope'/);
  });
});
