import { readFileSync, readdirSync } from "node:fs";

/** Host pids, from /proc. */
export function allPids(): number[] {
  return readdirSync("/proc")
    .filter((e) => /^\d+$/.test(e))
    .map(Number);
}

function parentOf(pid: number): number | undefined {
  try {
    return Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  } catch {
    return undefined;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return "";
  }
}

/**
 * The warm interpreters this process started, as host pids: the bubblewrap it spawned, bubblewrap's
 * namespace init and the zygote. Executions forked from a zygote are its children, not listed here.
 */
export function warmInterpreters(
  pids: number[] = allPids(),
): Array<{ outer: number; init: number; zygote: number }> {
  const childrenOf = (parent: number) => pids.filter((p) => parentOf(p) === parent);
  const found: Array<{ outer: number; init: number; zygote: number }> = [];
  for (const outer of childrenOf(process.pid)) {
    if (!cmdline(outer).includes("purpcode_warm")) continue;
    for (const init of childrenOf(outer))
      for (const zygote of childrenOf(init)) found.push({ outer, init, zygote });
  }
  return found;
}

/**
 * Python that forks `children` processes which each fill `mb` MiB and hold it a while, then prints the sorted
 * exit codes (-9: killed, as by the OOM killer).
 */
export function forkAndFill(children: number, mb: number, holdSeconds = 1.5): string {
  return `import os, time
kids = []
for i in range(${children}):
    pid = os.fork()
    if pid == 0:
        block = b"\\x01" * (${mb} * 1024 * 1024)
        time.sleep(${holdSeconds})
        os._exit(0)
    kids.append(pid)
print(sorted(os.waitstatus_to_exitcode(os.waitpid(k, 0)[1]) for k in kids))`;
}
