import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OpenAIProviderSchema } from "../../src/core/config.js";
import { OpenAIChatProvider } from "../../src/llm/openai-provider.js";
import { cliArgs, runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

describe("purpcode dev mock-llm", () => {
  it("serves a scripted model that the real client can talk to, and stops on SIGTERM", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const script = join(dir, "script.yaml");
      writeFileSync(
        script,
        [
          "replies:",
          "  - match: 'capital of (\\w+)'",
          "    flags: i",
          "    reply: [Paris, Lyon]",
          "default: I do not know.",
        ].join("\n"),
      );
      const child = spawn(process.execPath, cliArgs(["dev", "mock-llm", "--script", script]), {
        stdio: ["ignore", "pipe", "pipe"],
      });
      const url = await new Promise<string>((resolve) =>
        child.stdout.once("data", (d: Buffer) => resolve(d.toString().trim())),
      );
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      const p = new OpenAIChatProvider(
        OpenAIProviderSchema.parse({ kind: "openai", model: "mock", base_url: url }),
      );
      const say = async (content: string) => (await p.chat({ messages: [{ role: "user", content }] })).text;
      expect(await say("What is the CAPITAL of France?")).toBe("Paris");
      expect(await say("capital of France again")).toBe("Lyon");
      expect(await say("something else")).toBe("I do not know.");
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      cleanup();
    }
  });

  it("rejects a bad script with the field named", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const script = join(dir, "bad.yaml");
      writeFileSync(script, "replies:\n  - match: x\n    answer: y\n");
      const r = await runCli(["dev", "mock-llm", "--script", script]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/bad\.yaml: invalid mock script: replies\[0\]/);
    } finally {
      cleanup();
    }
  });
});
