import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/core/config.js";
import { InputError } from "../../src/core/errors.js";
import { startOpenAIServer, type OpenAIServer } from "../../src/llm/standins/openai-server.js";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

const { dir, cleanup } = tempDir();
let server: OpenAIServer;
beforeAll(async () => {
  server = await startOpenAIServer({ script: [{ match: /ping/, reply: "pong" }] });
});
afterAll(async () => {
  await server.close();
  cleanup();
});

describe("purpcode CLI", () => {
  it("lists every verb in --help and exits 0", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    for (const verb of ["config", "llm", "dev"]) expect(r.stdout).toMatch(new RegExp(`^  ${verb}\\b`, "m"));
  });

  it("gives each verb its own --help", async () => {
    const r = await runCli(["llm", "bench", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--requests <n>/);
  });

  it("rejects an unknown verb and a bad option with exit code 2", async () => {
    const verb = await runCli(["frobnicate"]);
    expect(verb.code).toBe(2);
    expect(verb.stderr).toMatch(/unknown command 'frobnicate'/);
    const option = await runCli(["config", "check", "--frob"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/unknown option '--frob'/);
  });

  it("config check names the file, key path and line of an error", async () => {
    const file = join(dir, "bad.yaml");
    writeFileSync(
      file,
      "models:\n  judge:\n    kind: openai\n    model: j\n    base_url: http://127.0.0.1:1/v1\n    concurrency: -3\n",
    );
    const r = await runCli(["config", "check", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: invalid config: models.judge.concurrency (line 6)`);
    expect(r.stderr).toMatch(/Too small|>0|greater than/i);
  });

  it("config check prints the resolved config and applies --set overrides", async () => {
    const file = join(dir, "ok.yaml");
    writeFileSync(
      file,
      "models:\n  judge:\n    kind: openai\n    model: j\n    base_url: http://127.0.0.1:1/v1\n",
    );
    const r = await runCli(["--json", "config", "check", file, "--set", "models.judge.concurrency=7"]);
    expect(r.code).toBe(0);
    const resolved = JSON.parse(r.stdout);
    expect(resolved.models.judge).toMatchObject({ concurrency: 7, max_retries: 6, balance: "least-busy" });
    const bad = await runCli(["config", "check", file, "--set", "models.judge.concurrency=many"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--set: models\.judge\.concurrency/);
  });

  it("llm chat answers through the real client, from an argument or stdin", async () => {
    const args = ["llm", "chat", "--model", "m", "--base-url", server.url];
    expect((await runCli([...args, "ping?"])).stdout).toBe("pong\n");
    expect((await runCli(args, { input: "ping from stdin" })).stdout).toBe("pong\n");
    const none = await runCli(["llm", "chat", "ping"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no model given/);
  });

  it("llm bench reports throughput and latency percentiles as JSON", async () => {
    const r = await runCli([
      "--json",
      "llm",
      "bench",
      "--model",
      "m",
      "--base-url",
      server.url,
      "-n",
      "50",
      "-C",
      "8",
      "--prompt",
      "ping",
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ requests: 50, ok: 50, errors: 0, concurrency: 8 });
    expect(report.latencyMs.p99).toBeGreaterThanOrEqual(report.latencyMs.p50);
  });
});

describe("config parsing", () => {
  it("reports an unknown key at the key itself, with its line", async () => {
    const err = (() => {
      try {
        parseConfig("run_dir: x\nmodles: {}\n", "r.yaml");
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      'r.yaml: invalid config: modles (line 2): Unrecognized key: "modles"',
    );
  });

  it("reports invalid YAML with its line", async () => {
    expect(() => parseConfig("models:\n  a: [1,\n", "y.yaml")).toThrow(/y\.yaml:\d+: invalid YAML/);
  });
});
