import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpenAIServer, type OpenAIServer } from "../../src/llm/standins/openai-server.js";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";
import { K, SEED_BASE, modelReply } from "./support/model.js";
import { PROMPTS } from "./support/prompts.js";

let server: OpenAIServer;
let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  server = await startOpenAIServer({ script: [{ match: () => true, reply: modelReply }] });
  ({ dir, cleanup } = tempDir("purpcode-distill-cli-"));
});
afterAll(async () => {
  await server.close();
  cleanup();
});

const write = (name: string, rows: unknown[]) => {
  const file = join(dir, name);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  return file;
};

describe("purpcode distill (CLI)", () => {
  it("rejects bad prompt rows with the file, line and field, exit 2", async () => {
    const model = ["--model", "policy", "--base-url", server.url];
    const noUser = write("no-user.jsonl", [
      PROMPTS[0],
      { task_id: "x:1", messages: [{ role: "system", content: "s" }], oracles: ["noreject"] },
    ]);
    let r = await runCli(["distill", "sample", "-i", noUser, "-o", join(dir, "o1"), ...model]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${noUser}:2: row has no user message`);

    const badRule = write("bad-rule.jsonl", [
      { ...PROMPTS[0], meta: { rule_context: { rules: [{ id: "CWE-78" }] } } },
    ]);
    r = await runCli(["distill", "sample", "-i", badRule, "-o", join(dir, "o2"), ...model]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${badRule}:1: meta.rule_context.rules.0.title`);

    const badOracle = write("bad-oracle.jsonl", [{ ...PROMPTS[1], oracles: ["vibes"] }]);
    r = await runCli(["distill", "sample", "-i", badOracle, "-o", join(dir, "o3"), ...model]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${badOracle}:1: invalid row: oracles\\[0\\]`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("samples from a model endpoint and tells the user which stage is missing", async () => {
    const input = write("prompts.jsonl", PROMPTS);
    const out = join(dir, "run");
    const r = await runCli([
      "--json",
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
      "--model",
      "policy",
      "--base-url",
      server.url,
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ stage: "sample", total: 20, done: 20, failed: 0 });
    expect(readFileSync(join(out, "samples.jsonl"), "utf8").trim().split("\n")).toHaveLength(24);

    const sel = await runCli(["distill", "select", "-i", input, "-o", out]);
    expect(sel.code).toBe(2);
    expect(sel.stderr).toContain("verdicts.jsonl: no verify output here");
    expect(sel.stderr).toContain("hint: run `purpcode distill verify` first");
  });
});
