/**
 * CPU time of this process and every process it started, ever (seconds): for comparing a sandboxed pass with a
 * bare one by CPU rather than by wall time, which this shared machine's load makes noisy.
 *
 * From /proc: a live process's own time (utime + stime) plus what it has reaped (cutime + cstime). A process
 * reaped by its parent moves into the parent's cutime, so summing over the live tree from this process down
 * counts each finished process once (the sandbox's warm interpreter reaps its runs; the runs' monitors reap
 * the programs). Kernel work done on the tree's behalf in kernel threads (a network namespace's teardown) is
 * not counted: no process of the tree is charged for it.
 */
import { readFileSync, readdirSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface Stat {
  ppid: number;
  ticks: number;
}

function stat(pid: number | "self"): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined; // gone meanwhile
  }
  // The command name may hold spaces and parentheses: fields start after the last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state): ppid is field 4, utime..cstime are fields 14..17.
  const n = (field: number) => Number(fields[field - 3]);
  return { ppid: n(4), ticks: n(14) + n(15) + n(16) + n(17) };
}

/** CPU seconds consumed so far by this process and all its descendants (live and reaped). */
export function treeCpuSeconds(): number {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (!s) continue;
    ticks.set(pid, s.ticks);
    const list = children.get(s.ppid);
    if (list) list.push(pid);
    else children.set(s.ppid, [pid]);
  }
  let total = 0;
  const stack = [process.pid];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += ticks.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / TICKS_PER_SECOND;
}
