import { runTask } from "./judge/harness.js";
import type { Execution, ExecutionRequest, SandboxOptions } from "./sandbox.js";
import { Sandbox } from "./sandbox.js";
import type { TestTask, Verdict } from "./judge/tasks.js";

export { Sandbox, UNSAFE_WARNING } from "./sandbox.js";
export type { Execution, ExecutionRequest, ExecutionStatus, SandboxOptions } from "./sandbox.js";
export { SandboxUnavailableError, INSTALL_HINT } from "./confinement/isolation.js";
export type { IsolationMode } from "./confinement/isolation.js";
export { DEFAULT_LIMITS, resolveLimits } from "./limits.js";
export type { Limits } from "./limits.js";
export { Pool, PoolSaturatedError, mapLimit } from "./pool.js";
export { LANGUAGES } from "./runners.js";
export type { Language } from "./runners.js";
export { TestTask as TestTaskSchema } from "./judge/tasks.js";
export type { TestTask, TestResult, TestStatus, Verdict } from "./judge/tasks.js";
export { runTask } from "./judge/harness.js";
export { checkSandbox } from "./check.js";
export type { SandboxCheck } from "./check.js";
export { createSandboxServer } from "./service/server.js";
export type { SandboxServer, SandboxServerOptions } from "./service/server.js";
export { parseRunCode, toRunCodeResponse } from "./service/fusion.js";
export type { RunCodeResponse } from "./service/fusion.js";

let shared: Promise<Sandbox> | undefined;

/** The process-wide sandbox used by runCode/runTests, opened on first use with default options. */
export function sharedSandbox(options?: SandboxOptions): Promise<Sandbox> {
  shared ??= Sandbox.open(options).catch((err: unknown) => {
    shared = undefined;
    throw err;
  });
  return shared;
}

/** Runs one program in the shared sandbox: plain data in, an Execution out. */
export async function runCode(request: ExecutionRequest): Promise<Execution> {
  return (await sharedSandbox()).run(request, { refuseWhenFull: false });
}

/** Runs a test task (HumanEval, asserts, pytest, stdio) in the shared sandbox and returns its Verdict. */
export async function runTests(task: TestTask): Promise<Verdict> {
  return runTask(await sharedSandbox(), task);
}
