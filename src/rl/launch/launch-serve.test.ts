import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../test/support/cli.js";
import { tempDir } from "../../../test/support/tmp.js";

describe("rl launch (not a dry run)", () => {
  it("starts the reward services it is asked for, then runs the engine command", async () => {
    const { dir, cleanup } = tempDir();
    const port = 20000 + (process.pid % 20000);
    try {
      const res = await runCli(
        [
          "rl",
          "launch",
          "--engine",
          "verl",
          "--out",
          dir,
          "--serve-reward",
          "1",
          "--reward-port",
          String(port),
          "--reward-args",
          "--no-sandbox --analyzer-threads 1",
        ],
        { env: { PATH: "/usr/bin:/bin" }, timeoutMs: 90_000 },
      );
      expect(res.stderr).toContain(`reward services up: http://127.0.0.1:${port}`);
      // The service keeps running for the trainer; here verl is not installed, so the engine command fails.
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(res.stderr).toMatch(/No module named 'verl'/);
      expect(res.code).not.toBe(0);
    } finally {
      const pidFile = join(dir, `reward-${port}.pid`);
      try {
        process.kill(Number(readFileSync(pidFile, "utf8")), "SIGTERM");
      } catch {
        // never started
      }
      cleanup();
    }
  }, 120_000);
});
