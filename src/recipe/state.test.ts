// The run directory's lock against real processes: a holder that is still alive keeps the directory, one whose
// parent was killed (the launcher under a supervisor's SIGKILL) is waited for while it dies.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lockPath, lockRunDir } from "./state.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function runDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "purpcode-lock-"));
  dirs.push(dir);
  return dir;
}

/** A pid that was just used and has exited. */
const deadPid = (): number => spawnSync("true").pid!;

function holdBy(dir: string, pid: number, parent: number): void {
  writeFileSync(
    lockPath(dir),
    JSON.stringify({ pid, parent, host: hostname(), started_at: new Date().toISOString() }) + "\n",
  );
}

describe("the run directory's lock", () => {
  it("is refused while a holder with a live parent runs, naming its pid", () => {
    const dir = runDir();
    const holder = spawn("sleep", ["30"]);
    try {
      holdBy(dir, holder.pid!, process.pid);
      const started = Date.now();
      expect(() => lockRunDir(dir)).toThrow(`pid ${holder.pid}`);
      expect(Date.now() - started).toBeLessThan(1000); // no waiting when the holder's parent lives
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("waits for a holder whose parent is gone to die, then takes the directory over", () => {
    const dir = runDir();
    // The holder is orphaned as a killed launcher's child is: its shell exits at once and init reaps it later.
    const shell = spawnSync("sh", ["-c", "sleep 0.4 >/dev/null 2>&1 </dev/null & echo $!"], {
      encoding: "utf8",
    });
    holdBy(dir, Number(shell.stdout.trim()), shell.pid!);
    const started = Date.now();
    lockRunDir(dir)();
    expect(Date.now() - started).toBeGreaterThan(200);
  });

  it("takes over a lock whose holder is gone", () => {
    const dir = runDir();
    holdBy(dir, deadPid(), process.pid);
    lockRunDir(dir)();
  });
});
