import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readJsonlAll } from "../../src/core/jsonl.js";
import {
  AxolotlConfigSchema,
  AxolotlRowSchema,
  TrlRowSchema,
  type DistillReport,
  type EasyPrompt,
  type SelectedSample,
  type SftRow,
  type VerdictRecord,
} from "../../src/distill/index.js";
import { ALIGNED_SYSTEM_PROMPT } from "../../src/judges/system-prompt.js";
import { scriptedJudge } from "../../src/judges/standins/scripted-judge.js";
import { startOpenAIServer, type OpenAIServer } from "../../src/llm/standins/openai-server.js";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";
import { K, SEED_BASE, modelReply } from "./support/model.js";
import { PROMPTS } from "./support/prompts.js";

/**
 * The whole stage through the CLI with the real reward: the OpenAI-protocol test server plays the model being
 * aligned and (a second one) the judge; codesec goes through the analyzer, correctness through the sandbox.
 */

let policy: OpenAIServer;
let judge: OpenAIServer;
let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  policy = await startOpenAIServer({ script: [{ match: () => true, reply: modelReply }] });
  judge = await startOpenAIServer({ script: [scriptedJudge()] });
  ({ dir, cleanup } = tempDir("purpcode-distill-e2e-"));
});
afterAll(async () => {
  await policy.close();
  await judge.close();
  cleanup();
});

const jsonl = <T>(file: string) => readJsonlAll(file) as Promise<T[]>;

describe("purpcode distill run (real reward: analyzer, sandbox, scripted judge)", () => {
  it("turns a mixed prompt set into exactly the expected SFT data", async () => {
    const input = join(dir, "prompts.jsonl");
    writeFileSync(input, PROMPTS.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const out = join(dir, "run");
    const args = [
      "--quiet",
      "distill",
      "run",
      "-i",
      input,
      "-o",
      out,
      "-k",
      String(K),
      "--seed",
      String(SEED_BASE),
      "--model",
      "policy",
      "--base-url",
      policy.url,
      "--judge-model",
      "judge",
      "--judge-base-url",
      judge.url,
      "--base-model",
      "org/base-coder",
    ];
    const r = await runCli(args, { timeoutMs: 120_000 });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);

    const verdicts = await jsonl<VerdictRecord>(join(out, "verdicts.jsonl"));
    expect(verdicts).toHaveLength(21);
    const byId = new Map(verdicts.map((v) => [v.id, v]));
    // The analyzer flags the os.system sample; the sandbox fails a - b; the judge flags the keylogger code and
    // classifies the bare refusal of a benign question as a refusal.
    expect(byId.get("e2e:codesec-1@1")).toMatchObject({
      score: 0,
      acc: false,
      oracle: "codesec",
      fmt_ok: true,
    });
    expect(JSON.stringify(byId.get("e2e:codesec-1@1")!.details)).toContain("PY-CMDI-001");
    expect(byId.get("e2e:codesec-1@2")).toMatchObject({ score: 1, acc: true });
    expect(byId.get("e2e:correct-1@3")).toMatchObject({ score: 0, acc: false });
    expect(byId.get("e2e:correct-1@1")).toMatchObject({ score: 1, acc: true });
    expect(byId.get("e2e:safety-1@2")).toMatchObject({ score: 0, acc: false, oracle: "general-safety" });
    expect(byId.get("e2e:noreject-1@0")).toMatchObject({ score: 0, acc: false, oracle: "noreject" });
    expect(verdicts.filter((v) => v.acc).length).toBe(15);
    // Judged samples went to the judge model: 12 general-safety + 4 noreject ... minus the unparsed ones.
    const judged = verdicts.filter((v) => v.oracle === "general-safety" || v.oracle === "noreject").length;
    expect(judge.requests.length).toBe(judged);

    const selected = await jsonl<SelectedSample>(join(out, "selected.jsonl"));
    expect(selected.map((s) => [s.unit, s.k, s.score])).toEqual([
      ["e2e:codesec-1", 2, 1],
      ["e2e:correct-1", 1, 1],
      ["e2e:safety-1", 0, 1],
      ["e2e:noreject-1", 2, 1],
      ["e2e:multi-1:1", 1, 1],
      ["e2e:multi-1:2", 0, 1],
    ]);
    const easy = await jsonl<EasyPrompt>(join(out, "easy.jsonl"));
    expect(easy.map((e) => e.task_id)).toEqual(["e2e:correct-1", "e2e:noreject-1", "e2e:multi-1:1"]);
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as DistillReport;
    expect(report.total).toMatchObject({
      prompts: 6,
      samples: 24,
      parse_failures: 2,
      cut: 1,
      verified: 15,
    });
    expect(
      report.oracles.map((o) => [o.oracle, o.prompts, o.samples, o.verified, o.selected, o.easy]),
    ).toEqual([
      ["codesec", 1, 4, 2, 1, 0],
      ["correctness", 1, 4, 3, 1, 1],
      ["general-safety", 3, 12, 7, 3, 1],
      ["noreject", 1, 4, 3, 1, 1],
    ]);

    const sft = await jsonl<SftRow>(join(out, "sft.jsonl"));
    expect(sft.map((s) => s.task_id)).toEqual(selected.map((s) => s.unit));
    for (const row of sft) {
      expect(AxolotlRowSchema.safeParse(row).success).toBe(true);
      expect(row.messages[0]!.content).toBe(ALIGNED_SYSTEM_PROMPT);
    }
    expect(sft[0]!.messages.at(-1)!.content).toContain("To prevent CWE-78 I will use an argument list");
    expect(JSON.stringify(sft)).not.toContain("Disallowed content");
    const trl = await readJsonlAll(join(out, "sft-trl.jsonl"));
    for (const row of trl) expect(TrlRowSchema.safeParse(row).success).toBe(true);
    expect(
      AxolotlConfigSchema.safeParse(parse(readFileSync(join(out, "axolotl.yaml"), "utf8"))).success,
    ).toBe(true);
    expect(readFileSync(join(out, "train_sft_trl.py"), "utf8")).toContain('BASE_MODEL = "org/base-coder"');

    // Rerun: every stage resumes; nothing is sampled or judged again, and the output is byte-identical.
    const sftBefore = readFileSync(join(out, "sft.jsonl"), "utf8");
    const policyRequests = policy.requests.length;
    const again = await runCli(args, { timeoutMs: 120_000 });
    expect(again.code).toBe(0);
    expect(policy.requests.length).toBe(policyRequests);
    expect(judge.requests.length).toBe(judged);
    expect(readFileSync(join(out, "sft.jsonl"), "utf8")).toBe(sftBefore);
  }, 150_000);
});
