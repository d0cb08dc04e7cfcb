// The launcher (bin/purpcode.js) runs verbs that call models in a child Node started with a larger young
// generation. These tests start the real launcher and the real reward service (no sandbox, no judge) and check
// the child's command line, that SIGTERM reaches it, and that it stops by itself when the launcher is killed.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distIsFresh } from "../support/cli.js";

const root = new URL("../..", import.meta.url).pathname;
const launcher = join(root, "bin/purpcode.js");

function startService(): { proc: ChildProcess; ready: Promise<void>; exit: Promise<number | null> } {
  if (!distIsFresh()) throw new Error("dist/ is older than src/: run `npm run build` first");
  const proc = spawn(process.execPath, [launcher, "rl", "reward-serve", "--port", "0", "--no-sandbox"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  const ready = new Promise<void>((resolve, reject) => {
    proc.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      if (err.includes("reward service on")) resolve();
    });
    proc.on("exit", () => reject(new Error(`launcher exited before serving: ${err}`)));
  });
  const exit = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { proc, ready, exit };
}

const children = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);

async function gone(pid: number, withinMs: number): Promise<boolean> {
  for (const end = Date.now() + withinMs; Date.now() < end;)
    if (!existsSync(`/proc/${pid}`)) return true;
    else await new Promise((r) => setTimeout(r, 100));
  return !existsSync(`/proc/${pid}`);
}

describe("the launcher", () => {
  it("starts a model-calling verb in a child with the flag and passes SIGTERM on", async () => {
    const { proc, ready, exit } = startService();
    try {
      await ready;
      const [child] = children(proc.pid!);
      expect(child).toBeDefined();
      const cmdline = readFileSync(`/proc/${child}/cmdline`, "utf8").split("\0");
      expect(cmdline).toContain("--max-semi-space-size=64");
      expect(cmdline).toContain("reward-serve");
      proc.kill("SIGTERM");
      expect(await exit).toBe(0); // the service shut down gracefully and the launcher passed its code on
      expect(await gone(child!, 5000)).toBe(true);
    } finally {
      proc.kill("SIGKILL");
    }
  }, 30_000);

  it("leaves no child running when the launcher itself is killed", async () => {
    const { proc, ready } = startService();
    await ready.catch((e) => {
      proc.kill("SIGKILL");
      throw e;
    });
    const [child] = children(proc.pid!);
    proc.kill("SIGKILL");
    expect(await gone(child!, 15_000)).toBe(true);
  }, 30_000);
});
