import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import type { Limits } from "../limits.js";

/**
 * Which program a warm execution runs: the test driver (HumanEval, asserts), pytest, the user's main.py, or
 * (exec) any other program, exec'd fresh inside the execution's namespaces.
 */
export type WarmMode = "judge" | "judge_pytest" | "main" | "pytest" | "exec";

export const WARM_MODULE = "purpcode_warm";

/**
 * Bounds of every number a run message carries (python/purpcode_warm.py checks the same ones again): whatever a
 * request asked for, only integers in range cross to the shared interpreter.
 */
export const WARM_LIMIT_RANGES = {
  cpu: [1, 86_400],
  as: [2 ** 20, 2 ** 46],
  nproc: [1, 2 ** 16],
  fsize: [0, 2 ** 40],
  nofile: [16, 2 ** 20],
  tmp: [2 ** 12, 2 ** 40],
  work: [2 ** 12, 2 ** 40],
  wall_ms: [1, 86_400_000],
  run_memory: [0, 2 ** 46],
} as const satisfies Record<string, readonly [number, number]>;

/** The run message's limits: integers within WARM_LIMIT_RANGES, or a RangeError naming the field. */
export function warmLimits(limits: Limits): Record<keyof typeof WARM_LIMIT_RANGES, number> {
  const mib = 1024 * 1024;
  const values = {
    cpu: Math.ceil(limits.cpuSeconds),
    as: Math.floor(limits.memoryMb * mib),
    nproc: Math.floor(limits.processes),
    fsize: Math.floor(limits.fileSizeMb * mib),
    nofile: Math.floor(limits.openFiles),
    tmp: Math.floor(limits.tmpMb * mib),
    work: Math.floor(limits.workMb * mib),
    wall_ms: Math.ceil(limits.wallMs),
    run_memory: Math.floor(limits.runMemoryMb * mib),
  };
  for (const [name, value] of Object.entries(values)) {
    const [low, high] = WARM_LIMIT_RANGES[name as keyof typeof WARM_LIMIT_RANGES];
    if (!Number.isSafeInteger(value) || value < low || value > high)
      throw new RangeError(`sandbox limit ${name} must be an integer in [${low}, ${high}], got ${value}`);
  }
  return values;
}

/** How a warm execution ended, as its monitor (or the zygote, for a killed monitor) reported it. */
export type WarmEnd =
  | { kind: "exit"; code: number }
  | { kind: "signal"; signal: number }
  | { kind: "timeout" }
  | { kind: "killed" }
  | { kind: "error"; message: string };

interface InFlight {
  onStdout: (chunk: Buffer) => void;
  onStderr: (chunk: Buffer) => void;
  resolve: (end: WarmEnd) => void;
}

const READY_TIMEOUT_MS = 15_000;

/**
 * Host side of the warm Python interpreter (see python/purpcode_warm.py): one long-lived zygote in its own bubblewrap
 * sandbox, asked over its stdin to start executions and answering with output and exit frames on its stdout.
 * If the zygote dies, every execution in flight ends with an error and the next `start` makes a new one.
 */
export class WarmPython {
  private readonly inFlight = new Map<string, InFlight>();
  private pending: Buffer = Buffer.alloc(0);
  private exited = false;
  private stderrTail = "";

  private constructor(private readonly child: ChildProcess) {}

  /** Starts the zygote (argv: bubblewrap and its arguments) and resolves once it has said it is ready. */
  static start(file: string, args: string[], spawnAs: { uid?: number; gid?: number }): Promise<WarmPython> {
    // fd 3 takes bubblewrap's JSON status lines (see STATUS_FD), which are not needed here.
    const child = spawn(file, args, { env: {}, stdio: ["pipe", "pipe", "pipe", "pipe"], ...spawnAs });
    (child.stdio[3] as NodeJS.ReadableStream | null)?.resume();
    const warm = new WarmPython(child);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error("warm interpreter did not start in time"));
      }, READY_TIMEOUT_MS);
      const fail = (why: string): void => {
        clearTimeout(timer);
        reject(new Error(`warm interpreter failed to start: ${why}`));
      };
      warm.onReady = () => {
        clearTimeout(timer);
        resolve(warm);
      };
      child.on("error", (err) => fail(err.message));
      child.on("close", (code) => {
        warm.exited = true;
        fail(warm.stderrTail.trim() || `exit code ${code}`);
        warm.failAll(`the warm interpreter exited (${warm.stderrTail.trim() || `code ${code}`})`);
      });
      child.stdin?.on("error", () => {});
      child.stderr?.on("data", (d: Buffer) => {
        warm.stderrTail = (warm.stderrTail + d.toString("utf8")).slice(-2000);
      });
      child.stdout?.on("data", (d: Buffer) => warm.consume(d));
      warm.setRef(false);
    });
  }

  private onReady: () => void = () => {};

  get alive(): boolean {
    return !this.exited;
  }

  /**
   * Starts execution `id`: its host work dir <workRoot>/<id> holds its files, .purpcode-stdin and
   * .purpcode-launch (files to fetch back, and pytest's arguments). The monitor enforces the wall time itself,
   * so that what finished before it (the driver's records) is copied back.
   */
  run(
    id: string,
    mode: WarmMode,
    limits: Limits,
    sinks: { onStdout: (chunk: Buffer) => void; onStderr: (chunk: Buffer) => void },
  ): Promise<WarmEnd> {
    if (this.exited) return Promise.resolve({ kind: "error", message: "the warm interpreter has exited" });
    if (!/^\w{1,64}$/.test(id)) throw new Error(`bad execution id ${id}`);
    let message: string;
    try {
      message = JSON.stringify({ op: "run", id, mode, limits: warmLimits(limits) });
    } catch (err) {
      return Promise.resolve({ kind: "error", message: (err as Error).message });
    }
    return new Promise((resolve) => {
      if (this.inFlight.size === 0) this.setRef(true);
      this.inFlight.set(id, { ...sinks, resolve });
      this.child.stdin?.write(`${message}\n`);
    });
  }

  /** Kills execution `id` and everything it started (its whole pid namespace). */
  kill(id: string): void {
    if (!this.exited && this.inFlight.has(id))
      this.child.stdin?.write(`${JSON.stringify({ op: "kill", id })}\n`);
  }

  close(): void {
    this.child.stdin?.end();
    this.child.kill("SIGKILL");
  }

  private consume(data: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, data]) : data;
    for (;;) {
      const newline = this.pending.indexOf(10);
      if (newline < 0) return;
      const [id, kind, size] = this.pending.subarray(0, newline).toString("latin1").split(" ");
      const length = Number(size);
      if (id === undefined || kind === undefined || !Number.isInteger(length)) {
        this.failAll("the warm interpreter sent a malformed frame");
        this.close();
        return;
      }
      if (this.pending.length < newline + 1 + length) return;
      const payload = this.pending.subarray(newline + 1, newline + 1 + length);
      this.pending = this.pending.subarray(newline + 1 + length);
      this.dispatch(id, kind, payload);
    }
  }

  private dispatch(id: string, kind: string, payload: Buffer): void {
    if (kind === "r") return this.onReady();
    const run = this.inFlight.get(id);
    if (!run) return; // a late frame for an execution that has already ended
    if (kind === "o") return run.onStdout(payload);
    if (kind === "e") return run.onStderr(payload);
    if (kind !== "x") return;
    this.inFlight.delete(id);
    if (this.inFlight.size === 0) this.setRef(false);
    const [what, value = ""] = splitOnce(payload.toString("utf8"));
    if (what === "exit") run.resolve({ kind: "exit", code: Number(value) });
    else if (what === "signal") run.resolve({ kind: "signal", signal: Number(value) });
    else if (what === "timeout") run.resolve({ kind: "timeout" });
    else if (what === "killed") run.resolve({ kind: "killed" });
    else run.resolve({ kind: "error", message: value || what });
  }

  /** An idle zygote must not keep the host process alive (a library user may never call close). */
  private setRef(ref: boolean): void {
    for (const handle of [this.child, ...this.child.stdio]) {
      const h = handle as { ref?: () => void; unref?: () => void } | null;
      if (ref) h?.ref?.();
      else h?.unref?.();
    }
  }

  private failAll(message: string): void {
    this.exited = true;
    for (const run of this.inFlight.values()) run.resolve({ kind: "error", message });
    this.inFlight.clear();
  }
}

function splitOnce(text: string): [string, string?] {
  const space = text.indexOf(" ");
  return space < 0 ? [text] : [text.slice(0, space), text.slice(space + 1)];
}
