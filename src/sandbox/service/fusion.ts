import { z } from "zod";
import type { Execution, Sandbox } from "../sandbox.js";
import type { ProgramOutcome, ProgramRequest } from "../languages/program.js";
import { languageUnavailable, runProgram } from "../languages/program.js";
import { TOOLCHAINS } from "../languages/toolchains.js";
import { relativeWorkPath } from "../confinement/workdir.js";
import type { Limits } from "../limits.js";
import { LIMIT_CEILINGS } from "../limits.js";

/**
 * SandboxFusion's /run_code contract (integrations.md): request fields with their defaults, unknown fields
 * ignored, and the Success / Failed / SandboxError status rules.
 */
export const RunCodeRequest = z.object({
  code: z.string(),
  language: z.string(),
  compile_timeout: z.number().nonnegative().default(10),
  run_timeout: z.number().nonnegative().default(10),
  memory_limit_MB: z.number().int().default(-1),
  stdin: z.string().nullish(),
  files: z.record(z.string(), z.string().nullable()).nullish(),
  fetch_files: z.array(z.string()).nullish(),
});
export type RunCodeRequest = z.infer<typeof RunCodeRequest>;

/**
 * Languages SandboxFusion knows (its request schema, plus runner keys it has). Those that cannot run here get a
 * SandboxError, as there; unknown names a 422. `c` is ours (gcc) besides these.
 */
export const FUSION_LANGUAGES = [
  "python",
  "pytest",
  "cpp",
  "go",
  "go_test",
  "java",
  "nodejs",
  "csharp",
  "typescript",
  "rust",
  "php",
  "bash",
  "jest",
  "lua",
  "R",
  "perl",
  "D_ut",
  "ruby",
  "scala",
  "julia",
  "kotlin_script",
  "verilog",
  "lean",
  "swift",
  "racket",
  "cuda",
  "python_gpu",
  "junit",
  "pyspark",
  "sql",
] as const;

export interface CommandRunResult {
  status: "Finished" | "Error" | "TimeLimitExceeded";
  execution_time: number | null;
  return_code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunCodeResponse {
  status: "Success" | "Failed" | "SandboxError";
  message: string;
  compile_result: CommandRunResult | null;
  run_result: CommandRunResult | null;
  executor_pod_name: string | null;
  files: Record<string, string>;
}

/** FastAPI-style validation error entries. */
export interface ValidationDetail {
  loc: Array<string | number>;
  msg: string;
  type: string;
}

/** What the service accepts at most in one /run_code request (out of range: 422 naming the field). */
export interface RunCodeBounds {
  /** Ceilings of the run's limits: run_timeout <= wallMs / 1000, memory_limit_MB <= memoryMb. */
  limits: Pick<Limits, "wallMs" | "memoryMb">;
  /** Most entries in `files` and in `fetch_files`. */
  maxFiles: number;
  /** Largest decoded file, bytes. */
  maxFileBytes: number;
}

export const DEFAULT_RUN_CODE_BOUNDS: RunCodeBounds = {
  limits: { wallMs: LIMIT_CEILINGS.wallMs, memoryMb: LIMIT_CEILINGS.memoryMb },
  maxFiles: 256,
  maxFileBytes: 16 * 1024 * 1024,
};

/** Validates a /run_code body; returns the request to run, a response to send as-is, or 422 details. */
export function parseRunCode(
  body: unknown,
  bounds: RunCodeBounds = DEFAULT_RUN_CODE_BOUNDS,
):
  | { ok: true; request: ProgramRequest }
  | { ok: false; unsupported: RunCodeResponse }
  | { ok: false; detail: ValidationDetail[] } {
  const parsed = RunCodeRequest.safeParse(body);
  if (!parsed.success) {
    return {
      ok: false,
      detail: parsed.error.issues.map((i) => ({
        loc: ["body", ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
        msg: i.message,
        type: i.code,
      })),
    };
  }
  const r = parsed.data;
  const bad = (field: string, msg: string) => ({
    ok: false as const,
    detail: [{ loc: ["body", field], msg, type: "less_than_equal" }],
  });
  const maxTimeout = bounds.limits.wallMs / 1000;
  if (r.run_timeout > maxTimeout)
    return bad("run_timeout", `run_timeout must be at most ${maxTimeout} (seconds)`);
  if (r.memory_limit_MB > bounds.limits.memoryMb)
    return bad("memory_limit_MB", `memory_limit_MB must be at most ${bounds.limits.memoryMb}`);
  if (Object.keys(r.files ?? {}).length > bounds.maxFiles)
    return bad("files", `at most ${bounds.maxFiles} files per request`);
  if ((r.fetch_files ?? []).length > bounds.maxFiles)
    return bad("fetch_files", `at most ${bounds.maxFiles} files to fetch per request`);
  if (!(FUSION_LANGUAGES as readonly string[]).includes(r.language) && !(r.language in TOOLCHAINS))
    return {
      ok: false,
      detail: [
        { loc: ["body", "language"], msg: `unknown language ${JSON.stringify(r.language)}`, type: "enum" },
      ],
    };
  // SandboxFusion answers a language it accepts but cannot run (sql, a missing toolchain) with a SandboxError.
  const unavailable = languageUnavailable(r.language);
  if (unavailable)
    return {
      ok: false,
      unsupported: sandboxError(`language ${r.language} is not available: ${unavailable}`),
    };
  const files: Record<string, Uint8Array> = {};
  const detail: ValidationDetail[] = [];
  for (const [path, content] of Object.entries(r.files ?? {})) {
    if (content === null) continue;
    try {
      relativeWorkPath(path);
    } catch (err) {
      detail.push({ loc: ["body", "files", path], msg: (err as Error).message, type: "value_error" });
      continue;
    }
    files[path] = Buffer.from(content, "base64");
    if (files[path].length > bounds.maxFileBytes)
      detail.push({
        loc: ["body", "files", path],
        msg: `larger than ${bounds.maxFileBytes} bytes`,
        type: "less_than_equal",
      });
  }
  if (detail.length) return { ok: false, detail };
  const request: ProgramRequest = {
    language: r.language,
    code: r.code,
    files,
    fetchFiles: r.fetch_files ?? [],
    limits: {
      wallMs: Math.max(1, r.run_timeout * 1000),
      // The program's memory: each process's address space and, where runs have a cgroup, all of them together.
      ...(r.memory_limit_MB > 0 ? { memoryMb: r.memory_limit_MB, runMemoryMb: r.memory_limit_MB } : {}),
    },
    compileLimits: { wallMs: Math.max(1, r.compile_timeout * 1000) },
  };
  if (r.stdin != null) request.stdin = r.stdin;
  return { ok: true, request };
}

export function sandboxError(message: string): RunCodeResponse {
  return {
    status: "SandboxError",
    message,
    compile_result: null,
    run_result: null,
    executor_pod_name: null,
    files: {},
  };
}

/** Maps an execution to SandboxFusion's response and its status rules. */
export function toRunCodeResponse(execution: Execution, podName: string): RunCodeResponse {
  if (execution.status === "sandbox-error")
    return { ...sandboxError(execution.error ?? "sandbox error"), executor_pod_name: podName };
  const run: CommandRunResult = {
    status: execution.status === "timeout" ? "TimeLimitExceeded" : "Finished",
    execution_time: execution.durationMs / 1000,
    // As SandboxFusion: a run killed at its time limit has no return code.
    return_code: execution.status === "timeout" ? null : execution.exitCode,
    stdout: execution.stdout,
    stderr: execution.stderr,
  };
  const failed = run.status === "TimeLimitExceeded" || run.return_code !== 0;
  const fetchErrors = Object.entries(execution.fetchErrors).map(([p, why]) => `${p}: ${why}`);
  return {
    status: failed ? "Failed" : "Success",
    message: fetchErrors.length ? `could not fetch ${fetchErrors.join("; ")}` : "",
    compile_result: null,
    run_result: run,
    executor_pod_name: podName,
    files: execution.files,
  };
}

function commandResult(execution: Execution): CommandRunResult {
  return {
    status: execution.status === "timeout" ? "TimeLimitExceeded" : "Finished",
    execution_time: execution.durationMs / 1000,
    return_code: execution.exitCode,
    stdout: execution.stdout,
    stderr: execution.stderr,
  };
}

/**
 * SandboxFusion's answer for a compiled or scripted program: a sandbox error in either step is a SandboxError,
 * else a timeout or a non-zero exit in either is Failed; the run is skipped (null) after a failed compile. For
 * languages whose compile SandboxFusion folds into the run (go test, tsx, dotnet run), a failed compile is
 * reported as the run's result and compile_result stays null.
 */
export function toProgramResponse(outcome: ProgramOutcome, podName: string): RunCodeResponse {
  if (outcome.unavailable !== undefined)
    return { ...sandboxError(outcome.unavailable), executor_pod_name: podName };
  const compile = outcome.compile?.execution;
  if (compile?.status === "sandbox-error" || outcome.run?.status === "sandbox-error") {
    const why = compile?.status === "sandbox-error" ? compile.error : outcome.run?.error;
    return { ...sandboxError(why ?? "sandbox error"), executor_pod_name: podName };
  }
  if (!outcome.run) {
    if (!compile) return { ...sandboxError("nothing ran"), executor_pod_name: podName };
    const result = commandResult(compile);
    return {
      status: "Failed",
      message: "",
      compile_result: outcome.compileIsPartOfRun ? null : result,
      run_result: outcome.compileIsPartOfRun ? result : null,
      executor_pod_name: podName,
      files: {},
    };
  }
  const response = toRunCodeResponse(outcome.run, podName);
  if (compile && !outcome.compileIsPartOfRun) response.compile_result = commandResult(compile);
  return response;
}

/** Runs a parsed /run_code request and answers as SandboxFusion does. */
export async function runCode(
  sandbox: Sandbox,
  request: ProgramRequest,
  podName: string,
): Promise<RunCodeResponse> {
  return toProgramResponse(await runProgram(sandbox, request), podName);
}
