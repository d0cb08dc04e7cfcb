import {
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmdirSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { sweepDeadOwners } from "./stale.js";

/**
 * A memory cgroup holding every sandboxed process, with a cap on their total memory. The per-process address
 * space limit alone lets one run fork its process limit's worth of children, each filling that limit; the cap
 * keeps the sum below what the host can spare, and the kernel's OOM killer then picks a sandboxed process
 * (programs raise their own oom_score_adj, so they go before the harness). Where no writable memory cgroup
 * exists (most non-root set-ups), there is no cap and `purpcode sandbox check` says so.
 */
export class MemoryCap {
  private constructor(
    readonly dir: string,
    readonly version: 1 | 2,
    readonly limitBytes: number,
  ) {}

  /** The file a process writes its pid to in order to join. */
  get procsFile(): string {
    return join(this.dir, "cgroup.procs");
  }

  /** Creates the cgroup under this process's own memory cgroup; a reason string where that is impossible. */
  static create(limitBytes: number, owner?: { uid: number; gid: number }): MemoryCap | string {
    const own = ownMemoryCgroup();
    if (typeof own === "string") return own;
    sweepDeadOwners(own.dir, removeGroup);
    const dir = join(own.dir, `purpcode-sandbox-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
    try {
      mkdirSync(dir);
    } catch (err) {
      return `cannot create a memory cgroup under ${own.dir}: ${(err as NodeJS.ErrnoException).code ?? err}`;
    }
    const cap = new MemoryCap(dir, own.version, limitBytes);
    try {
      if (own.version === 1) {
        writeFileSync(join(dir, "memory.limit_in_bytes"), String(limitBytes));
        // With swap, memory+swap gets the same cap, or the excess would just be swapped out.
        if (existsSync(join(dir, "memory.memsw.limit_in_bytes")))
          writeFileSync(join(dir, "memory.memsw.limit_in_bytes"), String(limitBytes));
      } else {
        writeFileSync(join(dir, "memory.max"), String(limitBytes));
        if (existsSync(join(dir, "memory.swap.max"))) writeFileSync(join(dir, "memory.swap.max"), "0");
      }
      // Sandboxes start as their own uid and move themselves in (see `wrap`); on v1 the warm interpreter also
      // makes a sub-group per run (limits.runMemoryMb), so the uid owns the directory too.
      if (owner) {
        chownSync(cap.procsFile, owner.uid, owner.gid);
        if (own.version === 1) {
          chownSync(join(dir, "tasks"), owner.uid, owner.gid);
          chownSync(dir, owner.uid, owner.gid);
        }
      }
    } catch (err) {
      cap.remove();
      return `cannot set up the memory cgroup ${dir}: ${(err as NodeJS.ErrnoException).code ?? err}`;
    }
    return cap;
  }

  /**
   * argv that joins the cgroup and then execs the command, so that every process the command starts is in it
   * from its first instruction (moving a running process would leave the children it already has behind).
   */
  wrap(file: string, args: string[]): [string, string[]] {
    return ["/bin/sh", ["-c", 'echo $$ > "$0" && exec "$@"', this.procsFile, file, ...args]];
  }

  /** Highest total memory use seen, in bytes (undefined where the kernel does not report it). */
  peakBytes(): number | undefined {
    const file = this.version === 1 ? "memory.max_usage_in_bytes" : "memory.peak";
    try {
      return Number(readFileSync(join(this.dir, file), "utf8").trim());
    } catch {
      return undefined;
    }
  }

  /** Per-run sub-groups can be made in it (cgroup v1: a group's memory limit holds for its sub-groups). */
  get delegable(): boolean {
    return this.version === 1;
  }

  /** Removes the cgroup (and any per-run groups left in it) once their processes are gone; best effort. */
  remove(): void {
    removeGroup(this.dir);
  }
}

function removeGroup(dir: string): void {
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) removeGroup(join(dir, entry.name));
    rmdirSync(dir);
  } catch {
    // still populated, or already gone
  }
}

function ownMemoryCgroup(): { dir: string; version: 1 | 2 } | string {
  let lines: string[];
  try {
    lines = readFileSync("/proc/self/cgroup", "utf8").trim().split("\n");
  } catch {
    return "no /proc/self/cgroup";
  }
  const v1 = lines.find((l) => /^\d+:([^:]*,)?memory(,[^:]*)?:/.test(l));
  if (v1 && existsSync("/sys/fs/cgroup/memory"))
    return { dir: join("/sys/fs/cgroup/memory", v1.split(":")[2] ?? "/"), version: 1 };
  const v2 = lines.find((l) => l.startsWith("0::"));
  if (v2) {
    try {
      if (readFileSync("/sys/fs/cgroup/cgroup.controllers", "utf8").split(/\s+/).includes("memory"))
        return { dir: join("/sys/fs/cgroup", v2.slice(3)), version: 2 };
    } catch {
      // no unified hierarchy mounted
    }
  }
  return "no memory cgroup controller is mounted";
}

/** What this machine allows, for tests and checks: a cap at all, and per-run groups inside it. */
export function memoryCgroupSupport(): { cap: boolean; perRun: boolean; reason?: string } {
  const probe = MemoryCap.create(1 << 30);
  if (typeof probe === "string") return { cap: false, perRun: false, reason: probe };
  probe.remove();
  return { cap: true, perRun: probe.delegable };
}
