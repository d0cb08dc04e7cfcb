import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../test/support/cli.js";
import { tempDir } from "../../../test/support/tmp.js";

/** Whether GET /health answers at this address (a refused connection is false). */
async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) })).status === 200;
  } catch {
    return false;
  }
}

async function launch(dir: string, port: number, extra: string[]) {
  return runCli(
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
      ...extra,
    ],
    { env: { PATH: "/usr/bin:/bin" }, timeoutMs: 90_000 },
  );
}

function stop(dir: string, port: number): void {
  try {
    process.kill(Number(readFileSync(join(dir, `reward-${port}.pid`), "utf8")), "SIGTERM");
  } catch {
    // never started
  }
}

describe("rl launch (not a dry run)", () => {
  it("starts the reward services it is asked for, then runs the engine command", async () => {
    const { dir, cleanup } = tempDir();
    const port = 20000 + (process.pid % 20000);
    try {
      const res = await launch(dir, port, []);
      expect(res.stderr).toContain(`reward services up: http://127.0.0.1:${port}`);
      // The service keeps running for the trainer; here verl is not installed, so the engine command fails.
      expect(await healthy(`http://127.0.0.1:${port}`)).toBe(true);
      expect(res.stderr).toMatch(/purpcode_verl: verl is not importable here .*No module named 'verl'/);
      expect(res.code).not.toBe(0);
    } finally {
      stop(dir, port);
      cleanup();
    }
  }, 120_000);

  it("multi-node reachability: the bind address decides who reaches the service, the URLs carry the host", async () => {
    // Two loopback addresses stand in for two nodes: 127.0.0.2 is "the head", 127.0.0.1 "another node".
    const { dir, cleanup } = tempDir();
    const port = 20000 + ((process.pid + 7919) % 20000);
    const port2 = port + 1 > 40000 ? port - 1 : port + 1;
    try {
      const headOnly = await launch(dir, port, ["--reward-bind", "127.0.0.2", "--reward-host", "127.0.0.2"]);
      expect(headOnly.stderr).toContain(`reward services up: http://127.0.0.2:${port}`);
      expect(readFileSync(join(dir, "launch-verl.sh"), "utf8")).toContain(
        `PURPCODE_REWARD_URLS=http://127.0.0.2:${port}`,
      );
      expect(await healthy(`http://127.0.0.2:${port}`)).toBe(true);
      // Bound to one address, the service is unreachable at another: the old 127.0.0.1-only failure mode.
      expect(await healthy(`http://127.0.0.1:${port}`)).toBe(false);
      stop(dir, port);

      const everyone = await launch(dir, port2, ["--reward-bind", "0.0.0.0", "--reward-host", "127.0.0.2"]);
      expect(everyone.stderr).toContain(`reward services up: http://127.0.0.2:${port2}`);
      expect(await healthy(`http://127.0.0.2:${port2}`)).toBe(true);
      expect(await healthy(`http://127.0.0.1:${port2}`)).toBe(true);
    } finally {
      stop(dir, port);
      stop(dir, port2);
      cleanup();
    }
  }, 200_000);
});
