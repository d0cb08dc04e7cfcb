import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { OpenAIProviderSchema } from "../core/config.js";
import { readJsonlAll } from "../core/jsonl.js";
import { OpenAIChatProvider } from "../llm/openai-provider.js";
import { startOpenAIServer, type OpenAIServer } from "../llm/standins/openai-server.js";
import {
  AxolotlConfigSchema,
  AxolotlRowSchema,
  TrlRowSchema,
  distillLayout,
  runExportStage,
  runSampleStage,
  runSelectStage,
  runVerifyStage,
  type SampleRecord,
  type SftRow,
} from "./index.js";
import { checkFormat } from "../judges/format.js";
import { tempDir } from "../../test/support/tmp.js";
import { K, SEED_BASE, modelReply } from "../../test/distill/support/model.js";
import { PROMPTS } from "../../test/distill/support/prompts.js";
import { openDistillReward } from "./reward.js";
import type { ScoreBatchFn } from "./verify.js";
import { readIdList } from "../rl/dataset/prepare.js";
import { scriptedJudge } from "../judges/standins/scripted-judge.js";

let server: OpenAIServer;
let judge: OpenAIServer;
let dir: string;
let cleanup: () => void;
const SYSTEM = "ALIGNED SYSTEM PROMPT (test)";

beforeAll(async () => {
  server = await startOpenAIServer({ script: [{ match: () => true, reply: modelReply }] });
  judge = await startOpenAIServer({ script: [scriptedJudge()] });
  ({ dir, cleanup } = tempDir("purpcode-distill-"));
});
afterAll(async () => {
  await server.close();
  await judge.close();
  cleanup();
});

const provider = () =>
  new OpenAIChatProvider(
    OpenAIProviderSchema.parse({ kind: "openai", model: "policy", base_url: server.url, max_retries: 0 }),
  );

describe("distill pipeline (library) on a mixed prompt set", () => {
  it("samples, reformats, verifies, selects and exports with exact counts and contents", async () => {
    const input = join(dir, "prompts.jsonl");
    writeFileSync(input, PROMPTS.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const layout = distillLayout(join(dir, "run"));
    const before = server.requests.length;

    const sampled = await runSampleStage({
      input,
      layout,
      provider: provider(),
      samples: K,
      seed: SEED_BASE,
      quiet: true,
    });
    expect(sampled).toMatchObject({ total: 20, done: 20, failed: 0 });
    // 24 samples; the chain whose first turn did not parse draws no second turn.
    expect(server.requests.length - before).toBe(23);
    const samples = (await readJsonlAll(layout.samplesFile)) as SampleRecord[];
    expect(samples).toHaveLength(24);
    const byId = new Map(samples.map((s) => [s.id, s]));
    expect(byId.get("e2e:codesec-1@3")).toMatchObject({
      status: "unparsed",
      parse_failure: "missing-intent",
    });
    expect(byId.get("e2e:multi-1:1@3")).toMatchObject({ status: "unparsed" });
    expect(byId.get("e2e:multi-1:2@3")).toMatchObject({ status: "cut" });
    expect(byId.get("e2e:noreject-1@2")!.response).toBe(
      "## Analysis\nThe user wants to clean up a zombie process.\n\nBenign administration (A0).\n## Answer\n" +
        "Signal or stop its parent process: `kill -s SIGCHLD <ppid>`.",
    );

    // The guideline carries the rule text for the codesec row only; turn 2 sees turn 1's answer part only.
    const bodies = server.requests.slice(before).map((r) => r.body!);
    const codesec = bodies.find((b) => /ping a host/.test(String(b.messages!.at(-1)!.content)))!;
    expect(String(codesec.messages![0]!.content)).toContain("CWE-78: OS Command Injection");
    expect(String(codesec.messages![0]!.content)).toContain("py/os-command-injection at line 3");
    const noreject = bodies.find((b) => /zombie/.test(String(b.messages!.at(-1)!.content)))!;
    expect(String(noreject.messages![0]!.content)).not.toContain("Security rules that apply");
    const turn2 = bodies.filter((b) => b.seed === SEED_BASE + 1 && b.messages!.length === 4);
    expect(turn2).toHaveLength(1);
    expect(turn2[0]!.messages!.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(turn2[0]!.messages![2]!.content).toBe("Call `psutil.process_iter()`.");

    // The real reward (analyzer, sandbox, scripted judge), counting what reaches it.
    const reward = await openDistillReward({
      judge: new OpenAIChatProvider(
        OpenAIProviderSchema.parse({ kind: "openai", model: "judge", base_url: judge.url, max_retries: 0 }),
      ),
      analyzerThreads: 0,
    });
    let calls = 0;
    const counting: ScoreBatchFn = (items) => {
      calls += items.length;
      return reward.score(items);
    };
    try {
      const verified = await runVerifyStage({
        input,
        layout,
        score: counting,
        scorerId: reward.id,
        quiet: true,
      });
      expect(verified).toMatchObject({ total: 21, done: 21, failed: 0, scored: 21, cacheHits: 0 });
      expect(calls).toBe(21);
      expect(judge.requests).toHaveLength(14);

      // A rerun from scratch re-verifies nothing: every verdict comes from the content-hash cache.
      rmSync(layout.verdicts);
      const again = await runVerifyStage({
        input,
        layout,
        score: counting,
        scorerId: reward.id,
        quiet: true,
      });
      expect(again).toMatchObject({ done: 21, scored: 0, cacheHits: 21 });
      expect(calls).toBe(21);
      expect(judge.requests).toHaveLength(14);
    } finally {
      await reward.close();
    }

    const { selection, report } = await runSelectStage({ input, layout, samplesPerPrompt: K });
    expect(selection.selected.map((s) => [s.unit, s.k])).toEqual([
      ["e2e:codesec-1", 2],
      ["e2e:correct-1", 1],
      ["e2e:safety-1", 0],
      ["e2e:noreject-1", 2],
      ["e2e:multi-1:1", 1],
      ["e2e:multi-1:2", 0],
    ]);
    expect(selection.easy.map((e) => [e.task_id, e.rate])).toEqual([
      ["e2e:correct-1", 0.75],
      ["e2e:noreject-1", 0.75],
      ["e2e:multi-1:1", 0.75],
    ]);
    // The RL stage reads this file to drop easy prompts from its pool.
    expect([...(await readIdList(layout.easy))]).toEqual([
      "e2e:correct-1",
      "e2e:noreject-1",
      "e2e:multi-1:1",
    ]);
    expect(report.total).toMatchObject({
      prompts: 6,
      samples: 24,
      parse_failures: 2,
      cut: 1,
      verified: 15,
      selected: 6,
      easy: 3,
    });
    expect(report.oracles.find((o) => o.oracle === "general-safety")).toMatchObject({
      prompts: 3,
      samples: 12,
      parse_failures: 1,
      cut: 1,
      verified: 7,
      selected: 3,
      easy: 1,
    });

    const exported = await runExportStage({ layout, systemPrompt: SYSTEM, baseModel: "org/base" });
    expect(exported.rows).toBe(6);
    const sft = (await readJsonlAll(layout.sft)) as SftRow[];
    for (const row of sft) {
      expect(AxolotlRowSchema.safeParse(row).success).toBe(true);
      // The trained turn is in the aligned format the RL gate checks.
      expect(checkFormat(row.messages.at(-1)!.content).ok).toBe(true);
    }
    const multi2 = sft.find((r) => r.task_id === "e2e:multi-1:2")!;
    expect(multi2.messages.map((m) => [m.role, m.train])).toEqual([
      ["system", false],
      ["user", false],
      ["assistant", false],
      ["user", false],
      ["assistant", true],
    ]);
    expect(multi2.messages[0]!.content).toBe(SYSTEM);
    // Sample 0's own turn-1 answer, answer part only; the dataset's assistant turn is gone.
    expect(multi2.messages[2]!.content).toBe("Use `psutil.process_iter(['name'])` to list running programs.");
    expect(multi2.messages[4]!.content).toMatch(
      /^## Analysis\nAcross both turns[\s\S]*\n## Answer\nI can't help/,
    );
    expect(JSON.stringify(sft)).not.toContain("Disallowed content");

    const trl = await readJsonlAll(layout.trl);
    expect(trl).toHaveLength(6);
    for (const row of trl) expect(TrlRowSchema.safeParse(row).success).toBe(true);
    expect(trl[5]).toMatchObject({ task_id: "e2e:multi-1:2", completion: [{ role: "assistant" }] });

    const axolotl = parse(readFileSync(layout.axolotl, "utf8"));
    expect(AxolotlConfigSchema.safeParse(axolotl).success).toBe(true);
    expect(axolotl.datasets[0]).toMatchObject({
      path: "sft.jsonl",
      type: "chat_template",
      field_messages: "messages",
      message_field_training: "train",
      train_on_eos: "turn",
    });
    expect(readFileSync(layout.trlScript, "utf8")).toContain('DATA = "sft-trl.jsonl"');
  });
});
