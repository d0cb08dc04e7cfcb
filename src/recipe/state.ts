import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { InputError } from "../core/errors.js";
import { join } from "node:path";
import { writeFileAtomic } from "../core/jsonl.js";
import { fileDigest } from "../core/provenance.js";

/**
 * The run's record of its stages: for each, the key it ran under (a hash of its resolved parameters, its input
 * files' digests and the key of the stage before it), its state and its counts. A stage whose recorded key
 * equals its current key and that finished is skipped; one that started under the same key resumes.
 */

/** `interrupted` is never written: it is how status reads a "running" stage whose run holds no lock. */
export type StageState = "running" | "done" | "failed" | "interrupted";

export interface StageRecord {
  state: StageState;
  key: string;
  inputs: Array<{ path: string; sha256: string; bytes: number }>;
  counts: Record<string, number>;
  notes?: string[];
  started_at: string;
  finished_at?: string;
  seconds?: number;
  error?: string;
}

export interface RunState {
  recipe: string;
  name: string;
  dry_run: boolean;
  stages: Record<string, StageRecord>;
}

export const statePath = (runDir: string) => join(runDir, "recipe-state.json");

export function readState(runDir: string): RunState | undefined {
  const file = statePath(runDir);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as RunState;
}

export async function writeState(runDir: string, state: RunState): Promise<void> {
  await writeFileAtomic(statePath(runDir), JSON.stringify(state, null, 2) + "\n");
}

/** Digests of the files a stage reads (missing files count as empty, so they change the key when they appear). */
export async function inputDigests(files: string[]): Promise<StageRecord["inputs"]> {
  const out = [];
  for (const path of files) {
    if (!existsSync(path)) out.push({ path, sha256: "missing", bytes: 0 });
    else {
      const d = await fileDigest(path);
      out.push({ path, sha256: d.sha256, bytes: d.bytes });
    }
  }
  return out;
}

/** Stable JSON (sorted keys) so a key does not depend on property order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

export function stageKey(parameters: unknown, inputs: StageRecord["inputs"], previous: string): string {
  return createHash("sha256")
    .update(canonical({ parameters, inputs: inputs.map((i) => [i.path, i.sha256]), previous }))
    .digest("hex");
}

export const lockPath = (runDir: string) => join(runDir, "recipe.lock");

interface LockInfo {
  pid: number;
  /** The holder's parent when it took the lock (the launcher, or a shell); absent in locks of older versions. */
  parent?: number;
  host: string;
  started_at: string;
}

/**
 * Whether a process with this pid runs on this machine (EPERM: it exists but belongs to another user). A zombie
 * has finished: an orphan waits as one until init reaps it, which some containers' init never does.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    // The state follows the command name in parentheses, which may itself contain spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (not Linux): the signal's answer stands
  }
}

/** The live holder of the run directory's lock, if any (a lock left by a killed run does not count). */
export function lockHolder(runDir: string): LockInfo | undefined {
  let info: LockInfo;
  try {
    info = JSON.parse(readFileSync(lockPath(runDir), "utf8")) as LockInfo;
  } catch {
    return undefined;
  }
  if (info.host !== hostname()) return info; // another machine's run: assume it lives
  return alive(info.pid) ? info : undefined;
}

/**
 * Whether the holder went away within a few seconds, when its parent is already gone: the launcher was killed and
 * its child follows within milliseconds, so a run restarted at once should not be told the directory is taken.
 */
function holderDies(holder: LockInfo): boolean {
  if (holder.host !== hostname() || holder.parent === undefined || holder.parent <= 1 || alive(holder.parent))
    return false;
  for (const end = Date.now() + DYING_HOLDER_WAIT_MS; Date.now() < end;) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    if (!alive(holder.pid)) return true;
  }
  return false;
}

const DYING_HOLDER_WAIT_MS = 5000;

/**
 * Takes the run directory for this process: two runs of one recipe would both run every stage and interleave
 * their rows. A lock whose holder died (kill -9) is taken over. Returns the release function.
 */
export function lockRunDir(runDir: string): () => void {
  const file = lockPath(runDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      const info: LockInfo = {
        pid: process.pid,
        parent: process.ppid,
        host: hostname(),
        started_at: new Date().toISOString(),
      };
      writeSync(fd, JSON.stringify(info) + "\n");
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = lockHolder(runDir);
      if (holder && !holderDies(holder))
        throw new InputError(
          `another recipe run holds this run directory (pid ${holder.pid} on ${holder.host}, since ${holder.started_at})`,
          {
            file: runDir,
            hint: `wait for it, or stop it (kill ${holder.pid}); a killed run's lock is taken over`,
          },
        );
      rmSync(file, { force: true }); // stale: its holder is gone
    }
  }
  throw new InputError("could not take the run directory's lock", { file: runDir });
}
