import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * What a sandbox leaves behind under `parent` (host dirs, memory cgroups) is named after the process that made
 * it (`purpcode-sandbox-[support-]<pid>-...`). A process killed with SIGKILL runs no exit hook, so the next
 * Sandbox removes what belongs to dead pids. Entries of a live process, or of a reused pid, are left alone.
 */
export function sweepDeadOwners(parent: string, remove: (path: string) => void): void {
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(/^purpcode-sandbox-(?:support-)?(\d+)-/.exec(entry)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    remove(join(parent, entry));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
