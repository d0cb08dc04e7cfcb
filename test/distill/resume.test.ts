import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationRow } from "../../src/core/rows.js";
import { distillLayout, runExportStage, runSelectStage, runVerifyStage } from "../../src/distill/pipeline.js";
import { openDistillReward } from "../../src/distill/reward.js";
import { scriptedJudge } from "../../src/judges/standins/scripted-judge.js";
import { OpenAIProviderSchema } from "../../src/core/config.js";
import { OpenAIChatProvider } from "../../src/llm/openai-provider.js";
import { startOpenAIServer, type OpenAIServer } from "../../src/llm/standins/openai-server.js";
import { cliArgs, runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";
import { K, SEED_BASE, modelReply } from "./support/model.js";
import { PROMPTS } from "./support/prompts.js";

/**
 * Fifteen copies of the mixed set under distinct ids and with distinct wording (equal content would share
 * verdicts through the cache): enough chains to kill a job part-way.
 */
const ROWS: ConversationRow[] = Array.from({ length: 15 }, (_, n) =>
  PROMPTS.map((r) => ({
    ...r,
    task_id: `${r.task_id}-${n}`,
    messages: r.messages.map((m) => (m.role === "user" ? { ...m, content: `${m.content} (copy ${n})` } : m)),
  })),
).flat();

let server: OpenAIServer;
let judge: OpenAIServer;
let dir: string;
let cleanup: () => void;
let input: string;

beforeAll(async () => {
  server = await startOpenAIServer({ script: [{ match: () => true, reply: modelReply }], latencyMs: 15 });
  judge = await startOpenAIServer({ script: [scriptedJudge()], latencyMs: 20, logBodies: false });
  ({ dir, cleanup } = tempDir("purpcode-distill-resume-"));
  input = join(dir, "prompts.jsonl");
  writeFileSync(input, ROWS.map((r) => JSON.stringify(r)).join("\n") + "\n");
});
afterAll(async () => {
  await server.close();
  await judge.close();
  cleanup();
});

const judgeProvider = () =>
  new OpenAIChatProvider(
    OpenAIProviderSchema.parse({ kind: "openai", model: "judge", base_url: judge.url, max_retries: 0 }),
  );
const lines = (file: string) =>
  existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
const sampleArgs = (out: string, parallel: number) => [
  "--quiet",
  "distill",
  "sample",
  "-i",
  input,
  "-o",
  out,
  "-k",
  String(K),
  "--seed",
  String(SEED_BASE),
  "--parallel",
  String(parallel),
  "--model",
  "policy",
  "--base-url",
  server.url,
];

async function killWhen(args: string[], file: string, atLeast: number): Promise<void> {
  const child = spawn(process.execPath, args, { stdio: "ignore" });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && lines(file).length < atLeast) await new Promise((r) => setTimeout(r, 10));
  child.kill("SIGKILL");
  expect(await exited).toBeNull();
}

async function finish(out: string): Promise<string> {
  const layout = distillLayout(out);
  await runSelectStage({ input, layout, samplesPerPrompt: K });
  await runExportStage({ layout, systemPrompt: "SYSTEM", baseModel: "org/base" });
  return readFileSync(layout.sft, "utf8");
}

const sorted = (file: string) => lines(file).sort().join("\n");

describe("distill resumes after kill -9", () => {
  it("sampling and verification killed mid-run and rerun give the same output as an uninterrupted run", async () => {
    // Reference: one uninterrupted run.
    const ref = join(dir, "ref");
    expect((await runCli(sampleArgs(ref, 8))).code).toBe(0);
    const reward = await openDistillReward({ judge: judgeProvider(), analyzerThreads: 0 });
    await runVerifyStage({
      input,
      layout: distillLayout(ref),
      score: reward.score,
      scorerId: reward.id,
      quiet: true,
    });
    await reward.close();
    const expected = await finish(ref);
    expect(expected.split("\n").filter(Boolean)).toHaveLength((ROWS.length / 5) * 6);

    // Sampling killed part-way, then rerun: only the missing chains are requested.
    const out = join(dir, "killed");
    const layout = distillLayout(out);
    await killWhen(cliArgs(sampleArgs(out, 2)), layout.samplesFile, 40);
    const partial = lines(layout.samplesFile).length;
    expect(partial).toBeLessThan(ROWS.length * K + ROWS.length / 5);
    const before = server.requests.length;
    const rerun = await runCli(["--json", ...sampleArgs(out, 8).slice(1)]);
    expect(rerun.code).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.resumed).toBeGreaterThan(0);
    expect(summary.resumed + summary.done).toBe(ROWS.length * K);
    // A full run sends 23 requests per copy of the set (one chain is cut after its first turn).
    expect(server.requests.length - before).toBeLessThan((ROWS.length / 5) * 23);
    expect(sorted(layout.samplesFile)).toBe(sorted(distillLayout(ref).samplesFile));

    // Verification killed part-way, then rerun: verdicts already cached are not recomputed.
    const child = ["--import", "tsx", "test/distill/support/verify-child.ts", input, out, judge.url];
    await killWhen([...child, "4"], layout.verdicts, 30);
    const cachedAtKill = lines(layout.verdictCache).length;
    expect(cachedAtKill).toBeGreaterThanOrEqual(30);
    // Killed part-way: some verdicts were still to be computed.
    expect(cachedAtKill).toBeLessThan((ROWS.length / 5) * 21);
    const second = spawn(process.execPath, [...child, "64"], { stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    second.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    expect(await new Promise((resolve) => second.on("exit", resolve))).toBe(0);
    const verify = JSON.parse(stdout);
    const parsed = (ROWS.length / 5) * 21;
    expect(verify.resumed + verify.done).toBe(parsed);
    expect(verify.scored).toBe(parsed - cachedAtKill);
    expect(sorted(layout.verdicts)).toBe(sorted(distillLayout(ref).verdicts));

    expect(await finish(out)).toBe(expected);
  }, 90_000);
});
