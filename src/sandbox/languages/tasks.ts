import { z } from "zod";
import type { Execution, Sandbox } from "../sandbox.js";
import type { StdioTask, TestResult, TestStatus, Verdict } from "../judge/tasks.js";
import { truncateText } from "../output.js";
import { mapLimit } from "../pool.js";
import type { ProgramOutcome } from "./program.js";
import { runProgram } from "./program.js";

/**
 * A whole program in any sandbox language whose own exit status is the test (HumanEval-X: solution + appended
 * test; a C/C++/Go/Java/Rust program with asserts): passes iff it compiles and exits 0, and with `silent` also
 * prints nothing (HumanEval-X JavaScript, whose console.assert only writes to stderr).
 */
export const ProgramTask = z.object({
  kind: z.literal("program"),
  language: z.string().min(1),
  program: z.string(),
  silent: z.boolean().optional(),
  files: z.record(z.string(), z.string()).optional(),
  /** Compile budget, ms (default 10 s, SandboxFusion's compile_timeout). */
  compileTimeoutMs: z.number().positive().max(600_000).optional(),
  id: z.string().optional(),
  timeoutMs: z.number().positive().max(600_000).optional(),
  memoryMb: z.number().positive().optional(),
});
export type ProgramTask = z.infer<typeof ProgramTask>;

const DEFAULT_TIMEOUT_MS = 10_000;

/** What a program's compile (or run) outcome means for a test: undefined when the compile went through. */
function compileFailure(outcome: ProgramOutcome): TestResult | undefined {
  if (outcome.unavailable !== undefined)
    return result("compile", "error", `language not available: ${outcome.unavailable}`);
  const compile = outcome.compile?.execution;
  if (compile && !outcome.run) {
    const [status, message] = ended(compile, "compile");
    return {
      ...result("compile", status, message),
      stdout: compile.stdout,
      stderr: compile.stderr,
      exitCode: compile.exitCode,
      durationMs: compile.durationMs,
    };
  }
  return undefined;
}

export async function runProgramTask(sandbox: Sandbox, task: ProgramTask): Promise<Verdict> {
  const outcome = await runProgram(
    sandbox,
    {
      language: task.language,
      code: task.program,
      ...(task.files ? { files: task.files } : {}),
      limits: {
        wallMs: task.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        ...(task.memoryMb ? { memoryMb: task.memoryMb } : {}),
      },
      compileLimits: { wallMs: task.compileTimeoutMs ?? DEFAULT_TIMEOUT_MS },
    },
    { refuseWhenFull: false },
  );
  const failed = compileFailure(outcome);
  if (failed) return verdictOf(task.id, [failed], outcome.compile?.execution);
  const run = outcome.run as Execution;
  let [status, message] = ended(run, "run");
  if (status === "passed" && task.silent && (run.stdout !== "" || run.stderr !== ""))
    [status, message] = [
      "failed",
      `the program wrote output:\n${truncateText(run.stderr || run.stdout, 2000).text}`,
    ];
  return verdictOf(
    task.id,
    [
      {
        ...result("program", status, message),
        stdout: run.stdout,
        stderr: run.stderr,
        exitCode: run.exitCode,
        durationMs: run.durationMs,
      },
    ],
    run,
  );
}

/** stdin/stdout cases for a language other than python/nodejs: compiled once (the cache), run per case. */
export async function runStdioProgram(sandbox: Sandbox, task: StdioTask): Promise<Verdict> {
  const limits = {
    wallMs: task.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(task.memoryMb ? { memoryMb: task.memoryMb } : {}),
  };
  const run = (input: string) =>
    runProgram(
      sandbox,
      { language: task.language, code: task.program, stdin: input, limits },
      { refuseWhenFull: false },
    );
  // The first case compiles; the others then find the artefact in the cache instead of compiling at once.
  const first = await run(task.cases[0]!.input);
  const failed = compileFailure(first);
  if (failed) return verdictOf(task.id, [failed], first.compile?.execution);
  let last: Execution | undefined;
  const results = await mapLimit(task.cases, sandbox.pool.concurrency, async (testCase, index) => {
    const execution = (index === 0 ? first : await run(testCase.input)).run;
    const name = `case ${index + 1}`;
    if (!execution) return result(name, "error", "the program did not run");
    last = execution;
    let [status, message] = ended(execution, "run");
    if (status === "passed" && execution.stdout.trim() !== testCase.output.trim()) {
      status = "failed";
      message = `expected ${JSON.stringify(truncateText(testCase.output.trim(), 500).text)}, got ${JSON.stringify(truncateText(execution.stdout.trim(), 500).text)}`;
    }
    return {
      ...result(name, status, message),
      stdout: execution.stdout,
      stderr: execution.stderr,
      exitCode: execution.exitCode,
      durationMs: execution.durationMs,
    };
  });
  return verdictOf(task.id, results, last);
}

function ended(execution: Execution, step: string): [TestStatus, string] {
  if (execution.status === "timeout") return ["timeout", `the ${step} exceeded its wall-time limit`];
  if (execution.status === "sandbox-error")
    return ["error", `sandbox error: ${execution.error ?? "unknown"}`];
  if (execution.status === "output-limit") return ["error", `the ${step} was killed for flooding its output`];
  if (execution.exitCode !== 0)
    return [
      step === "compile" ? "error" : "failed",
      `${step} exit code ${execution.exitCode}\n${execution.stderr.slice(-2000)}`,
    ];
  return ["passed", ""];
}

function result(name: string, status: TestStatus, message: string): TestResult {
  return { name, status, message, stdout: "", stderr: "", exitCode: null, durationMs: 0 };
}

const SEVERITY: TestStatus[] = ["timeout", "error", "failed"];

function verdictOf(id: string | undefined, tests: TestResult[], execution: Execution | undefined): Verdict {
  const passed = tests.filter((t) => t.status === "passed").length;
  const status: Verdict["status"] =
    passed === tests.length && tests.length > 0
      ? "passed"
      : ((SEVERITY.find((s) => tests.some((t) => t.status === s)) ?? "error") as Verdict["status"]);
  return {
    ...(id !== undefined ? { id } : {}),
    status,
    passed,
    total: tests.length,
    tests,
    durationMs: execution?.durationMs ?? 0,
    exitCode: execution?.exitCode ?? null,
    stdout: execution?.stdout ?? "",
    stderr: execution?.stderr ?? "",
  };
}
