import { spawn } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { requestedVerb } from "./verbs.js";

/**
 * Node flags some verbs need from the start: V8 sizes an isolate's young generation once, when the process
 * starts, so they cannot be set later. A 64 MiB young generation keeps the short-lived state of hundreds of LLM
 * requests in flight out of the old generation (client CPU per request +27% at 256 in flight under Node's
 * default; bench/llm-client). The analyzer wants the opposite: its syntax trees survive every scavenge, and a
 * young generation allowed to grow to 64 MiB raised `purpcode analyze`'s peak RSS on dist-packages from about
 * 210-250 to 310-330 MB under load (bench/analyzer/README.md). So the launcher starts plain and only the verbs
 * that talk to models run in a child process that has the flag.
 */
export const LLM_CLIENT_FLAGS = ["--max-semi-space-size=64"];

/**
 * V8 compiles a function with TurboFan once about 66 KB of its bytecode has run. The analyzer's large, branchy
 * functions (data flow's scope builder, the rule dispatch) reach that before their rare paths have run, deoptimise
 * when one does, and are compiled again, up to 14 times in one stdlib scan; on background threads, so it shows as
 * CPU, not wall time. At 2.5 MB they are compiled later and about once: `purpcode analyze` on
 * /usr/lib/python3.11 spent 7.3-8.5 CPU-s instead of 11.7-12.1 (main thread +0.5-1.5 s, compiler threads
 * -5 s), and long-running verbs still reach optimised code (bench/analyzer/README.md). Set before the CLI's code
 * is loaded; `PURPCODE_V8_TIERING=default` keeps V8's own setting (for the A/B in bench/analyzer/speed.ts).
 */
export const JIT_FLAGS = "--interrupt-budget=2500000";

export function tuneJit(env: NodeJS.ProcessEnv = process.env): void {
  if (env.PURPCODE_V8_TIERING !== "default") setFlagsFromString(JIT_FLAGS);
}

/** Verbs that keep many model requests in flight. */
const LLM_VERBS = new Set(["recipe", "redteam", "distill", "rl", "eval", "llm"]);

/** Set in the child, so it never relaunches itself (and is removed there, so grandchildren decide afresh). */
const LAUNCHED = "PURPCODE_LAUNCHED";

/** The flags this process should have been started with and was not (none: run here). */
export function missingStartFlags(
  argv: string[],
  execArgv: readonly string[],
  env: NodeJS.ProcessEnv,
): string[] {
  if (env[LAUNCHED]) return [];
  if (!LLM_VERBS.has(requestedVerb(argv) ?? "")) return [];
  const given = [...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)].map((f) => f.split("=")[0]);
  return LLM_CLIENT_FLAGS.filter((f) => !given.includes(f.split("=")[0]));
}

/**
 * Runs this same script in a child Node with the extra flags and the same stdio, and resolves with its exit
 * code. Ctrl-C reaches the whole foreground process group, the child included, so this process ignores SIGINT
 * rather than deliver it twice (a second one forces a stop in commands that shut down gracefully on the first).
 * SIGTERM and SIGHUP sent to this process alone are passed on. The child gets an IPC channel only to notice this
 * process dying (a supervisor's SIGKILL): it then dies the same way (`watchLauncher`).
 */
export function relaunch(flags: string[]): Promise<number> {
  const [, script, ...args] = process.argv;
  const child = spawn(process.execPath, [...process.execArgv, ...flags, script!, ...args], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, [LAUNCHED]: "1" },
  });
  const ignore = () => {};
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", ignore);
  process.on("SIGTERM", forward);
  process.on("SIGHUP", forward);
  return new Promise((resolve) => {
    child.on("error", (err) => {
      process.stderr.write(`purpcode: cannot start ${process.execPath}: ${err.message}\n`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      process.off("SIGINT", ignore);
      process.off("SIGTERM", forward);
      process.off("SIGHUP", forward);
      // Die of the same signal, so a caller sees what the child saw.
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}

/**
 * In a relaunched child: die with the launcher, and keep nothing alive for it. The launcher only goes away before
 * this process when it is killed outright (its graceful paths forward the signal and wait), so this process does
 * as a SIGKILL would have done to it: a supervisor that kills and restarts at once must not find the old run still
 * shutting down and holding its lock.
 */
export function watchLauncher(): void {
  if (!process.env[LAUNCHED]) return;
  delete process.env[LAUNCHED];
  if (!process.channel) return;
  process.channel.unref();
  process.once("disconnect", () => process.kill(process.pid, "SIGKILL"));
}
